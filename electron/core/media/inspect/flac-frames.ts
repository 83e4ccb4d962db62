import { CRC16_TABLE as TABLE, crc16, crc8 } from './crc';

/**
 * Finds FLAC frames in a stream without decoding them (FLAC format, RFC 9639 section 9): a
 * frame has no length field, so every byte is looked at once. A frame header is a sync code,
 * fields with reserved values, a UTF-8-style frame or sample number and its own CRC-8; a
 * candidate is taken only when all of these hold and its number is the next one expected, so
 * audio bytes that happen to look like a sync code are not mistaken for a frame.
 *
 * Every frame ends with a CRC-16 (polynomial 0x8005, MSB first, initial 0) over the frame.
 * Running that CRC over the whole stream and resetting it at each frame start, the CRC of a
 * frame followed by its own CRC bytes is 0: so the running value just before the next frame's
 * header says whether the previous frame is intact, with no need to know where it ended.
 */
export interface FlacFrameEvents {
  /** A frame header was found; `damagedPrevious` when the frame before it fails its CRC-16. */
  frame(index: number, firstSample: number, blockSize: number, damagedPrevious: boolean): void;
  /** Frames are missing between the previous one and this one (a gap in the numbering). */
  gap(expectedSample: number, foundSample: number): void;
}

const MAX_HEADER = 16;
/** A jump in numbering larger than this is taken for noise, not for missing frames. */
const MAX_GAP_FRAMES = 4096;

function blockSizeOf(code: number, header: Uint8Array, at: number): number {
  if (code === 1) return 192;
  if (code <= 5) return 576 << (code - 2);
  if (code === 6) return header[at]! + 1;
  if (code === 7) return ((header[at]! << 8) | header[at + 1]!) + 1;
  return 256 << (code - 8);
}

/** Length of the UTF-8-style coded number starting with `first` (FLAC allows up to 7 bytes, 36 bits). */
function codedLength(first: number): number {
  if (first < 0x80) return 1;
  if (first >= 0xc0 && first < 0xe0) return 2;
  if (first >= 0xe0 && first < 0xf0) return 3;
  if (first >= 0xf0 && first < 0xf8) return 4;
  if (first >= 0xf8 && first < 0xfc) return 5;
  if (first >= 0xfc && first < 0xfe) return 6;
  if (first === 0xfe) return 7;
  return 0;
}

export class FlacFrameScanner {
  frames = 0;
  /** First sample of the current (last found) frame and its block size. */
  firstSample = 0;
  blockSize = 0;
  /** Running CRC-16 since the current frame's first byte (0 at the end of an intact frame). */
  crc = 0;
  private crcBeforePrevious = 0;
  private previous = -1;
  private readonly candidate = new Uint8Array(MAX_HEADER);
  private candidateLength = 0;
  private candidateNeeds = 0;
  private candidateCrc = 0;

  constructor(
    /** STREAMINFO's block size of a fixed-blocksize stream (frame n starts at n × this). */
    private readonly nominalBlockSize: number,
    private readonly events: FlacFrameEvents,
  ) {}

  readonly visit = (bytes: Uint8Array): number => {
    let crc = this.crc;
    let beforePrevious = this.crcBeforePrevious;
    let previous = this.previous;
    const candidate = this.candidate;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const before = crc;
      crc = ((crc << 8) & 0xffff) ^ TABLE[(crc >>> 8) ^ b]!;
      if (this.candidateLength > 0) {
        candidate[this.candidateLength++] = b;
        if (this.candidateLength === 5) this.candidateNeeds = headerLength(candidate);
        if (this.candidateNeeds === 0 && this.candidateLength >= 5) this.candidateLength = 0;
        else if (this.candidateLength === this.candidateNeeds) {
          if (this.accept()) crc = crc16(0, candidate, 0, this.candidateNeeds);
          this.candidateLength = 0;
          this.candidateNeeds = 0;
        }
      } else if (previous === 0xff && (b & 0xfe) === 0xf8) {
        candidate[0] = 0xff;
        candidate[1] = b;
        this.candidateLength = 2;
        this.candidateNeeds = -1;
        // The CRC of everything since the last frame start, up to this header's first byte.
        this.candidateCrc = beforePrevious;
      }
      beforePrevious = before;
      previous = b;
    }
    this.crc = crc;
    this.crcBeforePrevious = beforePrevious;
    this.previous = previous;
    return bytes.length;
  };

  /** Checks the collected header; true (and the frame recorded) when it is the next frame. */
  private accept(): boolean {
    const h = this.candidate;
    const length = this.candidateNeeds;
    const bsCode = h[2]! >> 4;
    const srCode = h[2]! & 0x0f;
    if (bsCode === 0 || srCode === 15 || h[3]! >> 4 >= 11 || ((h[3]! >> 1) & 7) === 3 || (h[3]! & 1) !== 0) return false;
    if (crc8(h, 0, length - 1) !== h[length - 1]) return false;
    const coded = codedLength(h[4]!);
    let value = coded === 1 ? h[4]! : h[4]! & (0xff >> (coded + 1));
    for (let k = 5; k < 4 + coded; k++) {
      if ((h[k]! & 0xc0) !== 0x80) return false;
      value = value * 64 + (h[k]! & 0x3f);
    }
    const blockSize = blockSizeOf(bsCode, h, 4 + coded);
    const variable = (h[1]! & 1) === 1;
    const firstSample = variable ? value : value * this.nominalBlockSize;
    if (this.frames > 0) {
      const expected = this.firstSample + this.blockSize;
      if (firstSample < expected || firstSample - expected > MAX_GAP_FRAMES * Math.max(1, this.nominalBlockSize)) return false;
      if (firstSample > expected) this.events.gap(expected, firstSample);
    }
    this.events.frame(this.frames, firstSample, blockSize, this.frames > 0 && this.candidateCrc !== 0);
    this.frames++;
    this.firstSample = firstSample;
    this.blockSize = blockSize;
    return true;
  }
}

/** Bytes in the header whose first five bytes are in `h`, or 0 when it cannot be a header. */
function headerLength(h: Uint8Array): number {
  const coded = codedLength(h[4]!);
  if (coded === 0) return 0;
  const bsCode = h[2]! >> 4;
  const srCode = h[2]! & 0x0f;
  return 4 + coded + (bsCode === 6 ? 1 : bsCode === 7 ? 2 : 0) + (srCode === 12 ? 1 : srCode === 13 || srCode === 14 ? 2 : 0) + 1;
}

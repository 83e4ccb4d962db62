import { ascii, concatBytes, u16be, u24be } from './bytes';
import { DemuxError } from './demux-error';

/** FLAC's STREAMINFO and frame headers (RFC 9639 §8.2 and §9.1). */
export interface StreamInfo {
  minBlockSize: number;
  maxBlockSize: number;
  maxFrameSize: number;
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  /** 0 when the encoder did not know it. */
  totalSamples: number;
  /** 'fLaC' followed by the STREAMINFO block (with its header): WebCodecs' description. */
  description: Uint8Array<ArrayBuffer>;
}

/** Parses the 34-byte body of a STREAMINFO block. */
export function parseStreamInfo(body: Uint8Array): StreamInfo {
  if (body.length < 34) throw new DemuxError('damaged', 'The FLAC STREAMINFO block is shorter than 34 bytes.');
  const sampleRate = (body[10]! << 12) | (body[11]! << 4) | (body[12]! >> 4);
  const channels = ((body[12]! >> 1) & 7) + 1;
  const bitsPerSample = (((body[12]! & 1) << 4) | (body[13]! >> 4)) + 1;
  const totalSamples = (body[13]! & 0x0f) * 0x1_0000_0000 + ((body[14]! << 24) >>> 0) + ((body[15]! << 16) | (body[16]! << 8) | body[17]!);
  if (sampleRate === 0) throw new DemuxError('damaged', 'The FLAC STREAMINFO block declares a sample rate of 0.');
  // The block header: last-block flag set, type 0 (STREAMINFO), length 34.
  const description = concatBytes([new Uint8Array([0x66, 0x4c, 0x61, 0x43, 0x80, 0, 0, 34]), body.subarray(0, 34)]);
  return { minBlockSize: u16be(body, 0), maxBlockSize: u16be(body, 2), maxFrameSize: u24be(body, 7), sampleRate, channels, bitsPerSample, totalSamples, description };
}

/** Finds STREAMINFO in 'fLaC' + metadata blocks (Matroska's CodecPrivate, MP4's dfLa). */
export function streamInfoFromBlocks(bytes: Uint8Array, at: number): StreamInfo {
  if (ascii(bytes, at, 4) === 'fLaC') at += 4;
  if (bytes.length < at + 4 || (bytes[at]! & 0x7f) !== 0) throw new DemuxError('damaged', 'The FLAC configuration does not start with STREAMINFO.');
  return parseStreamInfo(bytes.subarray(at + 4, at + 4 + u24be(bytes, at + 1)));
}

export interface FlacFrameHeader {
  /** Frame number (fixed block size) or first sample number (variable block size). */
  number: number;
  variable: boolean;
  blockSize: number;
  /** 0 when the header says "see STREAMINFO". */
  sampleRate: number;
  headerLength: number;
}

const CRC8 = (() => {
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) {
    let r = i;
    for (let k = 0; k < 8; k++) r = r & 0x80 ? ((r << 1) ^ 0x07) & 0xff : (r << 1) & 0xff;
    table[i] = r;
  }
  return table;
})();

const RATES = [0, 88200, 176400, 192000, 8000, 16000, 22050, 24000, 32000, 44100, 48000, 96000];

/** The frame header at b[at], checked down to its CRC-8, or null if those bytes are not one. */
export function parseFlacFrameHeader(b: Uint8Array, at: number): FlacFrameHeader | null {
  if (at + 6 > b.length || b[at] !== 0xff || (b[at + 1]! & 0xfe) !== 0xf8) return null;
  const sizeCode = b[at + 2]! >> 4;
  const rateCode = b[at + 2]! & 0x0f;
  const assignment = b[at + 3]! >> 4;
  const depthCode = (b[at + 3]! >> 1) & 7;
  if (sizeCode === 0 || rateCode === 15 || assignment > 10 || depthCode === 3 || (b[at + 3]! & 1) !== 0) return null;
  // The frame or sample number, coded like UTF-8 (up to 7 bytes, 36 bits).
  let p = at + 4;
  const lead = b[p]!;
  let extra = 0;
  let number = lead;
  if (lead >= 0x80) {
    if (lead >= 0xfe) extra = lead === 0xfe ? 6 : -1;
    else for (let mask = 0x40; lead & mask; mask >>= 1) extra++;
    if (extra < 1 || extra > 6) return null;
    number = lead & (0x3f >> extra);
  }
  p++;
  for (let k = 0; k < extra; k++, p++) {
    if (p >= b.length || (b[p]! & 0xc0) !== 0x80) return null;
    number = number * 64 + (b[p]! & 0x3f);
  }
  let blockSize: number;
  if (sizeCode === 1) blockSize = 192;
  else if (sizeCode <= 5) blockSize = 576 << (sizeCode - 2);
  else if (sizeCode === 6) blockSize = (b[p++] ?? 0) + 1;
  else if (sizeCode === 7) {
    blockSize = (((b[p] ?? 0) << 8) | (b[p + 1] ?? 0)) + 1;
    p += 2;
  } else blockSize = 256 << (sizeCode - 8);
  let sampleRate = RATES[rateCode] ?? 0;
  if (rateCode === 12) sampleRate = (b[p++] ?? 0) * 1000;
  else if (rateCode === 13 || rateCode === 14) {
    sampleRate = (((b[p] ?? 0) << 8) | (b[p + 1] ?? 0)) * (rateCode === 14 ? 10 : 1);
    p += 2;
  }
  if (p >= b.length) return null;
  let crc = 0;
  for (let i = at; i < p; i++) crc = CRC8[crc ^ b[i]!]!;
  if (crc !== b[p]) return null;
  return { number, variable: (b[at + 1]! & 1) === 1, blockSize, sampleRate, headerLength: p + 1 - at };
}

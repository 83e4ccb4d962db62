import { ascii, u32be } from './bytes';

/** One MPEG audio frame header (ISO/IEC 11172-3 and 13818-3, 2.5 as LAME and others write it). */
export interface MpegFrameHeader {
  /** 1 for MPEG-1, 2 for MPEG-2, 2.5 for MPEG-2.5. */
  version: 1 | 2 | 2.5;
  layer: 1 | 2 | 3;
  sampleRate: number;
  channels: 1 | 2;
  samplesPerFrame: number;
  frameLength: number;
}

const BITRATES: Readonly<Record<string, readonly number[]>> = {
  '1-1': [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  '1-2': [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  '1-3': [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  '2-1': [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  '2-2': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  '2-3': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const SAMPLE_RATES: Readonly<Record<number, readonly number[]>> = { 1: [44100, 48000, 32000], 2: [22050, 24000, 16000], 2.5: [11025, 12000, 8000] };

/**
 * The header at b[at..at+4), or null if those bytes are not one. Free-format frames (bitrate
 * index 0) are refused: their length cannot be known from the header.
 */
export function parseMpegHeader(b: Uint8Array, at: number): MpegFrameHeader | null {
  if (at + 4 > b.length || b[at] !== 0xff || (b[at + 1]! & 0xe0) !== 0xe0) return null;
  const versionBits = (b[at + 1]! >> 3) & 3;
  const layerBits = (b[at + 1]! >> 1) & 3;
  const bitrateIndex = b[at + 2]! >> 4;
  const rateIndex = (b[at + 2]! >> 2) & 3;
  if (versionBits === 1 || layerBits === 0 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return null;
  const version = versionBits === 3 ? 1 : versionBits === 2 ? 2 : 2.5;
  const layer = (4 - layerBits) as 1 | 2 | 3;
  const padding = (b[at + 2]! >> 1) & 1;
  const channels = (b[at + 3]! >> 6) === 3 ? 1 : 2;
  const kbps = BITRATES[`${version === 1 ? 1 : 2}-${layer}`]![bitrateIndex]!;
  const sampleRate = SAMPLE_RATES[version]![rateIndex]!;
  let frameLength: number;
  let samplesPerFrame: number;
  if (layer === 1) {
    samplesPerFrame = 384;
    frameLength = (Math.floor((12000 * kbps) / sampleRate) + padding) * 4;
  } else {
    samplesPerFrame = layer === 3 && version !== 1 ? 576 : 1152;
    frameLength = Math.floor(((samplesPerFrame / 8) * 1000 * kbps) / sampleRate) + padding;
  }
  return { version, layer, sampleRate, channels, samplesPerFrame, frameLength };
}

/** Two headers that can belong to the same stream (what a resync must check). */
export function sameStream(a: MpegFrameHeader, b: MpegFrameHeader): boolean {
  return a.version === b.version && a.layer === b.layer && a.sampleRate === b.sampleRate;
}

/** What an encoder wrote in the first frame instead of audio (Xing/Info with LAME's extension, or VBRI). */
export interface InfoFrame {
  /** Audio frames in the file, if stated. */
  frames: number | null;
  /** Samples the encoder added before and after the audio (LAME's gapless fields). */
  encoderDelay: number;
  encoderPadding: number;
}

/** Side information lengths in layer III, by MPEG-1 or not and mono or not: Xing sits after them. */
function sideInfoLength(header: MpegFrameHeader): number {
  if (header.version === 1) return header.channels === 1 ? 17 : 32;
  return header.channels === 1 ? 9 : 17;
}

/** Reads a Xing/Info or VBRI frame; null when the frame holds audio. */
export function parseInfoFrame(frame: Uint8Array, header: MpegFrameHeader): InfoFrame | null {
  if (header.layer !== 3) return null;
  const xing = 4 + sideInfoLength(header);
  const tag = ascii(frame, xing, 4);
  if (tag === 'Xing' || tag === 'Info') {
    const flags = frame.length >= xing + 8 ? u32be(frame, xing + 4) : 0;
    let at = xing + 8;
    let frames: number | null = null;
    if (flags & 1 && frame.length >= at + 4) {
      frames = u32be(frame, at);
      at += 4;
    }
    if (flags & 2) at += 4;
    if (flags & 4) at += 100;
    if (flags & 8) at += 4;
    // LAME tag: 9 bytes of version, then 12 bytes of fields, then 12 bits delay, 12 bits padding.
    let encoderDelay = 0;
    let encoderPadding = 0;
    if (frame.length >= at + 24 && /^(LAME|Lavf|Lavc|L3.99)/.test(ascii(frame, at, 4))) {
      const d = at + 21;
      encoderDelay = (frame[d]! << 4) | (frame[d + 1]! >> 4);
      encoderPadding = ((frame[d + 1]! & 0x0f) << 8) | frame[d + 2]!;
    }
    return { frames, encoderDelay, encoderPadding };
  }
  if (ascii(frame, 36, 4) === 'VBRI' && frame.length >= 36 + 18) {
    return { frames: u32be(frame, 36 + 14), encoderDelay: 0, encoderPadding: 0 };
  }
  return null;
}

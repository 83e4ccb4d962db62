import { startsWithAscii, u16be, u32be } from './bytes';
import { at, clock, plural } from './describe';
import { id3v2Size, walkFrames, type Frame, type FrameFormat } from './frame-walk';
import { Findings, type Inspection } from './types';
import { read, type Walk, type WalkSource } from './walker';

/**
 * MP3 (MPEG-1/2/2.5 audio, layers I–III; ISO/IEC 11172-3 and 13818-3): ID3v2 tags at the
 * start, then frame by frame (frame-walk.ts), with ID3v1 and APEv2 tags at the end. The
 * duration is counted from the frames actually present; a Xing/Info or VBRI header in the
 * first frame is not audio, and its frame count, when larger than what was found, shows a
 * file cut at a frame boundary. Free-format streams (bitrate index 0) are not walked: their
 * frames read as bytes that are not MPEG audio.
 */
const BITRATES: Record<string, readonly number[]> = {
  '1-1': [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  '1-2': [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  '1-3': [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  '2-1': [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  '2-2': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  '2-3': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const SAMPLE_RATES: Record<number, readonly number[]> = { 1: [44100, 48000, 32000], 2: [22050, 24000, 16000], 25: [11025, 12000, 8000] };

interface MpegFrame extends Frame {
  version: 1 | 2 | 25;
  layer: 1 | 2 | 3;
}

export function parseMpegHeader(b: Uint8Array, i: number): MpegFrame | null {
  if (i + 4 > b.length || b[i] !== 0xff) return null;
  const b1 = b[i + 1]!;
  const b2 = b[i + 2]!;
  const b3 = b[i + 3]!;
  if ((b1 & 0xe0) !== 0xe0) return null;
  const versionBits = (b1 >> 3) & 3;
  const layerBits = (b1 >> 1) & 3;
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 3;
  if (versionBits === 1 || layerBits === 0 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return null;
  // The emphasis value 2 is reserved: a header carrying it is noise that happens to look like a sync word.
  if ((b3 & 3) === 2) return null;
  const version = versionBits === 3 ? 1 : versionBits === 2 ? 2 : 25;
  const layer = (4 - layerBits) as 1 | 2 | 3;
  const bitrate = BITRATES[`${version === 1 ? 1 : 2}-${layer}`]![bitrateIndex]! * 1000;
  const sampleRate = SAMPLE_RATES[version]![rateIndex]!;
  const padding = (b2 >> 1) & 1;
  let length: number;
  let samples: number;
  if (layer === 1) {
    length = (Math.floor((12 * bitrate) / sampleRate) + padding) * 4;
    samples = 384;
  } else {
    const perFrame = layer === 3 && version !== 1 ? 72 : 144;
    length = Math.floor((perFrame * bitrate) / sampleRate) + padding;
    samples = layer === 3 && version !== 1 ? 576 : 1152;
  }
  return { version, layer, bitrate, sampleRate, length, samples, channels: b3 >> 6 === 3 ? 1 : 2, family: ((b1 & 0x1e) << 8) | (b2 & 0x0c) };
}


interface VbrHeader {
  frames: number | null;
  /** LAME's encoder delay and padding, in samples (not audio a person hears). */
  delay: number;
  padding: number;
}

/** A Xing/Info (LAME) or VBRI header in the first frame: that frame is not audio. */
function vbrHeader(frame: Uint8Array): VbrHeader | null {
  const header = parseMpegHeader(frame, 0);
  if (!header || header.layer !== 3) return null;
  const mono = header.channels === 1;
  const xing = 4 + (header.version === 1 ? (mono ? 17 : 32) : mono ? 9 : 17);
  if (startsWithAscii(frame, 'Xing', xing) || startsWithAscii(frame, 'Info', xing)) {
    const flags = u32be(frame, xing + 4);
    let p = xing + 8;
    const frames = flags & 1 ? u32be(frame, p) : null;
    // LAME's tag sits after the full Xing fields (frames, bytes, TOC, quality), when all are present.
    let delay = 0;
    let padding = 0;
    // (FFmpeg writes the same tag under its own name.)
    if ((flags & 0xf) === 0xf && ['LAME', 'Lavc', 'Lavf'].some((name) => startsWithAscii(frame, name, xing + 120))) {
      p = xing + 141;
      delay = ((frame[p] ?? 0) << 4) | ((frame[p + 1] ?? 0) >> 4);
      padding = (((frame[p + 1] ?? 0) & 0x0f) << 8) | (frame[p + 2] ?? 0);
    }
    return { frames, delay, padding };
  }
  if (startsWithAscii(frame, 'VBRI', 36)) return { frames: u32be(frame, 36 + 14), delay: u16be(frame, 36 + 6), padding: 0 };
  return null;
}

const MPEG: FrameFormat = { name: 'MPEG audio', headerLength: 4, parse: parseMpegHeader, isMetadataFrame: (frame) => vbrHeader(frame) !== null };

export function* inspectMp3(source: WalkSource): Walk<Inspection> {
  const findings = new Findings();
  let pos = 0;
  for (;;) {
    const size = id3v2Size(yield* read(pos, 10));
    if (size === null) break;
    pos += size;
  }
  const s = yield* walkFrames(MPEG, pos, source, findings);
  const vbr = s.first ? vbrHeader(s.first.bytes) : null;
  const first = s.first ? parseMpegHeader(s.first.bytes, 0) : null;
  if (s.frames <= 0) {
    if (!findings.has()) findings.add(s.first ? 'no-audio' : 'corrupt-data', s.first ? 'the file holds no audio frame' : 'no MPEG audio frame was found in the file');
    return findings.result({ kind: 'audio', formatInfo: {} });
  }
  // Encoder delay and padding are silence the encoder added: players skip them, and so does the
  // duration (the padding only when the end of the stream is there).
  const complete = !s.truncated && !(vbr?.frames && vbr.frames > s.frames);
  const audible = Math.max(0, s.samples - (vbr ? vbr.delay + (complete ? vbr.padding : 0) : 0));
  const durationSeconds = audible / s.sampleRate;
  if (vbr?.frames && vbr.frames > s.frames && !s.truncated) {
    findings.add(
      'truncated',
      `the file ends after frame ${s.frames.toLocaleString('en-US')}${at(s.samples / s.sampleRate)}, but its header announces ${plural(vbr.frames, 'frame')} (${clock((vbr.frames * (first?.samples ?? 1152)) / s.sampleRate)})`,
    );
  }
  const bitrate = s.constantBitrate ?? (durationSeconds > 0 ? Math.round((s.frameBytes * 8) / (s.samples / s.sampleRate)) : undefined);
  return findings.result({
    kind: 'audio',
    durationSeconds,
    formatInfo: { codec: `mp${first?.layer ?? 3}`, sampleRate: s.sampleRate, channels: s.channels, ...(bitrate ? { bitrate } : {}) },
  });
}

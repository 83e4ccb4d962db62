import { id3v2Size, walkFrames, type Frame, type FrameFormat } from './frame-walk';
import { Findings, type Inspection } from './types';
import { read, type Walk, type WalkSource } from './walker';

/**
 * Raw AAC in ADTS frames (ISO/IEC 13818-7 / 14496-3, a `.aac` file): every frame header gives
 * its length and the number of raw blocks (1024 samples each), so the walk is the same as for
 * MP3 (frame-walk.ts): a last frame cut short is `truncated`, bytes between frames that are not
 * a frame are `corrupt-data`.
 */
const RATES = [96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350];

function parseAdts(b: Uint8Array, i: number): Frame | null {
  if (i + 7 > b.length || b[i] !== 0xff || (b[i + 1]! & 0xf6) !== 0xf0) return null;
  const b2 = b[i + 2]!;
  const rateIndex = (b2 >> 2) & 0x0f;
  const sampleRate = RATES[rateIndex];
  if (sampleRate === undefined) return null;
  const length = ((b[i + 3]! & 3) << 11) | (b[i + 4]! << 3) | (b[i + 5]! >> 5);
  const headerLength = (b[i + 1]! & 1) === 1 ? 7 : 9;
  if (length < headerLength) return null;
  const channelConfig = ((b2 & 1) << 2) | (b[i + 3]! >> 6);
  const samples = 1024 * ((b[i + 6]! & 3) + 1);
  return {
    length,
    samples,
    sampleRate,
    channels: channelConfig === 7 ? 8 : channelConfig,
    // Frames of one stream share the MPEG version, profile and sample rate.
    family: ((b[i + 1]! & 0x08) << 8) | (b2 & 0xfc),
    bitrate: Math.round((length * 8 * sampleRate) / samples),
  };
}

const ADTS: FrameFormat = { name: 'AAC (ADTS) audio', headerLength: 7, parse: parseAdts };

export function* inspectAdts(source: WalkSource): Walk<Inspection> {
  const findings = new Findings();
  let pos = 0;
  for (;;) {
    const size = id3v2Size(yield* read(pos, 10));
    if (size === null) break;
    pos += size;
  }
  const s = yield* walkFrames(ADTS, pos, source, findings);
  if (s.frames <= 0) {
    if (!findings.has()) findings.add('corrupt-data', 'no AAC frame was found in the file');
    return findings.result({ kind: 'audio', formatInfo: { codec: 'aac' } });
  }
  const durationSeconds = s.samples / s.sampleRate;
  const formatInfo = { codec: 'aac', sampleRate: s.sampleRate, channels: s.channels, bitrate: Math.round((s.frameBytes * 8) / durationSeconds) };
  return findings.result({ kind: 'audio', durationSeconds, formatInfo });
}

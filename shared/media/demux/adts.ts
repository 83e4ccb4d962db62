import { ascii } from './bytes';
import type { ByteReader } from './byte-reader';
import { DemuxError } from './demux-error';
import type { EncodedPacket, EncodedTrack } from './types';

/**
 * Raw AAC in ADTS frames (ISO/IEC 13818-7 §6.2, what a .aac file is). Each frame's header is
 * stripped and its configuration given once as an AudioSpecificConfig, as from an MP4.
 */
const RATES = [96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350];
const SAMPLES_PER_FRAME = 1024;

interface AdtsHeader {
  objectType: number;
  rateIndex: number;
  channels: number;
  headerLength: number;
  frameLength: number;
  blocks: number;
}

function parseAdts(b: Uint8Array, at: number): AdtsHeader | null {
  if (at + 7 > b.length || b[at] !== 0xff || (b[at + 1]! & 0xf6) !== 0xf0) return null;
  const rateIndex = (b[at + 2]! >> 2) & 0x0f;
  const frameLength = ((b[at + 3]! & 0x03) << 11) | (b[at + 4]! << 3) | (b[at + 5]! >> 5);
  const headerLength = b[at + 1]! & 1 ? 7 : 9;
  if (rateIndex >= RATES.length || frameLength <= headerLength) return null;
  return {
    objectType: (b[at + 2]! >> 6) + 1,
    rateIndex,
    channels: ((b[at + 2]! & 1) << 2) | (b[at + 3]! >> 6),
    headerLength,
    frameLength,
    blocks: (b[at + 6]! & 3) + 1,
  };
}

/** Skips an ID3v2 tag some tools put before ADTS. */
async function skipId3(reader: ByteReader): Promise<void> {
  await reader.ensure(10);
  const b = reader.peek(10);
  if (ascii(b, 0, 3) !== 'ID3') return;
  reader.skip(10 + (((b[6]! & 0x7f) << 21) | ((b[7]! & 0x7f) << 14) | ((b[8]! & 0x7f) << 7) | (b[9]! & 0x7f)));
}

export async function openAdts(reader: ByteReader): Promise<EncodedTrack> {
  await skipId3(reader);
  const start = reader.position;
  await reader.ensure(9);
  const first = parseAdts(reader.peek(9), 0);
  if (!first) throw new DemuxError('damaged', 'No ADTS frame at the start of this AAC file.');
  if (first.blocks !== 1) throw new DemuxError('unsupported', 'ADTS frames holding several AAC blocks are not supported.');
  if (first.channels === 0) throw new DemuxError('unsupported', 'ADTS with a channel layout given in the stream (configuration 0) is not supported.');
  const sampleRate = RATES[first.rateIndex]!;
  // AudioSpecificConfig: object type (5 bits), rate index (4), channel configuration (4), 3 zero bits.
  const asc = new Uint8Array([(first.objectType << 3) | (first.rateIndex >> 1), ((first.rateIndex & 1) << 7) | (first.channels << 3)]);
  return {
    kind: 'encoded',
    container: 'adts',
    decoder: { codec: `mp4a.40.${first.objectType}`, sampleRate, numberOfChannels: first.channels, description: asc },
    skipSeconds: 0,
    durationSeconds: null,
    packets: () => adtsFrames(reader, start, sampleRate),
  };
}

async function* adtsFrames(reader: ByteReader, start: number, sampleRate: number): AsyncGenerator<EncodedPacket> {
  reader.seek(start);
  let frames = 0;
  const durationUs = (SAMPLES_PER_FRAME / sampleRate) * 1e6;
  for (;;) {
    await reader.ensure(9);
    const header = parseAdts(reader.peek(9), 0);
    if (!header) {
      // Damage: find the next sync word.
      await reader.ensure(64 * 1024);
      const b = reader.peek(64 * 1024);
      if (b.length < 9) return;
      let next = -1;
      for (let i = b.indexOf(0xff, 1); i >= 0; i = b.indexOf(0xff, i + 1)) {
        if (parseAdts(b, i)) {
          next = i;
          break;
        }
      }
      reader.skip(next > 0 ? next : b.length - 8);
      continue;
    }
    if (!(await reader.ensure(header.frameLength))) return; // cut by the end of the file
    reader.skip(header.headerLength);
    const data = await reader.take(header.frameLength - header.headerLength);
    yield { data, timestampUs: Math.round(frames * durationUs), durationUs: Math.round(durationUs) };
    frames += header.blocks;
  }
}

import { ascii, concatBytes, u16be, u32be } from './bytes';
import { DemuxError } from './demux-error';
import { streamInfoFromBlocks } from './flac-format';
import { childBoxes, findBox, type Box } from './mp4-boxes';
import type { DecoderSetup } from './types';

/**
 * The decoder configuration of an MP4 audio sample entry (stsd): AAC and MP3 through esds
 * (ISO/IEC 14496-1 descriptors), Opus through dOps, FLAC through dfLa.
 */
const AAC_RATES = [96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350];

/** What an AudioSpecificConfig (ISO/IEC 14496-3 §1.6.2.1) says about the stream. */
export function parseAudioSpecificConfig(asc: Uint8Array): { objectType: number; sampleRate: number; channels: number } {
  let bit = 0;
  const read = (n: number): number => {
    let v = 0;
    for (let k = 0; k < n; k++, bit++) v = (v << 1) | (((asc[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1);
    return v;
  };
  if (asc.length < 2) throw new DemuxError('damaged', 'The AAC AudioSpecificConfig is shorter than 2 bytes.');
  let objectType = read(5);
  if (objectType === 31) objectType = 32 + read(6);
  const rateIndex = read(4);
  const sampleRate = rateIndex === 15 ? read(24) : (AAC_RATES[rateIndex] ?? 0);
  const channels = read(4);
  if (sampleRate === 0) throw new DemuxError('damaged', `The AAC configuration has an invalid sample rate index ${rateIndex}.`);
  return { objectType, sampleRate, channels };
}

/** Descriptor tag and payload bounds at b[at] (lengths are 7 bits per byte, up to 4 bytes). */
function descriptor(b: Uint8Array, at: number, end: number): { tag: number; start: number; end: number } | null {
  if (at >= end) return null;
  const tag = b[at]!;
  let length = 0;
  let p = at + 1;
  for (let k = 0; k < 4 && p < end; k++) {
    const byte = b[p++]!;
    length = (length << 7) | (byte & 0x7f);
    if (!(byte & 0x80)) break;
  }
  return { tag, start: p, end: Math.min(end, p + length) };
}

/** objectTypeIndication and DecoderSpecificInfo from an esds box payload. */
function parseEsds(b: Uint8Array, box: Box): { objectType: number; specific: Uint8Array | null } {
  const es = descriptor(b, box.start + 4, box.end);
  if (!es || es.tag !== 0x03) throw new DemuxError('damaged', 'The MP4 esds box has no ES descriptor.');
  let p = es.start + 2;
  const flags = b[p++] ?? 0;
  if (flags & 0x80) p += 2;
  if (flags & 0x40) p += 1 + (b[p] ?? 0);
  if (flags & 0x20) p += 2;
  for (let d = descriptor(b, p, es.end); d; d = descriptor(b, d.end, es.end)) {
    if (d.tag !== 0x04) continue;
    const objectType = b[d.start] ?? 0;
    const info = descriptor(b, d.start + 13, d.end);
    return { objectType, specific: info?.tag === 0x05 ? b.slice(info.start, info.end) : null };
  }
  throw new DemuxError('damaged', 'The MP4 esds box has no decoder configuration.');
}

/** OpusHead (little-endian) rebuilt from an MP4 dOps box (big-endian, no magic). */
function opusHeadFromDops(b: Uint8Array, box: Box): Uint8Array<ArrayBuffer> {
  const d = b.subarray(box.start, box.end);
  if (d.length < 11) throw new DemuxError('damaged', 'The MP4 dOps box is shorter than 11 bytes.');
  const head = new Uint8Array(19 + Math.max(0, d.length - 11));
  head.set([0x4f, 0x70, 0x75, 0x73, 0x48, 0x65, 0x61, 0x64, 1, d[1]!]);
  const view = new DataView(head.buffer);
  view.setUint16(10, u16be(d, 2), true);
  view.setUint32(12, u32be(d, 4), true);
  view.setInt16(16, (u16be(d, 8) << 16) >> 16, true);
  head[18] = d[10]!;
  head.set(d.subarray(11), 19);
  return head;
}

export interface Mp4AudioConfig {
  decoder: DecoderSetup;
  /** Samples to drop at the start that the codec itself imposes (Opus pre-skip). */
  codecDelay: number;
}

/** The decoder setup of the first sample entry in an stsd box, or an error saying why there is none. */
export function audioConfigFromStsd(b: Uint8Array, stsd: Box): Mp4AudioConfig {
  const entry = childBoxes(b, stsd.start + 8, stsd.end)[0];
  if (!entry) throw new DemuxError('damaged', 'The MP4 audio track has no sample description.');
  const version = u16be(b, entry.start + 8);
  const entryChannels = u16be(b, entry.start + 16);
  const entryRate = u32be(b, entry.start + 24) >>> 16;
  const childrenStart = entry.start + 28 + (version === 1 ? 16 : version === 2 ? 36 : 0);
  const children = { start: childrenStart, end: entry.end };
  if (entry.type === 'mp4a' || entry.type === '.mp3') {
    const wave = findBox(b, children, 'wave');
    const esdsBox = findBox(b, children, 'esds') ?? (wave ? findBox(b, wave, 'esds') : null);
    if (!esdsBox) {
      if (entry.type === '.mp3') return { decoder: { codec: 'mp3', sampleRate: entryRate, numberOfChannels: entryChannels }, codecDelay: 0 };
      throw new DemuxError('damaged', 'The MP4 audio sample entry has no esds box.');
    }
    const { objectType, specific } = parseEsds(b, esdsBox);
    if (objectType === 0x6b || objectType === 0x69) return { decoder: { codec: 'mp3', sampleRate: entryRate, numberOfChannels: entryChannels }, codecDelay: 0 };
    if ((objectType === 0x40 || (objectType >= 0x66 && objectType <= 0x68)) && specific) {
      const asc = parseAudioSpecificConfig(specific);
      const decoder = { codec: `mp4a.40.${asc.objectType}`, sampleRate: asc.sampleRate, numberOfChannels: asc.channels || entryChannels, description: concatBytes([specific]) };
      return { decoder, codecDelay: 0 };
    }
    throw new DemuxError('unsupported', `MP4 audio of object type 0x${objectType.toString(16)} is not supported (AAC and MP3 are).`);
  }
  if (entry.type === 'Opus') {
    const dops = findBox(b, children, 'dOps');
    if (!dops) throw new DemuxError('damaged', 'The MP4 Opus sample entry has no dOps box.');
    const head = opusHeadFromDops(b, dops);
    return { decoder: { codec: 'opus', sampleRate: 48000, numberOfChannels: head[9]!, description: head }, codecDelay: head[10]! | (head[11]! << 8) };
  }
  if (entry.type === 'fLaC') {
    const dfla = findBox(b, children, 'dfLa');
    if (!dfla) throw new DemuxError('damaged', 'The MP4 FLAC sample entry has no dfLa box.');
    const info = streamInfoFromBlocks(b.subarray(dfla.start + 4, dfla.end), 0);
    return { decoder: { codec: 'flac', sampleRate: info.sampleRate, numberOfChannels: info.channels, description: info.description }, codecDelay: 0 };
  }
  throw new DemuxError('unsupported', `MP4 audio in "${ascii(b, entry.start - 4, 4).trim()}" is not supported (AAC, MP3, Opus and FLAC are).`);
}

import { DemuxError } from './demux-error';
import { children, readFloat, readString, readUint } from './ebml';
import { streamInfoFromBlocks } from './flac-format';
import { parseAudioSpecificConfig } from './mp4-audio-config';
import { parseOpusHead } from './opus';
import type { DecoderSetup } from './types';

/** Matroska element IDs used here (Matroska specification, RFC 9559). */
export const ID = {
  EBML: 0x1a45dfa3,
  DocType: 0x4282,
  Segment: 0x18538067,
  SeekHead: 0x114d9b74,
  Info: 0x1549a966,
  TimestampScale: 0x2ad7b1,
  Tracks: 0x1654ae6b,
  TrackEntry: 0xae,
  TrackNumber: 0xd7,
  TrackType: 0x83,
  CodecID: 0x86,
  CodecPrivate: 0x63a2,
  CodecDelay: 0x56aa,
  Audio: 0xe1,
  SamplingFrequency: 0xb5,
  Channels: 0x9f,
  Cluster: 0x1f43b675,
  Timestamp: 0xe7,
  SimpleBlock: 0xa3,
  BlockGroup: 0xa0,
  Block: 0xa1,
  Cues: 0x1c53bb6b,
  Attachments: 0x1941a469,
  Chapters: 0x1043a770,
  Tags: 0x1254c367,
} as const;

/** Elements that can only follow a cluster, never sit inside one: they end a cluster of unknown size. */
export const AFTER_CLUSTER = new Set<number>([ID.Cluster, ID.Cues, ID.Attachments, ID.Chapters, ID.Tags, ID.SeekHead, ID.Info, ID.Tracks, ID.EBML, ID.Segment]);

export interface MatroskaAudio {
  trackNumber: number;
  decoder: DecoderSetup;
  /** Nanoseconds of decoded audio to drop at the start. */
  codecDelayNs: number;
}

interface Entry {
  number: number;
  type: number;
  codecId: string;
  codecPrivate: Uint8Array | null;
  codecDelayNs: number;
  sampleRate: number;
  channels: number;
}

function parseEntry(b: Uint8Array, start: number, size: number): Entry {
  const entry: Entry = { number: 0, type: 0, codecId: '', codecPrivate: null, codecDelayNs: 0, sampleRate: 8000, channels: 1 };
  for (const el of children(b, start, start + size)) {
    if (el.id === ID.TrackNumber) entry.number = readUint(b, el.start, el.size);
    else if (el.id === ID.TrackType) entry.type = readUint(b, el.start, el.size);
    else if (el.id === ID.CodecID) entry.codecId = readString(b, el.start, el.size);
    else if (el.id === ID.CodecPrivate) entry.codecPrivate = b.slice(el.start, el.start + el.size);
    else if (el.id === ID.CodecDelay) entry.codecDelayNs = readUint(b, el.start, el.size);
    else if (el.id === ID.Audio) {
      for (const a of children(b, el.start, el.start + el.size)) {
        if (a.id === ID.SamplingFrequency) entry.sampleRate = readFloat(b, a.start, a.size);
        else if (a.id === ID.Channels) entry.channels = readUint(b, a.start, a.size);
      }
    }
  }
  return entry;
}

function decoderOf(entry: Entry): { decoder: DecoderSetup; codecDelayNs: number } {
  const { codecId, codecPrivate } = entry;
  const rate = Math.round(entry.sampleRate);
  if (codecId === 'A_OPUS') {
    if (!codecPrivate) throw new DemuxError('damaged', 'The Opus track has no OpusHead (CodecPrivate).');
    const head = parseOpusHead(codecPrivate);
    // OpusHead's pre-skip, not CodecDelay: the two should agree, but muxers have written
    // CodecDelay at the encoder's rate instead of 48 kHz (FFmpeg, from 22.05 kHz input).
    const codecDelayNs = Math.round((head.preSkip / 48000) * 1e9);
    return { decoder: { codec: 'opus', sampleRate: 48000, numberOfChannels: head.channels, description: head.bytes }, codecDelayNs };
  }
  if (codecId === 'A_VORBIS') {
    if (!codecPrivate) throw new DemuxError('damaged', 'The Vorbis track has no headers (CodecPrivate).');
    // CodecPrivate holds the three headers Xiph-laced: exactly WebCodecs' description.
    return { decoder: { codec: 'vorbis', sampleRate: rate, numberOfChannels: entry.channels, description: codecPrivate.slice() }, codecDelayNs: entry.codecDelayNs };
  }
  if (codecId === 'A_FLAC') {
    if (!codecPrivate) throw new DemuxError('damaged', 'The FLAC track has no STREAMINFO (CodecPrivate).');
    const info = streamInfoFromBlocks(codecPrivate, 0);
    return { decoder: { codec: 'flac', sampleRate: info.sampleRate, numberOfChannels: info.channels, description: info.description }, codecDelayNs: 0 };
  }
  if (codecId.startsWith('A_AAC') && codecPrivate) {
    const asc = parseAudioSpecificConfig(codecPrivate);
    const decoder = { codec: `mp4a.40.${asc.objectType}`, sampleRate: asc.sampleRate, numberOfChannels: asc.channels || entry.channels, description: codecPrivate.slice() };
    return { decoder, codecDelayNs: entry.codecDelayNs };
  }
  if (codecId === 'A_MPEG/L3') return { decoder: { codec: 'mp3', sampleRate: rate, numberOfChannels: entry.channels }, codecDelayNs: 0 };
  throw new DemuxError('unsupported', `Matroska audio in ${codecId || 'an unnamed codec'} is not supported (Opus, Vorbis, FLAC, AAC and MP3 are).`);
}

/** The first audio track of a Tracks element whose codec can be decoded. */
export function chooseAudioTrack(b: Uint8Array, start: number, size: number): MatroskaAudio {
  let refusal: DemuxError | null = null;
  for (const el of children(b, start, start + size)) {
    if (el.id !== ID.TrackEntry) continue;
    const entry = parseEntry(b, el.start, el.size);
    if (entry.type !== 2) continue;
    try {
      const { decoder, codecDelayNs } = decoderOf(entry);
      return { trackNumber: entry.number, decoder, codecDelayNs };
    } catch (error) {
      if (!(error instanceof DemuxError) || error.reason !== 'unsupported') throw error;
      refusal = error;
    }
  }
  throw refusal ?? new DemuxError('empty', 'This Matroska/WebM file has no audio track.');
}

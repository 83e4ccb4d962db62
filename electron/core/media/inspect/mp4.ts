import type { FormatInfo } from '../../../../shared/domain/media';
import { ascii, copyOf, fourCc, isPrintableFourCc, u16be, u32be, u64be } from './bytes';
import { at, byteAt } from './describe';
import { Findings, UnsupportedContent, type Inspection } from './types';
import { read, toEnd, type Walk, type WalkSource } from './walker';

/**
 * MP4 / M4A (ISO/IEC 14496-12 and -14): every top-level box must fit the file (a box running
 * past the end is `truncated`: an M4A cut at 60 % ends inside its 'mdat', or loses its 'moov'
 * index when that comes last); inside 'moov' only the small boxes that describe the tracks are
 * read ('mvhd', 'tkhd', 'mdhd', 'hdlr', 'stsd', the head of 'stsz', 'mehd'), never the sample
 * tables or the media data. The duration is the movie's (mvhd: edit lists applied), else
 * the sound track's (mdhd), else a fragmented file's (mehd).
 *
 * Only sound is accepted: a file with a moving-picture track is refused as a video, one
 * without sound as unsupported (a single-picture "video" track is cover art, not video).
 */
const CONTAINERS = new Set(['moov', 'trak', 'mdia', 'minf', 'stbl', 'mvex', 'edts']);
const LEAVES: Record<string, number> = { mvhd: 128, tkhd: 128, mdhd: 64, hdlr: 32, stsd: 4096, stsz: 20, mehd: 16 };

interface Track {
  handler?: string;
  timescale?: number;
  duration?: number;
  samples?: number;
  entry?: Uint8Array;
}

interface Movie {
  timescale?: number;
  duration?: number;
  fragmentDuration?: number;
  tracks: Track[];
}

/** version 0 or 1 "full box" times: timescale and duration. */
function times(b: Uint8Array, v0: number, v1: number): { timescale: number; duration: number } {
  return b[0] === 1 ? { timescale: u32be(b, v1), duration: u64be(b, v1 + 4) } : { timescale: u32be(b, v0), duration: u32be(b, v0 + 4) };
}

function record(movie: Movie, type: string, body: Uint8Array): void {
  const track = movie.tracks.at(-1);
  if (type === 'mvhd') Object.assign(movie, times(body, 12, 20));
  else if (type === 'mehd') movie.fragmentDuration = body[0] === 1 ? u64be(body, 4) : u32be(body, 4);
  else if (!track) return;
  else if (type === 'mdhd') Object.assign(track, times(body, 12, 20));
  else if (type === 'hdlr') track.handler = ascii(body, 8, 4);
  else if (type === 'stsz') track.samples = u32be(body, 8);
  // The first sample entry (after version/flags and the entry count).
  else if (type === 'stsd' && body.length > 16) track.entry = copyOf(body, 8, 8 + u32be(body, 8));
}

/** Codec name (as ffprobe spells the common ones), channels, rate and declared bitrate from a sound sample entry. */
function describeAudio(entry: Uint8Array, timescale: number | undefined): FormatInfo {
  const format = ascii(entry, 4, 4);
  const info: FormatInfo = { codec: { alac: 'alac', Opus: 'opus', fLaC: 'flac', 'ac-3': 'ac3', 'ec-3': 'eac3', samr: 'amr_nb', sawb: 'amr_wb' }[format] ?? format };
  const channels = u16be(entry, 24);
  const rate = u16be(entry, 32);
  if (channels > 0) info.channels = channels;
  if (rate > 0 || timescale) info.sampleRate = rate > 0 ? rate : timescale;
  const esds = ascii(entry, 0, entry.length).indexOf('esds');
  if (format === 'mp4a' && esds > 0) {
    const d = decoderConfig(entry, esds + 8);
    if (d) {
      info.codec = [0x40, 0x66, 0x67, 0x68].includes(d.objectType) ? 'aac' : d.objectType === 0x69 || d.objectType === 0x6b ? 'mp3' : 'mp4a';
      if (d.avgBitrate > 0) info.bitrate = d.avgBitrate;
    }
  }
  return info;
}

/** The DecoderConfigDescriptor inside an 'esds' body (ISO/IEC 14496-1 section 7.2.6.6). */
function decoderConfig(b: Uint8Array, start: number): { objectType: number; avgBitrate: number } | null {
  let p = start;
  const descriptor = (): { tag: number; end: number } | null => {
    const tag = b[p++];
    let size = 0;
    for (let k = 0; k < 4; k++) {
      const v = b[p++];
      if (v === undefined) return null;
      size = (size << 7) | (v & 0x7f);
      if (!(v & 0x80)) break;
    }
    return tag === undefined ? null : { tag, end: p + size };
  };
  const es = descriptor();
  if (!es || es.tag !== 0x03) return null;
  const flags = b[p + 2] ?? 0;
  p += 3 + (flags & 0x80 ? 2 : 0) + (flags & 0x40 ? 1 + (b[p + 3] ?? 0) : 0) + (flags & 0x20 ? 2 : 0);
  const config = descriptor();
  if (!config || config.tag !== 0x04 || p + 13 > b.length) return null;
  return { objectType: b[p]!, avgBitrate: u32be(b, p + 9) };
}

function* children(movie: Movie, start: number, end: number, findings: Findings): Walk<void> {
  let pos = start;
  while (pos + 8 <= end) {
    const h = yield* read(pos, 16);
    if (h.length < 8) return; // the top level reports the cut
    const size32 = u32be(h, 0);
    const type = fourCc(h, 4);
    const headerLength = size32 === 1 ? 16 : 8;
    const size = size32 === 1 ? u64be(h, 8) : size32 === 0 ? end - pos : size32;
    if (size < headerLength || pos + size > end) {
      findings.add('corrupt-data', `the '${type}' box at ${byteAt(pos)} does not fit inside the box that holds it`);
      return;
    }
    if (type === 'trak') movie.tracks.push({});
    if (CONTAINERS.has(type)) yield* children(movie, pos + headerLength, pos + size, findings);
    else if (LEAVES[type] !== undefined) {
      const body = yield* read(pos + headerLength, Math.min(size - headerLength, LEAVES[type]));
      record(movie, type, body);
    }
    pos += size;
  }
}

export function* inspectMp4(source: WalkSource): Walk<Inspection> {
  const findings = new Findings();
  const movie: Movie = { tracks: [] };
  let pos = 0;
  let lastBox: { type: string; start: number; end: number; header: number } | null = null;
  let mdat: { start: number; end: number } | null = null;
  let moovSeen = false;
  for (;;) {
    const h = yield* read(pos, 16);
    if (h.length === 0) break;
    if (h.length < 8) {
      findings.add('truncated', `the file ends inside the header of a box at ${byteAt(pos)}`);
      break;
    }
    if (!isPrintableFourCc(h, 4)) {
      findings.add('corrupt-data', `unreadable bytes where a box should start, at ${byteAt(pos)}`);
      break;
    }
    const size32 = u32be(h, 0);
    const type = fourCc(h, 4);
    const header = size32 === 1 ? 16 : 8;
    const size = size32 === 1 ? u64be(h, 8) : size32 === 0 ? Infinity : size32;
    if (size < header) {
      findings.add('corrupt-data', `the '${type}' box at ${byteAt(pos)} has an impossible size (${size})`);
      break;
    }
    lastBox = { type, start: pos, end: pos + size, header };
    if (type === 'mdat') mdat = { start: pos + header, end: pos + size };
    if (type === 'moov') {
      moovSeen = true;
      yield* children(movie, pos + header, pos + size, findings);
    }
    if (size === Infinity) break;
    pos += size;
  }
  const total = source.total ?? (yield* toEnd(pos));

  const sound = movie.tracks.find((t) => t.handler === 'soun');
  const seconds = (value?: number, scale?: number) => (value && scale ? value / scale : undefined);
  // The movie's duration follows the edit lists (an AAC encoder's priming samples are edited out); a fragmented file has only mehd.
  let durationSeconds = seconds(movie.duration, movie.timescale) ?? seconds(sound?.duration, sound?.timescale) ?? seconds(movie.fragmentDuration, movie.timescale);
  if (lastBox && lastBox.end !== Infinity && lastBox.end > total) {
    const missing = (lastBox.end - total).toLocaleString('en-US');
    if (lastBox.type === 'mdat' && mdat && durationSeconds !== undefined) {
      // Media data runs at a roughly steady rate: the cut falls about this far in.
      const reached = (durationSeconds * Math.max(0, total - mdat.start)) / (mdat.end - mdat.start);
      findings.add('truncated', `the file ends in the middle of its audio data, ${missing} bytes short${at(reached).replace('(at ', '(at about ')}`);
      durationSeconds = reached;
    } else if (lastBox.type === 'mdat') {
      findings.add('truncated', `the file ends in the middle of its audio data, ${missing} bytes short; the index ('moov') that players need came after it and is lost`);
    } else findings.add('truncated', `the file ends inside its '${lastBox.type}' box, ${missing} bytes short of its announced size`);
  } else if (!moovSeen && !findings.has()) {
    findings.add('corrupt-data', "the file has no 'moov' box: players cannot find its audio");
  }

  const video = movie.tracks.find((t) => t.handler === 'vide' && (t.samples ?? 2) > 1);
  if (video) throw new UnsupportedContent('a video (an MP4 file with a moving-picture track)');
  if (moovSeen && !sound && !findings.has()) throw new UnsupportedContent('an MP4 file without sound');
  const formatInfo = sound?.entry ? describeAudio(sound.entry, sound.timescale) : {};
  if (formatInfo.bitrate === undefined && durationSeconds && mdat) formatInfo.bitrate = Math.round(((Math.min(mdat.end, total) - mdat.start) * 8) / durationSeconds);
  return findings.result({ kind: 'audio', contentType: 'audio/mp4', formatInfo, ...(durationSeconds !== undefined ? { durationSeconds } : {}) });
}

import { copyOf, startsWithAscii, u32le } from './bytes';
import { at, byteAt, plural } from './describe';
import type { Findings } from './types';
import { read, type Walk, type WalkSource } from './walker';

/**
 * A walk over a stream of self-describing audio frames (MPEG audio, ADTS AAC): each header
 * gives the frame's length, so the walk jumps from header to header. A last frame cut short,
 * bytes between frames that are not a frame (garbage, a splice), and tags at the end are told
 * apart; after garbage the walk finds the stream again (resynchronises) and goes on counting.
 */
export interface Frame {
  length: number;
  samples: number;
  sampleRate: number;
  /** Frames of one stream share this (version, layer, sample rate…): a header that differs is not ours. */
  family: number;
  bitrate: number;
  channels: number;
}

export interface FrameFormat {
  /** "frame" in messages is enough; this names the stream ("MPEG audio"). */
  name: string;
  /** Bytes needed to parse a header. */
  headerLength: number;
  parse(bytes: Uint8Array, offset: number): Frame | null;
  /** True when the first frame carries only metadata (MP3's Xing/Info or VBRI frame): it is not counted. */
  isMetadataFrame?(frame: Uint8Array): boolean;
}

export interface FrameSummary {
  frames: number;
  samples: number;
  sampleRate: number;
  channels: number;
  /** Bytes inside complete frames (for an average bitrate). */
  frameBytes: number;
  /** The one bitrate of every frame, or null when it varies. */
  constantBitrate: number | null;
  /** The file was cut inside a frame. */
  truncated: boolean;
  /** The first frame, whole (a Xing/Info or VBRI header lives there), copied. */
  first: { at: number; bytes: Uint8Array } | null;
}

const RESYNC_WINDOW = 64 * 1024;
/** ID3v2 header: "ID3", version 2–4, flags, a syncsafe size (every byte below 0x80). */
export function id3v2Size(b: Uint8Array, offset = 0): number | null {
  if (!startsWithAscii(b, 'ID3', offset) || b.length < offset + 10) return null;
  const version = b[offset + 3]!;
  if (version < 2 || version > 4 || b[offset + 4] === 0xff) return null;
  let size = 0;
  for (let i = 6; i < 10; i++) {
    const v = b[offset + i]!;
    if (v >= 0x80) return null;
    size = size * 128 + v;
  }
  const footer = (b[offset + 5]! & 0x10) !== 0 ? 10 : 0;
  return 10 + size + footer;
}

/** Where a tag that may sit between or after frames ends, or null when `b` is not a tag. */
function tagLength(b: Uint8Array): number | null {
  if (startsWithAscii(b, 'TAG')) return 128; // ID3v1
  const id3 = id3v2Size(b);
  if (id3 !== null) return id3;
  if (startsWithAscii(b, 'APETAGEX') && b.length >= 32) {
    const size = u32le(b, 12);
    const isHeader = (b[23]! & 0x20) !== 0;
    // A header is followed by the items and a footer (`size` covers both); a footer ends the tag.
    return isHeader ? 32 + size : 32;
  }
  return null;
}

export function* walkFrames(format: FrameFormat, start: number, source: WalkSource, findings: Findings): Walk<FrameSummary> {
  const peek = Math.max(format.headerLength, 32);
  const s: FrameSummary = { frames: 0, samples: 0, sampleRate: 0, channels: 0, frameBytes: 0, constantBitrate: null, truncated: false, first: null };
  let family: number | null = null;
  const bitrates = new Set<number>();
  let last: Frame | null = null;
  let pos = start;
  const time = () => (s.sampleRate > 0 ? s.samples / s.sampleRate : undefined);

  for (;;) {
    const head = yield* read(pos, peek);
    if (head.length === 0) {
      if (source.total !== undefined && pos > source.total && last) {
        // The last frame counted runs past the end of the file.
        s.frames--;
        s.samples -= last.samples;
        s.frameBytes -= last.length;
        s.truncated = true;
        findings.add('truncated', `the file ends in the middle of frame ${(s.frames + 1).toLocaleString('en-US')}${at(time())}`);
      }
      break;
    }
    const frame = format.parse(head, 0);
    if (frame && (family === null || frame.family === family)) {
      if (family === null) {
        family = frame.family;
        s.sampleRate = frame.sampleRate;
        s.channels = frame.channels;
        const whole = yield* read(pos, frame.length);
        s.first = { at: pos, bytes: copyOf(whole) };
        if (format.isMetadataFrame?.(s.first.bytes)) {
          pos += frame.length;
          continue;
        }
      }
      s.frames++;
      s.samples += frame.samples;
      s.frameBytes += frame.length;
      if (bitrates.size < 2) bitrates.add(frame.bitrate);
      last = frame;
      pos += frame.length;
      continue;
    }
    const tag = tagLength(head);
    if (tag !== null) {
      pos += tag;
      last = null;
      continue;
    }
    if (head.length < format.headerLength) {
      s.truncated = true;
      findings.add('truncated', `the file ends inside the header of frame ${(s.frames + 1).toLocaleString('en-US')}${at(time())}`);
      break;
    }
    // Not a frame, not a tag: skip to the next plausible frame of this stream.
    const found = yield* resync(format, pos, family);
    const skipped = (found.at ?? source.total ?? pos) - pos;
    if (!(s.frames === 0 && found.allZero) && skipped > 0) {
      const where = s.frames === 0 ? 'before the first frame' : `after frame ${s.frames.toLocaleString('en-US')}${at(time())}`;
      findings.add('corrupt-data', `${plural(skipped, 'byte')} that are not ${format.name} at ${byteAt(pos)}, ${where}`);
    }
    if (found.at === null) break;
    pos = found.at;
  }
  s.constantBitrate = bitrates.size === 1 ? [...bitrates][0]! : null;
  return s;
}

/** The next offset from `pos + 1` where a header of the stream starts (and, where visible, the next one follows). */
function* resync(format: FrameFormat, pos: number, family: number | null): Walk<{ at: number | null; allZero: boolean }> {
  let from = pos + 1;
  let allZero = true;
  for (;;) {
    const window = yield* read(from, RESYNC_WINDOW);
    const limit = window.length - format.headerLength;
    for (let i = 0; i <= limit; i++) {
      if (window[i] !== 0) allZero = false;
      const frame = format.parse(window, i);
      if (!frame || (family !== null && frame.family !== family)) continue;
      const next = i + frame.length;
      if (next + format.headerLength <= window.length) {
        const following = format.parse(window, next);
        if (!following || following.family !== frame.family) continue;
      }
      return { at: from + i, allZero };
    }
    if (window.length < RESYNC_WINDOW) {
      for (let i = Math.max(0, limit + 1); i < window.length; i++) if (window[i] !== 0) allZero = false;
      return { at: null, allZero };
    }
    from += limit + 1;
  }
}

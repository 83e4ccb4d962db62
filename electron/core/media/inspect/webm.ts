import type { FormatInfo } from '../../../../shared/domain/media';
import { ascii } from './bytes';
import { at, byteAt } from './describe';
import { blockTrack, elementHeader, floatValue, opusPacketSeconds, uintValue } from './ebml';
import { Findings, UnsupportedContent, type Inspection } from './types';
import { find, read, toEnd, type Walk, type WalkSource } from './walker';

/**
 * WebM (Matroska, RFC 9559): every element's size must fit its parent and the file. Sizes may
 * be unknown for the Segment and its Clusters (MediaRecorder writes them live); such a Cluster
 * ends where the next top-level element begins. Only the elements that describe the tracks and
 * the head of each block are read. The duration is Info's Duration when present; for files
 * without one (MediaRecorder), it is the last block's time (its Cluster's Timecode plus its
 * own offset) plus that block's length (BlockDuration, or for Opus the packet's TOC byte).
 * A file cut inside an element is `truncated`; bytes that cannot be an element are
 * `corrupt-data`, and the walk goes on at the next Cluster.
 */
const ID = {
  ebml: 0x1a45dfa3,
  docType: 0x4282,
  segment: 0x18538067,
  info: 0x1549a966,
  timecodeScale: 0x2ad7b1,
  duration: 0x4489,
  tracks: 0x1654ae6b,
  trackEntry: 0xae,
  trackNumber: 0xd7,
  trackType: 0x83,
  codecId: 0x86,
  audio: 0xe1,
  samplingFrequency: 0xb5,
  channels: 0x9f,
  video: 0xe0,
  cluster: 0x1f43b675,
  timecode: 0xe7,
  simpleBlock: 0xa3,
  blockGroup: 0xa0,
  block: 0xa1,
  blockDuration: 0x9b,
} as const;

const MASTERS = new Set<number>([ID.ebml, ID.segment, ID.info, ID.tracks, ID.trackEntry, ID.audio, ID.video, ID.cluster, ID.blockGroup]);
const LEAVES = new Set<number>([ID.docType, ID.timecodeScale, ID.duration, ID.trackNumber, ID.trackType, ID.codecId, ID.samplingFrequency, ID.channels, ID.timecode, ID.blockDuration]);
/** Children of the Segment: one of them ends a Cluster of unknown size. */
const SEGMENT_CHILDREN = new Set<number>([0x114d9b74, ID.info, ID.tracks, ID.cluster, 0x1c53bb6b, 0x1043a770, 0x1254c367, 0x1941a469]);
const CLUSTER_ID = [0x1f, 0x43, 0xb6, 0x75];
const CODECS: Record<string, string> = { A_OPUS: 'opus', A_VORBIS: 'vorbis', A_AAC: 'aac', 'A_MPEG/L3': 'mp3', A_FLAC: 'flac', 'A_PCM/INT/LIT': 'pcm_s16le', 'A_PCM/FLOAT/IEEE': 'pcm_f32le' };

interface Track {
  number?: number;
  type?: number;
  codec?: string;
  sampleRate?: number;
  channels?: number;
}

interface Block {
  track: number;
  /** In timecode-scale units. */
  time: number;
  /** Length in seconds when known. */
  seconds: number;
}

interface Open {
  id: number;
  end: number;
}

export function* inspectWebm(source: WalkSource): Walk<Inspection> {
  const findings = new Findings();
  const tracks: Track[] = [];
  let scale = 1_000_000;
  let declared: number | null = null;
  let clusters = 0;
  let clusterTime = 0;
  let lastBlock: Block | null = null;
  let pos = 0;
  const stack: Open[] = [];
  const seconds = (units: number) => (units * scale) / 1e9;
  const now = () => seconds(lastBlock ? lastBlock.time : clusterTime);

  for (;;) {
    while (stack.length > 0 && pos >= stack.at(-1)!.end) stack.pop();
    const h = yield* read(pos, 12);
    if (h.length === 0) break;
    const parsed = elementHeader(h, 0);
    if (parsed === 'short') {
      findings.add('truncated', `the file ends inside the header of an element at ${byteAt(pos)}${clusters ? ` in cluster ${clusters}${at(now())}` : ''}`);
      break;
    }
    if (parsed === null) {
      const next = yield* find(pos + 1, CLUSTER_ID);
      findings.add('corrupt-data', `unreadable bytes at ${byteAt(pos)}${clusters ? `, in cluster ${clusters}${at(now())}` : ''}${next === null ? '' : `; the next cluster starts at ${byteAt(next)}`}`);
      if (next === null) break;
      while (stack.length > 0 && stack.at(-1)!.id !== ID.segment) stack.pop();
      pos = next;
      continue;
    }
    const { id, size, headerLength } = parsed;
    let parent = stack.at(-1);
    // A Cluster of unknown size ends where the next Segment-level element starts.
    if (parent && parent.end === Infinity && parent.id === ID.cluster && SEGMENT_CHILDREN.has(id)) {
      stack.pop();
      parent = stack.at(-1);
    }
    const parentEnd = parent?.end ?? Infinity;
    if (size === null && id !== ID.segment && id !== ID.cluster) {
      findings.add('corrupt-data', `an element at ${byteAt(pos)} has an unknown size, which only a segment or a cluster may have`);
      break;
    }
    const end = size === null ? parentEnd : pos + headerLength + size;
    if (end > parentEnd) {
      findings.add('corrupt-data', `an element at ${byteAt(pos)} runs past the end of the element that holds it`);
      break;
    }
    const data = pos + headerLength;
    if (MASTERS.has(id)) {
      if (id === ID.trackEntry) tracks.push({});
      if (id === ID.cluster) {
        clusters++;
        clusterTime = 0;
      }
      stack.push({ id, end });
      pos = data;
      continue;
    }
    if (LEAVES.has(id) && size !== null && size <= 64) {
      const value = yield* read(data, size);
      const track = tracks.at(-1);
      if (id === ID.docType && ascii(value, 0, value.length) !== 'webm' && ascii(value, 0, value.length) !== 'matroska') {
        findings.add('corrupt-data', 'the file does not say it is WebM (its DocType is unexpected)');
      } else if (id === ID.timecodeScale) scale = uintValue(value) || scale;
      else if (id === ID.duration) declared = floatValue(value);
      else if (id === ID.timecode) clusterTime = uintValue(value);
      else if (id === ID.blockDuration && lastBlock) {
        lastBlock.seconds = seconds(uintValue(value));
      } else if (track) {
        if (id === ID.trackNumber) track.number = uintValue(value);
        else if (id === ID.trackType) track.type = uintValue(value);
        else if (id === ID.codecId) track.codec = ascii(value, 0, value.length).replace(/\0+$/, '');
        else if (id === ID.samplingFrequency) track.sampleRate = Math.round(floatValue(value));
        else if (id === ID.channels) track.channels = uintValue(value);
      }
    } else if (id === ID.simpleBlock || id === ID.block) {
      const head = yield* read(data, Math.min(size ?? 0, 8));
      const t = blockTrack(head);
      if (t && head.length >= t.length + 3) {
        const relative = ((head[t.length]! << 24) >> 16) | head[t.length + 1]!;
        const flags = head[t.length + 2]!;
        const audio = tracks.find((k) => k.number === t.track);
        const laced = (flags & 0x06) !== 0;
        const opus = audio?.codec === 'A_OPUS' && !laced && head.length > t.length + 3;
        lastBlock = { track: t.track, time: clusterTime + relative, seconds: opus ? opusPacketSeconds(head[t.length + 3]!, head[t.length + 4]) : 0 };
      }
    }
    pos = end;
  }

  const total = source.total ?? (yield* toEnd(pos));
  if (!findings.has('truncated')) {
    const cut = [...stack].reverse().find((open) => open.end !== Infinity && open.end > total);
    if (pos > total) findings.add('truncated', `the file ends in the middle of ${lastBlock ? 'a block' : 'an element'}${clusters ? ` in cluster ${clusters}${at(now())}` : ''}`);
    else if (cut) findings.add('truncated', `the file ends ${(cut.end - total).toLocaleString('en-US')} bytes before the end of its ${cut.id === ID.cluster ? `cluster ${clusters}${at(now())}` : 'segment'}`);
  }

  if (tracks.some((t) => t.type === 1)) throw new UnsupportedContent('a video (a WebM file with a moving-picture track)');
  const sound = tracks.find((t) => t.type === 2);
  if (!sound && tracks.length > 0 && !findings.has()) throw new UnsupportedContent('a WebM file without sound');
  const formatInfo: FormatInfo = {};
  if (sound) {
    formatInfo.codec = CODECS[sound.codec ?? ''] ?? (sound.codec ?? '').toLowerCase();
    if (sound.sampleRate) formatInfo.sampleRate = sound.sampleRate;
    if (sound.channels) formatInfo.channels = sound.channels;
  }
  let durationSeconds: number | undefined;
  if (declared !== null && declared > 0 && !findings.has('truncated')) durationSeconds = seconds(declared);
  else if (lastBlock) durationSeconds = seconds(lastBlock.time) + lastBlock.seconds;
  if (durationSeconds && durationSeconds > 0) formatInfo.bitrate = Math.round((total * 8) / durationSeconds);
  return findings.result({ kind: 'audio', formatInfo, ...(durationSeconds !== undefined ? { durationSeconds } : {}) });
}

import { execFile } from 'node:child_process';
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { RangeSource } from '../../../../shared/media/demux/byte-reader';
import { openAudio } from '../../../../shared/media/demux/open-audio';
import type { AudioTrack, EncodedPacket, EncodedTrack, PcmTrack } from '../../../../shared/media/demux/types';

const run = promisify(execFile);

/** Speech from espeak-ng (22 050 Hz mono WAV), the raw material of every fixture here. */
export async function speech(dir: string, text = 'The quick brown fox jumps over the lazy dog. This testimony was recorded in Aleppo.', voice = 'en'): Promise<string> {
  const file = path.join(dir, `speech-${voice}.wav`);
  await run('espeak-ng', ['-v', voice, '-w', file, text]);
  return file;
}

export async function ffmpeg(...args: string[]): Promise<void> {
  await run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args]);
}

export async function sox(...args: string[]): Promise<void> {
  await run('sox', args);
}

/** A fixture folder for a whole describe block (made in beforeAll, removed in afterAll) and speech in it. */
export async function speechDir(): Promise<{ dir: string; wav: string; seconds: number; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tv-demux-'));
  const wav = await speech(dir);
  return { dir, wav, seconds: (await probe(wav)).duration, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface Probe {
  codec: string;
  sampleRate: number;
  channels: number;
  /** Packets ffprobe read from the stream (headers excluded, as a demuxer hands them out). */
  packets: number;
  /** Seconds, from the stream or else the container. */
  duration: number;
  /** Stream duration in samples, where ffprobe gives one at the sample rate. */
  durationSamples: number | null;
}

/** What ffprobe (FFmpeg's own demuxers) says about the first audio stream. */
export async function probe(file: string): Promise<Probe> {
  const { stdout } = await run('ffprobe', [
    '-v', 'error', '-select_streams', 'a:0', '-count_packets',
    '-show_entries', 'stream=codec_name,sample_rate,channels,nb_read_packets,duration,duration_ts,time_base:format=duration',
    '-of', 'json', file,
  ]);
  const json = JSON.parse(stdout) as { streams: Record<string, string | number>[]; format: { duration?: string } };
  const s = json.streams[0];
  if (!s) throw new Error(`ffprobe found no audio stream in ${file}`);
  const rate = Number(s.sample_rate);
  const sampleBase = s.time_base === `1/${rate}`;
  return {
    codec: String(s.codec_name),
    sampleRate: rate,
    channels: Number(s.channels),
    packets: Number(s.nb_read_packets),
    duration: Number(s.duration ?? json.format.duration),
    durationSamples: sampleBase && s.duration_ts !== undefined ? Number(s.duration_ts) : null,
  };
}

/** Presentation times (seconds) of the stream's packets, from ffprobe. */
export async function packetTimes(file: string): Promise<number[]> {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-select_streams', 'a:0', '-show_entries', 'packet=pts_time', '-of', 'csv=p=0', file]);
  // Packets with side data print an extra (empty) line and a trailing comma.
  return stdout
    .split('\n')
    .map((line) => line.replace(/,+$/, '').trim())
    .filter((line) => line !== '')
    .map(Number);
}

/** A file read as a RangeSource, recording what was asked of it. */
export interface FileSource extends RangeSource {
  /** Number of reads and the longest one asked for. */
  reads: number;
  longest: number;
  close(): Promise<void>;
}

/**
 * `cap`, when given, answers at most that many bytes per read even mid-file (a source that
 * answers in pieces): the reader must ask again, never take a short answer for the end.
 */
export async function fileSource(file: string, cap = Infinity): Promise<FileSource> {
  const handle = await open(file);
  const { size } = await stat(file);
  const source: FileSource = {
    size,
    reads: 0,
    longest: 0,
    async read(start, length) {
      source.reads++;
      source.longest = Math.max(source.longest, length);
      const n = Math.max(0, Math.min(length, cap, size - start));
      const buffer = Buffer.alloc(n);
      const { bytesRead } = await handle.read(buffer, 0, n, start);
      return new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead);
    },
    close: () => handle.close(),
  };
  return source;
}

export async function openFile(file: string, blockSize?: number, cap?: number): Promise<{ track: AudioTrack; source: FileSource }> {
  const source = await fileSource(file, cap);
  try {
    return { track: await openAudio(source, blockSize), source };
  } catch (error) {
    await source.close();
    throw error;
  }
}

export async function encodedTrack(file: string, blockSize?: number, cap?: number): Promise<{ track: EncodedTrack; source: FileSource }> {
  const opened = await openFile(file, blockSize, cap);
  if (opened.track.kind !== 'encoded') throw new Error(`${file} opened as PCM`);
  return { track: opened.track, source: opened.source };
}

export async function pcmTrack(file: string, blockSize?: number, cap?: number): Promise<{ track: PcmTrack; source: FileSource }> {
  const opened = await openFile(file, blockSize, cap);
  if (opened.track.kind !== 'pcm') throw new Error(`${file} opened as encoded audio`);
  return { track: opened.track, source: opened.source };
}

export async function allPackets(track: EncodedTrack): Promise<EncodedPacket[]> {
  const packets: EncodedPacket[] = [];
  for await (const packet of track.packets()) packets.push(packet);
  return packets;
}

/** Every packet's bytes joined, to compare read ranges of different sizes. */
export function joined(packets: readonly EncodedPacket[]): Buffer {
  return Buffer.concat(packets.map((p) => p.data));
}

/** Block sizes the reader is tried with: tiny, odd, and the app's own. */
export const ODD_BLOCKS = [7, 1000, 4097, 65_537, 4 * 1024 * 1024] as const;

import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readElementHeader } from '../../../../../shared/media/demux/ebml';
import { ID } from '../../../../../shared/media/demux/matroska-tracks';
import { ODD_BLOCKS, allPackets, encodedTrack, ffmpeg, joined, packetTimes, probe, speechDir } from '../media-fixtures';

const run = promisify(execFile);

/** Offsets of every occurrence of an element ID in the file. */
function occurrences(bytes: Buffer, id: number): number[] {
  const pattern = Buffer.from(id.toString(16), 'hex');
  const found: number[] = [];
  for (let at = bytes.indexOf(pattern); at >= 0; at = bytes.indexOf(pattern, at + 1)) found.push(at);
  return found;
}

describe('Matroska/WebM demuxer', () => {
  let dir: string;
  let wav: string;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    ({ dir, wav, remove } = await speechDir());
  });
  afterAll(() => remove());

  it('hands out the Opus frames ffprobe counts, at their block times, with CodecPrivate as the description', async () => {
    const webm = path.join(dir, 'speech.webm');
    await ffmpeg('-i', wav, '-c:a', 'libopus', webm);
    const expected = await probe(webm);
    let reference: Buffer | null = null;
    for (const block of ODD_BLOCKS) {
      const { track, source } = await encodedTrack(webm, block, 3001);
      const packets = await allPackets(track);
      await source.close();
      expect(packets).toHaveLength(expected.packets);
      reference ??= joined(packets);
      expect(joined(packets).equals(reference)).toBe(true);
      expect(track.decoder).toMatchObject({ codec: 'opus', sampleRate: 48000, numberOfChannels: 1 });
      expect(Buffer.from(track.decoder.description!).subarray(0, 8).toString()).toBe('OpusHead');
      // CodecDelay: the Opus pre-skip, in nanoseconds in the file.
      expect(track.skipSeconds).toBeCloseTo(312 / 48000, 4);
    }
    const { track, source } = await encodedTrack(webm);
    const probed = await packetTimes(webm);
    // ffprobe shifts times back by the codec delay; block times are the file's own.
    const times = (await allPackets(track)).map((p) => p.timestampUs / 1e6 + probed[0]!);
    await source.close();
    expect(times).toEqual(probed.map((t): unknown => expect.closeTo(t, 3)));
  });

  it('reads a live WebM as MediaRecorder writes it: Segment and Clusters of unknown size, no Duration', async () => {
    // Written to a pipe, the muxer cannot go back: the Segment's size stays unknown, no Duration, no Cues.
    const { stdout } = await run('ffmpeg', ['-loglevel', 'error', '-i', wav, '-c:a', 'libopus', '-f', 'webm', '-live', '1', '-cluster_time_limit', '500', 'pipe:1'], { encoding: 'buffer', maxBuffer: 16 * 1024 * 1024 });
    const bytes = Buffer.from(stdout);
    expect(readElementHeader(bytes, occurrences(bytes, ID.Segment)[0]!)?.size).toBeNull();
    // FFmpeg still sizes its clusters; Chromium's MediaRecorder does not: mark them unknown
    // (all value bits set, same length), as it writes them.
    const clusters = occurrences(bytes, ID.Cluster);
    expect(clusters.length).toBeGreaterThan(3);
    for (const at of clusters) {
      const length = readElementHeader(bytes, at)!.headerLength - 4;
      bytes[at + 4] = 0x1ff >> length;
      bytes.fill(0xff, at + 5, at + 4 + length);
    }
    expect(clusters.map((at) => readElementHeader(bytes, at)?.size)).toEqual(clusters.map(() => null));
    const live = path.join(dir, 'live.webm');
    await writeFile(live, bytes);
    const { track, source } = await encodedTrack(live, 4097);
    const packets = await allPackets(track);
    await source.close();
    expect(track.durationSeconds).toBeNull();
    const expected = await probe(live);
    expect(expected.duration).toBeNaN(); // ffprobe finds no Duration either
    expect(packets).toHaveLength(expected.packets);
  });

  it.each([
    ['Vorbis', ['-c:a', 'libvorbis'], 'webm', 'vorbis'],
    ['AAC', ['-c:a', 'aac'], 'mkv', 'mp4a.40.2'],
    ['FLAC', ['-c:a', 'flac'], 'mkv', 'flac'],
    ['MP3', ['-c:a', 'libmp3lame'], 'mkv', 'mp3'],
  ])('reads %s tracks with the description WebCodecs takes', async (_name, args, ext, codec) => {
    const file = path.join(dir, `${codec}.${ext}`);
    await ffmpeg('-i', wav, ...args, file);
    const { track, source } = await encodedTrack(file);
    const packets = await allPackets(track);
    await source.close();
    expect(track.decoder.codec).toBe(codec);
    expect(packets).toHaveLength((await probe(file)).packets);
  });

  it('goes on from the next Cluster after a damaged one, and picks the audio track beside a video', async () => {
    const webm = path.join(dir, 'damaged.webm');
    await ffmpeg('-i', wav, '-c:a', 'libopus', '-cluster_time_limit', '500', webm);
    const whole = await encodedTrack(webm);
    const all = await allPackets(whole.track);
    await whole.source.close();
    const bytes = Buffer.from(await readFile(webm));
    const cluster = occurrences(bytes, ID.Cluster)[3]!;
    // A hostile size on the first block of that cluster: past the end of the file.
    const block = bytes.indexOf(0xa3, cluster + 8);
    bytes.fill(0x01, block + 1, block + 9);
    await writeFile(webm, bytes);
    const damaged = await encodedTrack(webm);
    const kept = await allPackets(damaged.track);
    await damaged.source.close();
    expect(kept.length).toBeLessThan(all.length);
    expect(kept.length).toBeGreaterThan(all.length * 0.7);
    expect(kept.at(-1)?.data).toEqual(all.at(-1)?.data);

    const video = path.join(dir, 'video.webm');
    await ffmpeg('-f', 'lavfi', '-i', 'testsrc=duration=2:size=64x48:rate=10', '-i', wav, '-t', '2', '-c:v', 'libvpx', '-c:a', 'libopus', video);
    const withVideo = await encodedTrack(video);
    const packets = await allPackets(withVideo.track);
    await withVideo.source.close();
    expect(withVideo.track.decoder.codec).toBe('opus');
    expect(packets).toHaveLength((await probe(video)).packets);
  });
});

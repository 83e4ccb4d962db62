import { beforeAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ffmpeg, ffprobeDuration, speechWav, suiteDir, truncatedCopy } from '../../../helpers/media-files';
import { inspectFile, inspected } from '../../../helpers/inspect';

let dir: string;
let webm: string;

beforeAll(async () => {
  dir = await suiteDir();
  webm = path.join(dir, 'speech.webm');
  ffmpeg('-i', await speechWav(dir), '-c:a', 'libopus', webm);
});

describe('WebM inspection', () => {
  it('takes the duration from Info, as ffprobe does, and the codec from the track', async () => {
    const result = await inspected(webm);
    expect(result).toMatchObject({ kind: 'audio', damageDetail: '', formatInfo: { codec: 'opus', sampleRate: 48_000, channels: 2 } });
    expect(result.durationSeconds).toBeCloseTo(ffprobeDuration(webm), 3);
  });

  it('computes the duration of a live stream (unknown sizes, no Duration) from its last block', async () => {
    // What MediaRecorder writes: a Segment and Clusters of unknown size, and no Duration.
    const live = path.join(dir, 'live.webm');
    ffmpeg('-i', webm, '-c', 'copy', '-live', '1', live);
    expect(Number.isNaN(ffprobeDuration(live))).toBe(true);
    const result = await inspected(live);
    expect(result.damage).toBeUndefined();
    // The last block's time plus its 20 ms Opus packet: within a packet of ffprobe's figure for the same audio.
    expect(Math.abs(result.durationSeconds! - ffprobeDuration(webm))).toBeLessThanOrEqual(0.021);
  });

  it('computes the duration when Info has none (the Duration element made Void)', async () => {
    const bytes = Buffer.from(await fs.readFile(webm));
    const at = bytes.indexOf(Buffer.from([0x44, 0x89, 0x88]));
    expect(at).toBeGreaterThan(0);
    // Same length: Void (0xEC), size 9, nine zero bytes.
    Buffer.from([0xec, 0x89, 0, 0, 0, 0, 0, 0, 0, 0, 0]).copy(bytes, at);
    const file = path.join(dir, 'no-duration.webm');
    await fs.writeFile(file, bytes);
    const result = await inspected(file);
    expect(Math.abs(result.durationSeconds! - ffprobeDuration(webm))).toBeLessThanOrEqual(0.021);
  });

  it('flags a file cut at 60 % inside a block, with the cluster and time', async () => {
    for (const file of [webm, path.join(dir, 'live.webm')]) {
      const result = await inspected(await truncatedCopy(file, 0.6, `cut-${path.basename(file)}`));
      expect(result.damage).toBe('truncated');
      expect(result.damageDetail).toMatch(/^The file ends in the middle of a block in cluster \d+ \(at 00:00:0\d\.\d\)\.$/);
      expect(result.durationSeconds!).toBeLessThan(ffprobeDuration(webm) * 0.7);
    }
  });

  it('refuses a WebM with a moving picture as a video', async () => {
    const video = path.join(dir, 'video.webm');
    ffmpeg('-f', 'lavfi', '-i', 'testsrc=size=64x48:duration=1', '-c:v', 'libvpx', video);
    expect(await inspectFile(video)).toEqual({ unsupported: 'a video (a WebM file with a moving-picture track)' });
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ffmpeg, ffprobeDuration, speechWav, suiteDir, truncatedCopy } from '../../../helpers/media-files';
import { inspectFile, inspected } from '../../../helpers/inspect';

let dir: string;
let opus: string;
let vorbis: string;
let speech: string;

/** Byte offsets of the Ogg pages of a file, found by their capture pattern (for cutting and flipping). */
async function pageStarts(file: string): Promise<number[]> {
  const bytes = await fs.readFile(file);
  const starts: number[] = [];
  for (let i = bytes.indexOf('OggS'); i >= 0; i = bytes.indexOf('OggS', i + 1)) starts.push(i);
  return starts;
}

beforeAll(async () => {
  dir = await suiteDir();
  speech = await speechWav(dir);
  opus = path.join(dir, 'speech.opus');
  vorbis = path.join(dir, 'speech.ogg');
  ffmpeg('-i', speech, '-c:a', 'libopus', opus);
  ffmpeg('-i', speech, '-c:a', 'libvorbis', vorbis);
});

describe('Ogg inspection', () => {
  it('measures Opus and Vorbis from the last granule: the speech’s own duration, within Opus’s pre-skip of ffprobe’s', async () => {
    const o = await inspected(opus);
    expect(o).toMatchObject({ kind: 'audio', damageDetail: '', formatInfo: { codec: 'opus', sampleRate: 48_000, channels: 2 } });
    // RFC 7845 section 4.3: the pre-skip samples are not played; ffprobe counts them (312 samples here).
    expect(o.durationSeconds).toBeCloseTo(ffprobeDuration(speech), 3);
    expect(Math.abs(o.durationSeconds! - ffprobeDuration(opus))).toBeLessThan(0.01);
    const v = await inspected(vorbis);
    expect(v).toMatchObject({ kind: 'audio', damageDetail: '', formatInfo: { codec: 'vorbis', sampleRate: 44_100, channels: 2 } });
    expect(v.durationSeconds).toBeCloseTo(ffprobeDuration(vorbis), 3);
  });

  it('flags one flipped bit inside a page by its CRC, naming the page', async () => {
    const bytes = await fs.readFile(opus);
    const starts = await pageStarts(opus);
    // Inside the audio of the fourth page, well past its header.
    bytes[starts[3]! + 200]! ^= 0x08;
    const flipped = path.join(dir, 'flipped.opus');
    await fs.writeFile(flipped, bytes);
    const result = await inspected(flipped);
    expect(result.damage).toBe('bad-checksum');
    expect(result.damageDetail).toMatch(/^Page 4 \(at 00:00:0\d\.\d\) fails its CRC check/);
    expect(result.durationSeconds).toBeCloseTo(ffprobeDuration(speech), 3);
  });

  it('flags a file cut at 60 % in the middle of a page', async () => {
    for (const file of [opus, vorbis]) {
      const result = await inspected(await truncatedCopy(file, 0.6));
      expect(result.damage).toBe('truncated');
      expect(result.damageDetail).toMatch(/ends in the middle of page \d+ \(at 00:00:0\d\.\d\)/);
    }
  });

  it('flags a stream cut exactly between two pages: it has no end-of-stream page', async () => {
    const starts = await pageStarts(vorbis);
    const cut = path.join(dir, 'between-pages.ogg');
    await fs.writeFile(cut, (await fs.readFile(vorbis)).subarray(0, starts.at(-2)));
    const result = await inspected(cut);
    expect(result.damage).toBe('truncated');
    expect(result.damageDetail).toMatch(new RegExp(`no end-of-stream page: the file was cut after page ${starts.length - 2}`));
  });

  it('flags a missing page in the middle by the page sequence numbers', async () => {
    const bytes = await fs.readFile(vorbis);
    const starts = await pageStarts(vorbis);
    const gap = path.join(dir, 'missing-page.ogg');
    await fs.writeFile(gap, Buffer.concat([bytes.subarray(0, starts[4]), bytes.subarray(starts[5])]));
    const result = await inspected(gap);
    expect(result.damage).toBe('corrupt-data');
    expect(result.damageDetail).toMatch(/^1 page missing or out of order before page 5/);
  });

  it('refuses an Ogg file that holds video (Theora)', async () => {
    const theora = path.join(dir, 'video.ogv');
    execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=size=64x48:duration=1', '-c:v', 'libtheora', theora]);
    expect(await inspectFile(theora)).toEqual({ unsupported: 'a video (Ogg Theora)' });
  });
});

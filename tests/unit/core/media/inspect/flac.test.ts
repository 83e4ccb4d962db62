import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ffmpeg, ffprobeDuration, speechWav, suiteDir, truncatedCopy } from '../../../helpers/media-files';
import { inspected } from '../../../helpers/inspect';

let dir: string;
let flac: string;

/** Where ffprobe says each FLAC frame starts. */
function framePositions(file: string): number[] {
  const out = execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'a', '-show_entries', 'packet=pos', '-of', 'default=noprint_wrappers=1:nokey=1', file]).toString();
  return out.trim().split('\n').map(Number);
}

beforeAll(async () => {
  dir = await suiteDir();
  flac = path.join(dir, 'speech.flac');
  ffmpeg('-i', await speechWav(dir), '-c:a', 'flac', flac);
});

describe('FLAC inspection', () => {
  it('takes rate, channels and duration from STREAMINFO, as ffprobe does, and finds every frame intact', async () => {
    const result = await inspected(flac);
    expect(result).toMatchObject({ kind: 'audio', damageDetail: '', formatInfo: { codec: 'flac', sampleRate: 44_100, channels: 2 } });
    expect(result.durationSeconds).toBeCloseTo(ffprobeDuration(flac), 4);
  });

  it('flags a file cut at 60 %, naming the frame it ends in and the duration announced', async () => {
    const result = await inspected(await truncatedCopy(flac, 0.6));
    expect(result.damage).toBe('truncated');
    expect(result.damageDetail).toMatch(/ends in the middle of frame \d+ \(at 00:00:0\d\.\d\); STREAMINFO announces 00:00:0\d\.\d/);
    expect(result.durationSeconds!).toBeLessThan(ffprobeDuration(flac) * 0.7);
  });

  it('flags a file cut exactly between two frames by STREAMINFO’s total', async () => {
    const positions = framePositions(flac);
    const cut = path.join(dir, 'between-frames.flac');
    await fs.writeFile(cut, (await fs.readFile(flac)).subarray(0, positions[positions.length - 5]));
    const result = await inspected(cut);
    expect(result.damage).toBe('truncated');
    expect(result.damageDetail).toMatch(new RegExp(`^The file ends after frame ${positions.length - 5} \\(at 00:00:0\\d\\.\\d\\); STREAMINFO announces`));
  });

  it('flags a flipped bit inside a frame by that frame’s CRC-16, naming it', async () => {
    const positions = framePositions(flac);
    const bytes = await fs.readFile(flac);
    // In the middle of frame 11 (its header is left alone, so the frame is still found).
    bytes[Math.floor((positions[10]! + positions[11]!) / 2)]! ^= 0x01;
    const flipped = path.join(dir, 'flipped.flac');
    await fs.writeFile(flipped, bytes);
    const result = await inspected(flipped);
    expect(result.damage).toBe('bad-checksum');
    expect(result.damageDetail).toMatch(/^Frame 11 \(at 00:00:0\d\.\d\) fails its CRC check/);
    expect(result.durationSeconds).toBeCloseTo(ffprobeDuration(flac), 4);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ffmpeg, ffprobeDuration, speechWav, suiteDir, truncatedCopy } from '../../../helpers/media-files';
import { inspected } from '../../../helpers/inspect';

let dir: string;
let speech: string;
let cbr: string;
let vbr: string;

/** Where ffprobe says each MPEG frame starts (to cut a file exactly between frames). */
function framePositions(file: string): number[] {
  const out = execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'a', '-show_entries', 'packet=pos', '-of', 'default=noprint_wrappers=1:nokey=1', file]).toString();
  return out.trim().split('\n').map(Number);
}

beforeAll(async () => {
  dir = await suiteDir();
  speech = await speechWav(dir);
  cbr = path.join(dir, 'cbr.mp3');
  vbr = path.join(dir, 'vbr.mp3');
  ffmpeg('-i', speech, '-c:a', 'libmp3lame', '-b:a', '128k', cbr);
  ffmpeg('-i', speech, '-c:a', 'libmp3lame', '-q:a', '4', vbr);
});

describe('MP3 inspection', () => {
  it('counts the frames of CBR and VBR files: the speech’s own duration, within two frames of ffprobe’s', async () => {
    for (const file of [cbr, vbr]) {
      const result = await inspected(file);
      expect(result).toMatchObject({ kind: 'audio', damageDetail: '', formatInfo: { codec: 'mp3', sampleRate: 44_100, channels: 2 } });
      // The encoder's delay and padding (LAME tag) are not part of what was recorded.
      expect(result.durationSeconds).toBeCloseTo(ffprobeDuration(speech), 3);
      expect(Math.abs(result.durationSeconds! - ffprobeDuration(file))).toBeLessThanOrEqual((2 * 1152) / 44_100);
    }
    expect((await inspected(cbr)).formatInfo.bitrate).toBe(128_000);
    const average = (await inspected(vbr)).formatInfo.bitrate!;
    expect(average).toBeGreaterThan(32_000);
    expect(average).toBeLessThan(320_000);
  });

  it('flags a file cut at 60 % in the middle of a frame, naming the frame and its time', async () => {
    const frames = framePositions(cbr).length;
    const result = await inspected(await truncatedCopy(cbr, 0.6));
    expect(result.damage).toBe('truncated');
    const [, frame, time] = /ends in the middle of frame ([\d,]+) \(at (\d\d:\d\d:\d\d\.\d)\)/.exec(result.damageDetail) ?? [];
    expect(Number(frame?.replace(/,/g, ''))).toBeGreaterThan(frames * 0.55);
    expect(Number(frame?.replace(/,/g, ''))).toBeLessThan(frames * 0.65);
    expect(time).toMatch(/^00:00:0\d\.\d$/);
    expect(result.durationSeconds!).toBeLessThan(ffprobeDuration(speech) * 0.65);
  });

  it('flags a file cut exactly between two frames by the frame count of its Info header', async () => {
    const positions = framePositions(cbr);
    const cut = path.join(dir, 'between-frames.mp3');
    await fs.writeFile(cut, (await fs.readFile(cbr)).subarray(0, positions[positions.length - 10]));
    const result = await inspected(cut);
    expect(result.damage).toBe('truncated');
    expect(result.damageDetail).toMatch(new RegExp(`ends after frame ${positions.length - 10} .*announces ${positions.length} frames`));
  });

  it('flags bytes that are not audio in the middle, finds the stream again and counts the rest', async () => {
    const bytes = await fs.readFile(cbr);
    const middle = framePositions(cbr)[60]!;
    const spliced = path.join(dir, 'spliced.mp3');
    await fs.writeFile(spliced, Buffer.concat([bytes.subarray(0, middle), Buffer.alloc(500, 'x'), bytes.subarray(middle)]));
    const result = await inspected(spliced);
    expect(result.damage).toBe('corrupt-data');
    expect(result.damageDetail).toMatch(new RegExp(`^500 bytes that are not MPEG audio at byte ${middle.toLocaleString('en-US')}, after frame 60 \\(at 00:00:01\\.\\d\\)`));
    expect(result.durationSeconds).toBeCloseTo(ffprobeDuration(speech), 3);
  });

  it('accepts ID3v2 and ID3v1 tags around the frames, and MPEG layer II audio', async () => {
    const tagged = path.join(dir, 'tagged.mp3');
    ffmpeg('-i', speech, '-c:a', 'libmp3lame', '-metadata', 'title=شهادة', '-write_id3v1', '1', tagged);
    const result = await inspected(tagged);
    expect(result.damage).toBeUndefined();
    expect(result.durationSeconds).toBeCloseTo(ffprobeDuration(speech), 3);
    const mp2 = path.join(dir, 'layer2.mp2');
    ffmpeg('-i', speech, '-c:a', 'mp2', '-f', 'mp2', mp2);
    const layer2 = await inspected(mp2);
    expect(layer2).toMatchObject({ damageDetail: '', formatInfo: { codec: 'mp2', sampleRate: 44_100 } });
    expect(Math.abs(layer2.durationSeconds! - ffprobeDuration(mp2))).toBeLessThanOrEqual(1152 / 44_100);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ffprobeDuration, speechWav, suiteDir, truncatedCopy } from '../../../helpers/media-files';
import { inspected } from '../../../helpers/inspect';
import { tempDir } from '../../../helpers/temp-dir';

let dir: string;
let speech: string;

beforeAll(async () => {
  dir = await suiteDir();
  speech = await speechWav(dir);
});

describe('WAV inspection', () => {
  it('measures espeak-ng speech as ffprobe does, with its format', async () => {
    const result = await inspected(speech);
    expect(result).toMatchObject({ kind: 'audio', damageDetail: '', formatInfo: { codec: 'pcm_s16le', sampleRate: 44_100, channels: 2, bitrate: 1_411_200 } });
    expect(result.damage).toBeUndefined();
    expect(result.durationSeconds).toBeCloseTo(ffprobeDuration(speech), 3);
  });

  it('flags a WAV cut at 60 % as truncated, says where, and measures what is there', async () => {
    const full = ffprobeDuration(speech);
    const cut = await truncatedCopy(speech, 0.6);
    const result = await inspected(cut);
    expect(result.damage).toBe('truncated');
    expect(result.damageDetail).toMatch(/ends in the middle of the audio \(at 00:00:0\d\.\d\); its header announces 00:00:0\d\.\d/);
    expect(result.durationSeconds).toBeCloseTo(ffprobeDuration(cut), 2);
    expect(result.durationSeconds!).toBeLessThan(full * 0.61);
  });

  it('keeps a 0-second WAV as having no audio (its duration is 0)', async () => {
    const empty = path.join(dir, 'zero.wav');
    execFileSync('sox', ['-n', '-r', '8000', '-c', '1', empty, 'trim', '0', '0']);
    const result = await inspected(empty);
    expect(result).toMatchObject({ kind: 'audio', durationSeconds: 0, damage: 'no-audio', formatInfo: { sampleRate: 8000, channels: 1 } });
    expect(result.damageDetail).toMatch(/holds no audio/);
  });

  it('measures the audio of a header never finalised (sizes left at 0) to the end of the file', async () => {
    const bytes = Buffer.from(await fs.readFile(speech));
    bytes.writeUInt32LE(0, 4);
    bytes.writeUInt32LE(0, bytes.indexOf('data') + 4);
    const file = path.join(await tempDir(), 'crashed-recorder.wav');
    await fs.writeFile(file, bytes);
    const result = await inspected(file);
    expect(result.damage).toBe('size-mismatch');
    expect(result.damageDetail).toMatch(/never finalised/);
    expect(result.durationSeconds).toBeCloseTo(ffprobeDuration(speech), 2);
  });

  it('flags bytes after the end the RIFF header announces', async () => {
    const file = path.join(await tempDir(), 'appended.wav');
    await fs.writeFile(file, Buffer.concat([await fs.readFile(speech), Buffer.from('trailing notes')]));
    const result = await inspected(file);
    expect(result.damage).toBe('size-mismatch');
    expect(result.damageDetail).toMatch(/^14 bytes follow the end of the RIFF data/);
  });
});

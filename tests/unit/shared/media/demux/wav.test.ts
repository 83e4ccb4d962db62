import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemuxError } from '../../../../../shared/media/demux/demux-error';
import type { PcmTrack } from '../../../../../shared/media/demux/types';
import { ODD_BLOCKS, ffmpeg, openFile, pcmTrack, probe, sox, speechDir } from '../media-fixtures';

const run = promisify(execFile);

/** The samples as FFmpeg decodes them, planar per channel, float. */
async function ffmpegSamples(file: string, channels: number): Promise<Float32Array[]> {
  const { stdout } = await run('ffmpeg', ['-loglevel', 'error', '-i', file, '-f', 'f32le', '-acodec', 'pcm_f32le', '-'], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
  const interleaved = new Float32Array(stdout.buffer, stdout.byteOffset, stdout.byteLength / 4);
  const frames = interleaved.length / channels;
  return Array.from({ length: channels }, (_, c) => Float32Array.from({ length: frames }, (_, i) => interleaved[i * channels + c]!));
}

async function samples(track: PcmTrack): Promise<Float32Array[]> {
  const parts: Float32Array[][] = [];
  for await (const planes of track.blocks()) parts.push(planes);
  return Array.from({ length: track.numberOfChannels }, (_, c) => {
    const out = new Float32Array(parts.reduce((n, p) => n + p[c]!.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p[c]!, at);
      at += p[c]!.length;
    }
    return out;
  });
}

const bytesOf = (plane: Float32Array) => Buffer.from(plane.buffer, plane.byteOffset, plane.byteLength);

describe('WAV reader', () => {
  let dir: string;
  let wav: string;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    ({ dir, wav, remove } = await speechDir());
  });
  afterAll(() => remove());

  it.each([
    ['8-bit unsigned', ['-c:a', 'pcm_u8']],
    ['16-bit', ['-c:a', 'pcm_s16le']],
    ['24-bit stereo', ['-c:a', 'pcm_s24le', '-ac', '2']],
    ['32-bit', ['-c:a', 'pcm_s32le']],
    ['32-bit float', ['-c:a', 'pcm_f32le']],
    ['64-bit float', ['-c:a', 'pcm_f64le']],
    ['A-law', ['-c:a', 'pcm_alaw']],
    ['µ-law', ['-c:a', 'pcm_mulaw']],
    ['extensible, 6 channels', ['-c:a', 'pcm_s16le', '-ac', '6']],
    ['RF64', ['-c:a', 'pcm_s16le', '-rf64', 'always']],
  ])('gives the samples FFmpeg decodes from %s PCM', async (_name, args) => {
    const file = path.join(dir, `${_name.replace(/\W+/g, '-')}.wav`);
    await ffmpeg('-i', wav, ...args, file);
    const expected = await probe(file);
    const { track, source } = await pcmTrack(file, 65_537);
    const got = await samples(track);
    await source.close();
    const reference = await ffmpegSamples(file, expected.channels);
    expect(track.numberOfChannels).toBe(expected.channels);
    expect(track.sampleRate).toBe(expected.sampleRate);
    expect(track.durationSeconds).toBeCloseTo(expected.duration, 5);
    expect(got[0]!.length).toBe(reference[0]!.length);
    for (let c = 0; c < expected.channels; c++) {
      let worst = 0;
      for (let i = 0; i < reference[c]!.length; i++) worst = Math.max(worst, Math.abs(got[c]![i]! - reference[c]![i]!));
      expect(worst).toBeLessThan(1e-6);
    }
  });

  it('reads the same samples whatever the size of the ranges, without ever asking for the whole file', async () => {
    const file = path.join(dir, 'long.wav');
    await sox(wav, '-c', '2', file, 'repeat', '12');
    expect((await readFile(file)).length).toBeGreaterThan(5 * 1024 * 1024);
    let reference: Buffer | null = null;
    for (const block of ODD_BLOCKS) {
      const { track, source } = await pcmTrack(file, block, 50_001);
      const got = bytesOf((await samples(track))[1]!);
      await source.close();
      reference ??= got;
      expect(got.equals(reference)).toBe(true);
      // A block at a time (a megabyte of samples at least), never the file.
      expect(source.longest).toBeLessThanOrEqual(Math.max(block, 1024 * 1024));
    }
  });

  it('reads what a recorder that died left: a data size of 0xFFFFFFFF, or a file cut short', async () => {
    const bytes = await readFile(wav);
    const dataAt = bytes.indexOf('data') + 4;
    const unknown = Buffer.from(bytes);
    unknown.writeUInt32LE(0xffffffff, dataAt);
    await writeFile(path.join(dir, 'unknown.wav'), unknown);
    await writeFile(path.join(dir, 'cut.wav'), bytes.subarray(0, dataAt + 4 + 20_001)); // an odd byte: half a sample
    const whole = await samples((await pcmTrack(wav)).track);
    const open = await pcmTrack(path.join(dir, 'unknown.wav'));
    expect(bytesOf((await samples(open.track))[0]!).equals(bytesOf(whole[0]!))).toBe(true);
    const cut = await pcmTrack(path.join(dir, 'cut.wav'));
    expect(cut.track.durationSeconds).toBeCloseTo(10_000 / 22050, 9);
    expect(bytesOf((await samples(cut.track))[0]!).equals(bytesOf(whole[0]!.subarray(0, 10_000)))).toBe(true);
  });

  it('says why it cannot read a WAV: no samples, or an encoding it does not know', async () => {
    const empty = path.join(dir, 'empty.wav');
    await sox('-n', '-r', '8000', '-c', '1', empty, 'trim', '0', '0');
    await expect(openFile(empty)).rejects.toMatchObject({ reason: 'empty' });
    const adpcm = path.join(dir, 'adpcm.wav');
    await ffmpeg('-i', wav, '-c:a', 'adpcm_ms', adpcm);
    const refused = await openFile(adpcm).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DemuxError);
    expect(refused).toMatchObject({ reason: 'unsupported', message: expect.stringContaining('format 2') });
  });
});

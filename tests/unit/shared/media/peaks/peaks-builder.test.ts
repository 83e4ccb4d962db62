import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BUCKETS_PER_SECOND, PeaksBuilder, type BuiltPeaks } from '../../../../../shared/media/peaks/peaks-builder';
import { pcmTrack, sox, speechDir } from '../media-fixtures';

/** Peaks of a WAV made by sox, through the real reader. */
async function peaksOf(file: string, options: Partial<ConstructorParameters<typeof PeaksBuilder>[0]> = {}): Promise<BuiltPeaks> {
  const { track, source } = await pcmTrack(file, 4097);
  const builder = new PeaksBuilder({ sampleRate: track.sampleRate, channels: track.numberOfChannels, ...options });
  for await (const planes of track.blocks()) builder.add(planes);
  await source.close();
  return builder.finish();
}

/** [min, max] of channel c in every bucket. */
function channel(peaks: BuiltPeaks, c: number): [number, number][] {
  const values = new Int8Array(peaks.data.buffer, peaks.data.byteOffset, peaks.data.byteLength);
  const out: [number, number][] = [];
  for (let at = 2 * c; at < values.length; at += 2 * peaks.channels) out.push([values[at]!, values[at + 1]!]);
  return out;
}

describe('PeaksBuilder', () => {
  let dir: string;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    ({ dir, remove } = await speechDir());
  });
  afterAll(() => remove());

  it('gives a sine at half scale the same peaks in every bucket, and the size core expects', async () => {
    const sine = path.join(dir, 'sine.wav');
    await sox('-n', '-r', '44100', '-c', '1', '-b', '16', sine, 'synth', '3', 'sine', '440', 'vol', '0.5');
    const peaks = await peaksOf(sine);
    expect(peaks.bucketsPerSecond).toBe(DEFAULT_BUCKETS_PER_SECOND);
    expect(peaks.durationSeconds).toBe(3);
    // core (media.savePeaks) checks: ceil(duration × rate) buckets × channels × 2 bytes.
    expect(peaks.data.length).toBe(Math.ceil(3 * peaks.bucketsPerSecond) * 2);
    for (const [min, max] of channel(peaks, 0)) {
      expect(max).toBeGreaterThanOrEqual(62);
      expect(max).toBeLessThanOrEqual(64);
      expect(min).toBeLessThanOrEqual(-62);
      expect(min).toBeGreaterThanOrEqual(-64);
    }
  });

  it('gives silence zero, and keeps stereo channels apart', async () => {
    const silence = path.join(dir, 'silence.wav');
    await sox('-n', '-r', '8000', '-c', '1', silence, 'trim', '0', '1.5');
    const quiet = await peaksOf(silence);
    expect(quiet.data.length).toBe(Math.ceil(1.5 * 50) * 2);
    expect(quiet.data.every((v) => v === 0)).toBe(true);

    // Left: a square wave at 0.9; right: nothing.
    const left = path.join(dir, 'left.wav');
    const right = path.join(dir, 'right.wav');
    const stereo = path.join(dir, 'stereo.wav');
    await sox('-n', '-r', '48000', '-c', '1', '-b', '16', left, 'synth', '2', 'square', '100', 'vol', '0.9');
    await sox('-n', '-r', '48000', '-c', '1', '-b', '16', right, 'trim', '0', '2');
    await sox('-M', left, right, stereo);
    const peaks = await peaksOf(stereo);
    expect(peaks.channels).toBe(2);
    for (const [min, max] of channel(peaks, 0)) {
      expect(max).toBeGreaterThan(100);
      expect(min).toBeLessThan(-100);
    }
    expect(channel(peaks, 1).every(([min, max]) => min === 0 && max === 0)).toBe(true);
  });

  it('drops the encoder delay and the padding, and leaves a stretch it was told to skip at zero', () => {
    const rate = 1000;
    const builder = new PeaksBuilder({ sampleRate: rate, channels: 1, bucketsPerSecond: 10, skipFrames: 250, maxFrames: 1000 });
    const loud = new Float32Array(500).fill(1);
    builder.add([loud]); // 250 skipped, 250 kept: buckets 0-1 full, bucket 2 half
    builder.skipTo(600); // a damaged stretch: buckets 3-5 stay silent
    builder.add([loud]); // 400 kept up to maxFrames, 100 dropped
    const peaks = builder.finish();
    expect(peaks.durationSeconds).toBe(1);
    expect(channel(peaks, 0).map(([, max]) => max)).toEqual([127, 127, 127, 0, 0, 0, 127, 127, 127, 127]);
  });

  it('stays within its byte bound on a long file by merging buckets, keeping every extreme', () => {
    const rate = 8000;
    const maxBytes = 400; // 200 buckets of mono
    const builder = new PeaksBuilder({ sampleRate: rate, channels: 1, bucketsPerSecond: 50, maxBytes });
    const second = new Float32Array(rate);
    // 30 seconds of silence with one click at 17.3 s.
    for (let s = 0; s < 30; s++) {
      second.fill(0);
      if (s === 17) second[2400] = -0.5;
      builder.add([second]);
    }
    const peaks = builder.finish();
    expect(peaks.data.length).toBeLessThanOrEqual(maxBytes);
    expect(peaks.bucketsPerSecond).toBe(50 / 8);
    expect(peaks.data.length).toBe(Math.ceil(30 * peaks.bucketsPerSecond) * 2);
    const buckets = channel(peaks, 0);
    const click = Math.floor(17.3 * peaks.bucketsPerSecond);
    expect(buckets[click]).toEqual([-64, 0]);
    expect(buckets.filter(([min]) => min !== 0)).toHaveLength(1);
  });

  it('merges to exactly the peaks it would have built at the lower rate from the start', () => {
    // Noise in blocks of awkward lengths: merges happen at odd and even bucket counts alike.
    let seed = 1;
    const noise = (n: number) => Float32Array.from({ length: n }, () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1);
    const bounded = new PeaksBuilder({ sampleRate: 11025, channels: 2, bucketsPerSecond: 40, maxBytes: 300 });
    const direct = new PeaksBuilder({ sampleRate: 11025, channels: 2, bucketsPerSecond: 5 });
    for (let i = 0; i < 120; i++) {
      const planes = [noise(997 + i), noise(997 + i)];
      bounded.add(planes);
      direct.add(planes);
    }
    const a = bounded.finish();
    const b = direct.finish();
    expect(a.bucketsPerSecond).toBe(5);
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
  });
});

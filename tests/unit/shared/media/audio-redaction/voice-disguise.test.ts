import { describe, expect, it } from 'vitest';
import { disguiseBlock } from '../../../../../shared/media/audio-redaction/voice-disguise';

/** Frequency of a (mostly) periodic signal from its rising zero crossings. */
function frequency(samples: Float32Array, sampleRate: number): number {
  let crossings = 0;
  for (let i = 1; i < samples.length; i++) if (samples[i - 1]! < 0 && samples[i]! >= 0) crossings++;
  return crossings / (samples.length / sampleRate);
}

describe('voice disguise', () => {
  const rate = 48_000;
  const tone = Float32Array.from({ length: rate * 2 }, (_, i) => 0.5 * Math.sin((2 * Math.PI * 220 * i) / rate));

  it('moves the pitch by the ratio and keeps the duration', () => {
    for (const ratio of [0.8, 1.25]) {
      const [out] = disguiseBlock([tone], rate, ratio);
      expect(out!.length).toBe(tone.length);
      // Away from the edges, where grains have their full overlap.
      const middle = out!.subarray(rate / 4, rate * 1.75);
      expect(frequency(middle, rate) / 220).toBeCloseTo(ratio, 1);
    }
  });

  it('refuses a ratio outside the range the UI offers', () => {
    expect(() => disguiseBlock([tone], rate, 2)).toThrow(/between 0.7 and 1.4/);
    expect(() => disguiseBlock([tone], rate, Number.NaN)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import {
  CLIP_DB,
  LOUD_HOLD_MS,
  LevelWatch,
  METER_FLOOR_DB,
  PEAK_FALL_DB_PER_SECOND,
  SILENT_AFTER_MS,
  holdPeak,
  measure,
  meterFraction,
  toDbfs,
} from '../../../../../../renderer/src/features/originals/recording/level';

/** What an AnalyserNode hands out for a sine of `amplitude` (full scale = 1), whole periods. */
function sine(amplitude: number, samples = 4800, period = 48): Float32Array {
  return Float32Array.from({ length: samples }, (_, i) => amplitude * Math.sin((2 * Math.PI * i) / period));
}

describe('input level', () => {
  it('measures a sine: RMS is amplitude/√2, the peak its amplitude', () => {
    const level = measure(sine(0.5));
    expect(level.rms).toBeCloseTo(0.5 / Math.SQRT2, 4);
    expect(level.peak).toBeCloseTo(0.5, 3);
    // A full-scale sine is about -3 dBFS RMS.
    expect(toDbfs(measure(sine(1)).rms)).toBeCloseTo(-3.01, 1);
  });

  it('reads digital silence and an empty buffer as -∞ dB and an empty meter', () => {
    expect(measure(new Float32Array(1024))).toEqual({ rms: 0, peak: 0 });
    expect(measure([])).toEqual({ rms: 0, peak: 0 });
    expect(toDbfs(0)).toBe(-Infinity);
    expect(meterFraction(-Infinity)).toBe(0);
    expect(meterFraction(Number.NaN)).toBe(0);
  });

  it('maps the meter range linearly in dB, clamped at the floor and at full scale', () => {
    expect(meterFraction(METER_FLOOR_DB)).toBe(0);
    expect(meterFraction(METER_FLOOR_DB - 10)).toBe(0);
    expect(meterFraction(METER_FLOOR_DB / 2)).toBeCloseTo(0.5, 6);
    expect(meterFraction(0)).toBe(1);
    expect(meterFraction(6)).toBe(1);
  });

  it('caps a peak above full scale (the source clipped before us) at 1', () => {
    expect(measure([0.2, -1.7, 0.4]).peak).toBe(1);
  });

  it('holds the peak and lets it fall back at a fixed rate, unless a higher one comes', () => {
    expect(holdPeak(-6, -30, 500)).toBeCloseTo(-6 - PEAK_FALL_DB_PER_SECOND / 2, 6);
    expect(holdPeak(-6, -3, 500)).toBe(-3);
    expect(holdPeak(-6, -30, 60_000)).toBe(-30);
    expect(holdPeak(-Infinity, -20, 16)).toBe(-20);
  });
});

describe('level hints', () => {
  it('says "too loud" at a clip and keeps saying it for a moment after', () => {
    const watch = new LevelWatch();
    expect(watch.update(measure(sine(0.3)), 0)).toBe('ok');
    const clipped = measure(sine(1));
    expect(toDbfs(clipped.peak)).toBeGreaterThanOrEqual(CLIP_DB);
    expect(watch.update(clipped, 100)).toBe('loud');
    expect(watch.update(measure(sine(0.3)), 100 + LOUD_HOLD_MS - 1)).toBe('loud');
    expect(watch.update(measure(sine(0.3)), 100 + LOUD_HOLD_MS)).toBe('ok');
  });

  it('says "no sound" only after a stretch of near silence, and drops it at the first sound', () => {
    const watch = new LevelWatch();
    const quiet = measure(sine(0.0005));
    expect(watch.update(quiet, 1000)).toBe('ok');
    expect(watch.update(quiet, 1000 + SILENT_AFTER_MS - 1)).toBe('ok');
    expect(watch.update(quiet, 1000 + SILENT_AFTER_MS)).toBe('silent');
    expect(watch.update(measure(sine(0.1)), 1000 + SILENT_AFTER_MS + 10)).toBe('ok');
    // The silence is counted again from its new start.
    expect(watch.update(quiet, 10_000)).toBe('ok');
  });
});

/**
 * The input level, from the samples an AnalyserNode hands out (floats, full scale = 1). The
 * meter shows the RMS (how loud it sounds) as a bar and the peak (what clips) as a line that
 * falls back slowly, as on a hardware recorder, so a short shout stays visible long enough to
 * be seen.
 */
export interface Level {
  /** Root mean square of the samples, 0..1. */
  rms: number;
  /** Largest absolute sample, 0..1 (more means the source already clipped). */
  peak: number;
}

/** The meter's range: below this the bar is empty. Speech sits around -30..-10 dBFS. */
export const METER_FLOOR_DB = -60;
/** A peak this close to full scale is clipping (samples at ±1 lose the waveform's top). */
export const CLIP_DB = -0.5;
/** How fast the held peak line falls back, in dB per second. */
export const PEAK_FALL_DB_PER_SECOND = 20;
/** Silence this long (RMS under SILENT_DB) means the microphone hears nothing. */
export const SILENT_DB = -55;
export const SILENT_AFTER_MS = 3000;
/** A clip keeps the "too loud" hint up this long, so it can be read. */
export const LOUD_HOLD_MS = 2000;

export function measure(samples: ArrayLike<number>): Level {
  if (samples.length === 0) return { rms: 0, peak: 0 };
  let sum = 0;
  let peak = 0;
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i]!;
    sum += s * s;
    const a = Math.abs(s);
    if (a > peak) peak = a;
  }
  return { rms: Math.sqrt(sum / samples.length), peak: Math.min(1, peak) };
}

/** Decibels relative to full scale; -Infinity for digital silence. */
export function toDbfs(amplitude: number): number {
  return amplitude > 0 ? 20 * Math.log10(amplitude) : -Infinity;
}

/** Where a level in dBFS sits on the meter, 0 (floor or below) to 1 (full scale). */
export function meterFraction(db: number): number {
  if (!(db > METER_FLOOR_DB)) return 0;
  return Math.min(1, (db - METER_FLOOR_DB) / -METER_FLOOR_DB);
}

/** The held peak after `elapsedMs`: a new higher peak replaces it, else it falls back. */
export function holdPeak(heldDb: number, currentDb: number, elapsedMs: number): number {
  const fallen = heldDb - (PEAK_FALL_DB_PER_SECOND * Math.max(0, elapsedMs)) / 1000;
  return Math.max(currentDb, fallen);
}

export type LevelHint = 'ok' | 'silent' | 'loud';

/**
 * Turns a stream of levels into a hint for the person recording: "too loud" right after a
 * clip (held a moment so it can be read), "no sound" after a few seconds of near silence.
 */
export class LevelWatch {
  private quietSince: number | null = null;
  private clippedAt: number | null = null;

  update(level: Level, now: number): LevelHint {
    if (toDbfs(level.peak) >= CLIP_DB) this.clippedAt = now;
    if (toDbfs(level.rms) < SILENT_DB) this.quietSince ??= now;
    else this.quietSince = null;
    if (this.clippedAt !== null && now - this.clippedAt < LOUD_HOLD_MS) return 'loud';
    if (this.quietSince !== null && now - this.quietSince >= SILENT_AFTER_MS) return 'silent';
    return 'ok';
  }
}

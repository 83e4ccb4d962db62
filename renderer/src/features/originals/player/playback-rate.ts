/** Playback speeds offered: transcribers slow down hard passages and skim easy ones (pitch kept). */
export const PLAYBACK_RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;
export const MIN_RATE = 0.5;
export const MAX_RATE = 2;

/** A rate within 0.5–2×; anything else (NaN included) is clamped, never passed to the media element. */
export function clampRate(rate: number): number {
  if (!Number.isFinite(rate)) return 1;
  return Math.min(MAX_RATE, Math.max(MIN_RATE, rate));
}

/** The next offered speed slower (-1) or faster (+1) than `rate`, or `rate` at either end. */
export function stepRate(rate: number, direction: 1 | -1): number {
  if (direction === 1) return PLAYBACK_RATES.find((r) => r > rate + 1e-9) ?? clampRate(rate);
  return [...PLAYBACK_RATES].reverse().find((r) => r < rate - 1e-9) ?? clampRate(rate);
}

import { parseOffset } from '../../record/logic/time-offsets';

/**
 * Paragraph start times as transcribers write them: "1:05", "0:01:05", "75", with tenths
 * ("0:01:05.3"), in Arabic-Indic digits from an Arabic keyboard, or in brackets as other
 * transcription tools paste them ("[00:01:05]"). Always shown with Latin digits and left to
 * right: they are read against the player's clock.
 */
export type TimecodeParse = { ok: true; seconds: number | null } | { ok: false };

const BRACKETS = /^[[(]\s*(.*?)\s*[\])]$/s;

export function parseTimecode(text: string): TimecodeParse {
  const trimmed = text.trim();
  const inner = BRACKETS.exec(trimmed)?.[1] ?? trimmed;
  const parsed = parseOffset(inner);
  if (!parsed.ok) return { ok: false };
  return { ok: true, seconds: parsed.seconds === null ? null : roundTimecode(parsed.seconds) };
}

/**
 * A time kept to a tenth of a second, never later than the position it was taken at (a
 * paragraph cued a hair after its first word starts would clip it).
 */
export function roundTimecode(seconds: number): number {
  return Math.max(0, Math.floor(seconds * 10 + 1e-6) / 10);
}

export interface TimecodeOptions {
  /** Show hours even under an hour (a recording of an hour or more: the column keeps one width). */
  hours?: boolean;
  /** Show tenths of a second when there are any (the editable field; the clock shows whole seconds). */
  tenths?: boolean;
}

const two = (n: number) => String(n).padStart(2, '0');

/** "1:05", "0:01:05" with `hours`, "1:05.3" with `tenths`. */
export function formatTimecode(seconds: number, options: TimecodeOptions = {}): string {
  const tenthsTotal = Math.round(roundTimecode(seconds) * 10);
  const whole = Math.floor(tenthsTotal / 10);
  const tenth = tenthsTotal % 10;
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const fraction = options.tenths && tenth > 0 ? `.${tenth}` : '';
  return h > 0 || options.hours ? `${h}:${two(m)}:${two(s)}${fraction}` : `${m}:${two(s)}${fraction}`;
}

/** Recordings of an hour or more show hours on every time. */
export function needsHours(durationSeconds: number): boolean {
  return durationSeconds >= 3600;
}

/** The seconds a typed start stands for, or null (none given, or not readable). */
export function timecodeSeconds(text: string): number | null {
  const parsed = parseTimecode(text);
  return parsed.ok ? parsed.seconds : null;
}

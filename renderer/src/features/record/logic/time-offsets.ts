import { toLatinDigits } from './numbers';

/**
 * A position in a recording as people read it off a player: "75", "1:15", "01:02:03", with
 * Arabic-Indic digits too. Stored as seconds (the contract's citation and consent fields).
 */
export type OffsetParse = { ok: true; seconds: number | null } | { ok: false };

export function parseOffset(text: string): OffsetParse {
  const s = toLatinDigits(text).trim();
  if (s === '') return { ok: true, seconds: null };
  const parts = s.split(':');
  if (parts.length > 3) return { ok: false };
  const last = parts.pop()!;
  if (!/^\d+(\.\d+)?$/.test(last) || parts.some((p) => !/^\d+$/.test(p))) return { ok: false };
  const seconds = Number(last);
  // After a colon, seconds and minutes are 0–59: "1:75" is a typo, not 2:15.
  if (parts.length > 0 && seconds >= 60) return { ok: false };
  if (parts.length === 2 && Number(parts[1]) >= 60) return { ok: false };
  const [hours, minutes] = parts.length === 2 ? [Number(parts[0]), Number(parts[1])] : [0, Number(parts[0] ?? 0)];
  return { ok: true, seconds: hours * 3600 + minutes * 60 + seconds };
}

/** Seconds as h:mm:ss or m:ss (digits always Latin: it is read against a player's clock). */
export function formatOffset(seconds: number | null): string {
  if (seconds === null) return '';
  const whole = Math.floor(seconds);
  const fraction = seconds - whole;
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const sec = whole % 60;
  const secText = String(sec).padStart(2, '0') + (fraction > 0 ? String(Math.round(fraction * 1000) / 1000).slice(1) : '');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${secText}` : `${m}:${secText}`;
}

import { settingsSchema } from '../../../../shared/contract/operations';

const minutesSchema = settingsSchema.shape.autoLockMinutes;

/** The bounds the contract accepts (1–240), read from it so the two cannot drift apart. */
export const AUTO_LOCK_MIN = minutesSchema.minValue ?? 1;
export const AUTO_LOCK_MAX = minutesSchema.maxValue ?? 240;

export type AutoLockProblem = 'notWhole' | 'outOfRange';

export type ParsedMinutes = { ok: true; minutes: number } | { ok: false; problem: AutoLockProblem };

// Digits people type on an Arabic (٠–٩) or Persian/Urdu (۰–۹) layout count as digits.
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/gu;
// Direction marks ride along when a number is copied out of right-to-left text.
const INVISIBLE = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\s]/gu;

function toAsciiDigits(text: string): string {
  return text.replace(EASTERN_DIGITS, (digit) => {
    const code = digit.codePointAt(0) ?? 0;
    return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
  });
}

/**
 * What the person typed in "lock after N minutes", as a whole number of minutes the contract
 * accepts, or why not. Full-width digits are folded by NFKC, Arabic-Indic ones explicitly.
 */
export function parseAutoLockMinutes(typed: string): ParsedMinutes {
  const text = toAsciiDigits(typed.normalize('NFKC')).replace(INVISIBLE, '');
  if (!/^\d+$/u.test(text)) return { ok: false, problem: 'notWhole' };
  const minutes = Number(text);
  return minutesSchema.safeParse(minutes).success ? { ok: true, minutes } : { ok: false, problem: 'outOfRange' };
}

/** Minutes as the field shows them: the UI language's digits, no grouping. */
export function formatMinutes(minutes: number, language: string): string {
  return new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 0 }).format(minutes);
}

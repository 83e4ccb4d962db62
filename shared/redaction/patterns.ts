import { findNamedMonthDates } from './date-patterns';
import type { NormalizedSpans } from '../text/normalize';
import type { RedactionCategory } from './types';

/**
 * Things that identify a person whatever their name: phone numbers, e-mail addresses, national
 * ID and passport numbers, and dates. Found on the ORIGINAL text (offsets are the text's own),
 * with every digit class a testimony uses: ASCII 0-9, Arabic-Indic ٠-٩ (Levant, Iraq) and
 * Eastern Arabic-Indic ۰-۹ (Persian and Kurdish keyboards).
 *
 * Decisions:
 * - Timestamps (00:12:30, [01:02:03.500]) and times of day are not matched: a colon never joins
 *   digit groups, so they stay below every threshold. A transcript is full of them and they
 *   identify nobody; a time that matters (the hour of an arrest) is the editor's call.
 * - A bare year (2013) is not a date suggestion: years are what dates generalise TO.
 * - A run of digit groups joined by spaces, dashes, dots, slashes or brackets is a phone number
 *   when it starts with + or 00 (8-15 digits), starts with 0 (9-11 digits, a local number), or
 *   has at least 7 digits in several groups; a single group of 6+ digits is an ID number.
 *   Amounts ("500000 pounds") will be suggested as ID numbers: the editor rejects them; missing
 *   a national ID number is the worse error.
 * - Passport and ID forms with letters: one or two Latin letters and 6-9 digits (N012345678).
 * - Matches are found in a fixed order (e-mail, numeric date, month-name date, passport, digit
 *   runs), each skipping text an earlier one took: 12/05/1990 is a date, not a phone number.
 */

export type PatternKind = 'phone' | 'email' | 'idNumber' | 'passport' | 'date';

export interface PatternMatch {
  readonly start: number;
  readonly end: number;
  readonly kind: PatternKind;
  readonly category: RedactionCategory;
}

const D = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
const SPACE = '[ \\u00A0\\u202F]';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const ISO_DATE = new RegExp(`(?<!${D}|[\\p{L}])(${D}{4})([-/.])(${D}{1,2})\\2(${D}{1,2})(?!${D}|[-/.]${D})`, 'gu');
const DMY_DATE = new RegExp(`(?<!${D}|[\\p{L}]|[-/.])(${D}{1,2})([-/.])(${D}{1,2})\\2(${D}{4}|${D}{2})(?!${D}|[-/.]${D})`, 'gu');
const PASSPORT = new RegExp(`(?<![\\p{L}\\p{N}])[A-Za-z]{1,2}-?${D}{6,9}(?![\\p{L}\\p{N}])`, 'gu');
const GROUP = `\\(?${D}+\\)?`;
const SEP = `(?:${SPACE}?[-./]${SPACE}?|${SPACE})`;
const DIGIT_RUN = new RegExp(`(?<![\\p{L}\\p{N}+])\\+?${GROUP}(?:${SEP}${GROUP})*`, 'gu');

/** The value of a string of digits of any of the three digit classes. */
export function digitsValue(digits: string): string {
  let out = '';
  for (const ch of digits) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x0660 && c <= 0x0669) out += String(c - 0x0660);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String(c - 0x06f0);
    else if (c >= 0x30 && c <= 0x39) out += ch;
  }
  return out;
}

function plausibleDayMonth(a: number, b: number): boolean {
  return (a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31);
}

function classifyRun(run: string): PatternKind | null {
  const groups = run.match(new RegExp(`${D}+`, 'gu')) ?? [];
  const digits = digitsValue(groups.join(''));
  const n = digits.length;
  const international = run.startsWith('+') || digits.startsWith('00');
  if (international) return n >= 8 && n <= 15 ? 'phone' : n >= 6 ? 'idNumber' : null;
  if (groups.length === 1) {
    if (n < 6) return null;
    return digits.startsWith('0') && n >= 9 && n <= 11 ? 'phone' : 'idNumber';
  }
  // Two years side by side ("1990 2000", "2011/2012") are a range, not a number.
  if (groups.length <= 2 && groups.every((g) => /^(19|20)\d\d$/u.test(digitsValue(g)))) return null;
  if (n < 7) return null;
  return n <= 15 ? 'phone' : 'idNumber';
}

/** Every pattern match of a text, sorted, never overlapping one another. */
export function findPatterns(text: string, spans?: NormalizedSpans): PatternMatch[] {
  const found: PatternMatch[] = [];
  const free = (start: number, end: number) => found.every((m) => end <= m.start || start >= m.end);
  const take = (start: number, end: number, kind: PatternKind) => {
    if (end > start && free(start, end)) found.push({ start, end, kind, category: kind === 'date' ? 'date' : 'identifying' });
  };
  for (const m of text.matchAll(EMAIL)) take(m.index, m.index + m[0].length, 'email');
  for (const m of text.matchAll(ISO_DATE)) {
    const [month, day] = [Number(digitsValue(m[3]!)), Number(digitsValue(m[4]!))];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) take(m.index, m.index + m[0].length, 'date');
  }
  for (const m of text.matchAll(DMY_DATE)) {
    if (plausibleDayMonth(Number(digitsValue(m[1]!)), Number(digitsValue(m[3]!)))) take(m.index, m.index + m[0].length, 'date');
  }
  for (const r of findNamedMonthDates(text, spans)) take(r.start, r.end, 'date');
  for (const m of text.matchAll(PASSPORT)) take(m.index, m.index + m[0].length, 'passport');
  for (const m of text.matchAll(DIGIT_RUN)) {
    // A bracket only belongs to the run when it encloses digits (an area code).
    let run = m[0];
    let start = m.index;
    if (run.startsWith('(') && !run.includes(')')) {
      run = run.slice(1);
      start++;
    }
    if (run.endsWith(')') && !run.includes('(')) run = run.slice(0, -1);
    const kind = classifyRun(run);
    if (kind !== null) take(start, start + run.length, kind);
  }
  return found.sort((a, b) => a.start - b.start);
}

import { cliticVariants } from '../text/arabic-clitics';
import { normalizeWithSpans, type NormalizedSpans } from '../text/normalize';

/**
 * Dates written with a month name: "12 May 1990", "May 12, 1990", "March 2011", "5th of June",
 * "١٥ آذار ٢٠١١", "في 3 شباط/فبراير 2012", "تشرين الأول عام 2013". Searched in the normalised
 * text (shared/text: tashkeel, hamza and alef forms, Arabic-Indic digits and case are folded,
 * punctuation is a space), so آذار, أذار and اذار are one word, and mapped back to the
 * original text. Arabic month names are listed in both calendars' names (Levant and Iraq:
 * كانون الثاني, شباط…; Egypt and the Gulf: يناير, فبراير…; Maghreb: جانفي, أفريل…), since a
 * testimony may use either or both ("آذار/مارس").
 *
 * A month name alone is not a date ("May", "March", آب which normalises like أب, father): a
 * match needs a day (1-31) or a four-digit year next to the month. An attached particle
 * (بآذار, وفي) stays outside the match, like a name's (matching.ts).
 */

export interface DateRange {
  readonly start: number;
  readonly end: number;
}

const EN_MONTHS = new Set([
  'january',
  'jan',
  'february',
  'feb',
  'march',
  'mar',
  'april',
  'apr',
  'may',
  'june',
  'jun',
  'july',
  'jul',
  'august',
  'aug',
  'september',
  'sep',
  'sept',
  'october',
  'oct',
  'november',
  'nov',
  'december',
  'dec',
]);

const AR_MONTHS = new Set(
  [
    'شباط اذار نيسان ايار حزيران تموز اب ايلول',
    'يناير فبراير مارس ابريل افريل مايو ماي مايس يونيو يونيه جوان يوليو يوليه جويليه اغسطس اغشت اوت سبتمبر شتنبر اكتوبر نوفمبر نونبر ديسمبر دجنبر جانفي فيفري',
  ]
    .join(' ')
    .split(' '),
);
/** Months of two words: كانون الثاني, تشرين الأول (also written without the article). */
const AR_MONTH_FIRST = new Set(['كانون', 'تشرين']);
const AR_MONTH_SECOND = new Set(['الثاني', 'الاول', 'ثاني', 'اول']);
const AR_BEFORE_MONTH = new Set(['من', 'شهر']);
const AR_BEFORE_YEAR = new Set(['عام', 'سنه', 'العام', 'لعام', 'من']);

interface Token {
  readonly text: string;
  readonly from: number;
  readonly to: number;
}

const isDay = (t: string | undefined) => t !== undefined && /^\d{1,2}(st|nd|rd|th)?$/u.test(t) && Number.parseInt(t, 10) >= 1 && Number.parseInt(t, 10) <= 31;
const isYear = (t: string | undefined) => t !== undefined && /^\d{4}$/u.test(t);

/** Where a month name starts at token i and how many tokens it takes; offset skips a particle. */
function monthAt(tokens: readonly Token[], i: number): { length: number; offset: number } | null {
  const token = tokens[i];
  if (token === undefined) return null;
  if (EN_MONTHS.has(token.text)) return { length: 1, offset: 0 };
  for (const v of cliticVariants(token.text)) {
    if (AR_MONTHS.has(v.text) && !v.restoredAlef) return { length: 1, offset: v.start };
    if (AR_MONTH_FIRST.has(v.text) && AR_MONTH_SECOND.has(tokens[i + 1]?.text ?? '')) return { length: 2, offset: v.start };
  }
  return null;
}

/** A date starting at token i: [day [of|من] [شهر]] month [second name] [day] [عام] [year]. */
function dateAt(tokens: readonly Token[], i: number): { first: number; offset: number; last: number } | null {
  let k = i;
  // The day may carry a particle too (و5 من أيار): the particle stays outside.
  const dayOffset = cliticVariants(tokens[k]?.text ?? '').find((v) => isDay(v.text))?.start ?? null;
  const hasDayBefore = dayOffset !== null;
  if (hasDayBefore) {
    k++;
    while (tokens[k]?.text === 'of' || AR_BEFORE_MONTH.has(tokens[k]?.text ?? '')) k++;
  }
  const month = monthAt(tokens, k);
  if (month === null) return null;
  let last = k + month.length - 1;
  // The other calendar's name right after (آذار/مارس).
  const second = EN_MONTHS.has(tokens[k]!.text) ? null : monthAt(tokens, last + 1);
  if (second !== null && second.offset === 0 && !EN_MONTHS.has(tokens[last + 1]!.text)) last += second.length;
  let hasDay = hasDayBefore;
  if (!hasDay && isDay(tokens[last + 1]?.text) && EN_MONTHS.has(tokens[k]!.text)) {
    hasDay = true;
    last++;
  }
  let y = last + 1;
  while (AR_BEFORE_YEAR.has(tokens[y]?.text ?? '') && y - last <= 2) y++;
  const hasYear = isYear(tokens[y]?.text);
  if (hasYear) last = y;
  if (!hasDay && !hasYear) return null;
  return hasDayBefore ? { first: i, offset: dayOffset, last } : { first: k, offset: month.offset, last };
}

/** Ranges (original text, UTF-16) of dates written with a month name. */
export function findNamedMonthDates(text: string, spans: NormalizedSpans = normalizeWithSpans(text)): DateRange[] {
  const { normalized, starts, ends } = spans;
  const tokens: Token[] = [];
  let from = 0;
  for (const word of normalized.split(' ')) {
    if (word !== '') tokens.push({ text: word, from, to: from + word.length });
    from += word.length + 1;
  }
  const ranges: DateRange[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const date = dateAt(tokens, i);
    if (date === null) continue;
    const first = tokens[date.first]!;
    const last = tokens[date.last]!;
    ranges.push({ start: starts[first.from + date.offset]!, end: ends[last.to - 1]! });
    i = date.last;
  }
  return ranges;
}

import { daysInMonth, MONTH_NAMES_EN, SEASON_MONTHS } from './edtf-calendar';
import { parseEdtf } from './edtf-parse';
import type { EdtfComponent, EdtfDate, EdtfDateTime, EdtfIntervalEnd } from './edtf-types';

export type EdtfLanguage = 'en' | 'ar';

/**
 * Arabic month names as "Levantine/Iraqi name / Egyptian-MSA name" (آذار/مارس), the form
 * newspapers in Syria, Iraq, Lebanon and Jordan print, so every reader knows the month.
 * Intl gives only one of the two per locale (ar-SY/ar-IQ: آذار with Arabic-Indic digits,
 * ar/ar-EG: مارس), so the pair is a fixed table; a unit test checks it against Intl.
 */
const MONTH_NAMES_AR = [
  'كانون الثاني/يناير',
  'شباط/فبراير',
  'آذار/مارس',
  'نيسان/أبريل',
  'أيار/مايو',
  'حزيران/يونيو',
  'تموز/يوليو',
  'آب/أغسطس',
  'أيلول/سبتمبر',
  'تشرين الأول/أكتوبر',
  'تشرين الثاني/نوفمبر',
  'كانون الأول/ديسمبر',
] as const;

type Part = 'year' | 'month' | 'season' | 'day';

interface Phrases {
  readonly months: readonly string[];
  readonly seasons: readonly string[];
  readonly hemisphere: readonly [north: string, south: string];
  readonly quarter: (n: number, year: string) => string;
  readonly half: (n: number, year: string) => string;
  readonly decade: (start: string) => string;
  readonly inDecade: (phrase: string) => string;
  readonly between: (a: string, b: string) => string;
  readonly about: (phrase: string) => string;
  readonly uncertain: string;
  readonly qualified: (part: Part, uncertain: boolean, approximate: boolean) => string;
  readonly unspecified: (part: Part) => string;
  readonly monthAndDayUnspecified: string;
  readonly unspecifiedDate: string;
  readonly fromTo: (a: string, b: string) => string;
  readonly onwards: (a: string) => string;
  readonly from: (a: string) => string;
  readonly until: (b: string) => string;
  readonly startUnknown: string;
  readonly endUnknown: string;
  readonly at: (date: string, time: string) => string;
  readonly separator: string;
}

const ORDINALS_EN = ['first', 'second', 'third', 'fourth'];
const ORDINALS_AR = ['الأول', 'الثاني', 'الثالث', 'الرابع'];
const PARTS_AR: Record<Part, [name: string, feminine: boolean]> = {
  year: ['السنة', true],
  month: ['الشهر', false],
  season: ['الفصل', false],
  day: ['اليوم', false],
};

const PHRASES: Record<EdtfLanguage, Phrases> = {
  en: {
    months: MONTH_NAMES_EN,
    seasons: ['spring', 'summer', 'autumn', 'winter'],
    hemisphere: ['Northern Hemisphere', 'Southern Hemisphere'],
    quarter: (n, y) => `${ORDINALS_EN[n]} quarter of ${y}`,
    half: (n, y) => `${ORDINALS_EN[n]} half of ${y}`,
    decade: (start) => `the ${start}s`,
    inDecade: (phrase) => `in ${phrase}`,
    between: (a, b) => `between ${a} and ${b}`,
    about: (phrase) => `about ${phrase}`,
    uncertain: 'uncertain',
    qualified: (part, u, a) => `${part} ${u && a ? 'uncertain and approximate' : u ? 'uncertain' : 'approximate'}`,
    unspecified: (part) => `${part} unspecified`,
    monthAndDayUnspecified: 'month and day unspecified',
    unspecifiedDate: 'unspecified date',
    fromTo: (a, b) => `from ${a} to ${b}`,
    onwards: (a) => `from ${a} onwards`,
    from: (a) => `from ${a}`,
    until: (b) => `until ${b}`,
    startUnknown: 'start unknown',
    endUnknown: 'end unknown',
    at: (date, time) => `${date}, ${time}`,
    separator: ', ',
  },
  ar: {
    months: MONTH_NAMES_AR,
    seasons: ['ربيع', 'صيف', 'خريف', 'شتاء'],
    hemisphere: ['نصف الكرة الشمالي', 'نصف الكرة الجنوبي'],
    quarter: (n, y) => `الربع ${ORDINALS_AR[n]} من ${y}`,
    half: (n, y) => `النصف ${ORDINALS_AR[n]} من ${y}`,
    decade: (start) => `العقد ${start}`,
    inDecade: (phrase) => `في ${phrase}`,
    between: (a, b) => `بين ${a} و${b}`,
    about: (phrase) => `حوالي ${phrase}`,
    uncertain: 'غير مؤكد',
    qualified: (part, u, a) => {
      const [name, feminine] = PARTS_AR[part];
      const uncertain = feminine ? 'غير مؤكدة' : 'غير مؤكد';
      const approximate = feminine ? 'تقريبية' : 'تقريبي';
      return `${name} ${u && a ? `${uncertain} و${approximate}` : u ? uncertain : approximate}`;
    },
    unspecified: (part) => `${PARTS_AR[part][0]} ${PARTS_AR[part][1] ? 'غير محددة' : 'غير محدد'}`,
    monthAndDayUnspecified: 'الشهر واليوم غير محددين',
    unspecifiedDate: 'تاريخ غير محدد',
    fromTo: (a, b) => `من ${a} إلى ${b}`,
    onwards: (a) => `من ${a} فصاعداً`,
    from: (a) => `من ${a}`,
    until: (b) => `حتى ${b}`,
    startUnknown: 'البداية غير معروفة',
    endUnknown: 'النهاية غير معروفة',
    at: (date, time) => `${date}، الساعة ${time}`,
    separator: '، ',
  },
};

/** A noun phrase for one date, with the notes that go in parentheses after it. */
interface Phrase {
  core: string;
  notes: string[];
  /** "the 2010s" reads "in the 2010s" on its own. */
  needsIn: boolean;
}

const render = (p: Phrase, t: Phrases): string => (p.notes.length === 0 ? p.core : `${p.core} (${p.notes.join(t.separator)})`);

function day(t: Phrases, iso: string, precision: 'year' | 'month' | 'day'): string {
  const [y, m, d] = iso.split('-');
  const month = t.months[Number(m) - 1]!;
  if (precision === 'year') return y!;
  return precision === 'month' ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

function seasonPhrase(t: Phrases, code: number, year: string): Phrase {
  if (code <= 32) {
    const name = t.seasons[(code - 21) % 4]!;
    const notes = code <= 24 ? [] : [t.hemisphere[code <= 28 ? 0 : 1]];
    return { core: `${name} ${year}`, notes, needsIn: false };
  }
  if (code <= 36) return { core: t.quarter(code - 33, year), notes: [], needsIn: false };
  if (code >= 40) return { core: t.half(code - 40, year), notes: [], needsIn: false };
  const [first, count] = SEASON_MONTHS[code]!;
  return { core: `${t.months[first - 1]!} – ${t.months[first + count - 2]!} ${year}`, notes: [], needsIn: false };
}

/** The span of a date with digits unspecified here and there, at the coarsest honest precision. */
function spanPhrase(t: Phrases, date: EdtfDate): Phrase {
  const { earliest, latest } = date.bounds as { earliest: string; latest: string };
  const [ly, lm, ld] = latest.split('-').map(Number) as [number, number, number];
  const precision =
    earliest.endsWith('-01-01') && latest.endsWith('-12-31') ? 'year' : earliest.endsWith('-01') && ld === daysInMonth(ly, lm) ? 'month' : 'day';
  return { core: t.between(day(t, earliest, precision), day(t, latest, precision)), notes: [], needsIn: false };
}

function datePhrase(t: Phrases, date: EdtfDate): Phrase {
  const parts: [Part, EdtfComponent][] = [['year', date.year]];
  if (date.month !== null) parts.push([date.season === null ? 'month' : 'season', date.month]);
  if (date.day !== null) parts.push(['day', date.day]);
  const state = (c: EdtfComponent) => (!c.unspecified ? 'known' : /^X+$/u.test(c.text) ? 'unknown' : 'partial');
  const [y, m, d] = [date.year, date.month, date.day];
  const known = (c: EdtfComponent | null) => c !== null && state(c) === 'known';
  const absentOrUnknown = (c: EdtfComponent | null) => c === null || state(c) === 'unknown';
  const unknownNotes = () =>
    m !== null && d !== null && state(m) === 'unknown' && state(d) === 'unknown' && state(y) !== 'unknown'
      ? [t.monthAndDayUnspecified]
      : parts.filter(([, c]) => state(c) === 'unknown').map(([part]) => t.unspecified(part));

  let phrase: Phrase;
  if (date.season !== null) {
    phrase = seasonPhrase(t, date.season, y.text);
  } else if (/^\d{3}X$/u.test(y.text) && absentOrUnknown(m) && absentOrUnknown(d)) {
    phrase = { core: t.decade(`${y.text.slice(0, 3)}0`), notes: unknownNotes(), needsIn: true };
  } else if (parts.some(([, c]) => state(c) === 'partial')) {
    phrase = spanPhrase(t, date);
  } else if (parts.every(([, c]) => state(c) === 'unknown')) {
    phrase = { core: t.unspecifiedDate, notes: [], needsIn: false };
  } else if (known(y) && (m === null || known(m) || absentOrUnknown(d))) {
    // 2004, 2004-06, 2004-06-11, 2004-XX, 2004-XX-XX, 2004-06-XX
    const precision = m === null || !known(m) ? 'year' : d === null || !known(d) ? 'month' : 'day';
    const iso = `${y.text}-${known(m) ? m!.text : '01'}-${known(d) ? d!.text : '01'}`;
    phrase = { core: day(t, iso, precision), notes: unknownNotes(), needsIn: false };
  } else if (!known(y) && known(m)) {
    // XXXX-12, XXXX-12-XX, XXXX-12-25
    const month = t.months[Number(m!.text) - 1]!;
    phrase = { core: known(d) ? `${Number(d!.text)} ${month}` : month, notes: unknownNotes(), needsIn: false };
  } else {
    phrase = spanPhrase(t, date);
  }

  const flagged = parts.filter(([, c]) => c.uncertain || c.approximate);
  const uniform = flagged.length === parts.length && parts.every(([, c]) => c.uncertain === y.uncertain && c.approximate === y.approximate);
  if (uniform) {
    if (y.approximate) phrase = { ...phrase, core: t.about(phrase.core), needsIn: false };
    if (y.uncertain) phrase.notes.push(t.uncertain);
  } else {
    for (const [part, c] of flagged) phrase.notes.push(t.qualified(part, c.uncertain, c.approximate));
  }
  return phrase;
}

function dateTimePhrase(t: Phrases, v: EdtfDateTime): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = day(t, v.bounds.earliest!, 'day');
  const zone = v.offset === null ? '' : v.offset === 'Z' ? ' UTC' : ` UTC${v.offset}`;
  return t.at(date, `${pad(v.hour)}:${pad(v.minute)}:${pad(v.second)}${zone}`);
}

function endPhrase(t: Phrases, end: EdtfIntervalEnd): string | null {
  return end.type === 'date' ? render(datePhrase(t, end.date), t) : null;
}

/**
 * A reading of an EDTF string for interviewers: `2024-03~` -> "about March 2024" /
 * "حوالي آذار/مارس 2024", `1985/..` -> "from 1985 onwards" / "من 1985 فصاعداً", `201X` ->
 * "in the 2010s" / "في العقد 2010". Digits stay Western Arabic in both languages, as the EDTF
 * itself is written. Invalid input is returned unchanged.
 */
export function formatEdtf(input: string, language: EdtfLanguage): string {
  const parsed = parseEdtf(input);
  if (!parsed.ok) return input;
  const t = PHRASES[language];
  const value = parsed.value;
  if (value.kind === 'datetime') return dateTimePhrase(t, value);
  if (value.kind === 'date') {
    const phrase = datePhrase(t, value);
    return render(phrase.needsIn ? { ...phrase, core: t.inDecade(phrase.core) } : phrase, t);
  }
  const [start, end] = [endPhrase(t, value.start), endPhrase(t, value.end)];
  if (start !== null && end !== null) return t.fromTo(start, end);
  if (start !== null) return value.end.type === 'open' ? t.onwards(start) : `${t.from(start)} (${t.endUnknown})`;
  return value.start.type === 'open' ? t.until(end!) : `${t.until(end!)} (${t.startUnknown})`;
}

import { daysInMonth, isoDate, MONTH_NAMES_EN, seasonBounds } from './edtf-calendar';
import type { EdtfBounds, EdtfComponent, EdtfDate, EdtfDateTime, EdtfErrorCode, EdtfLevel } from './edtf-types';

/** Thrown inside the parser only; parseEdtf turns it into `{ ok: false, ... }`. */
export class EdtfFailure extends Error {
  constructor(
    readonly code: EdtfErrorCode,
    message: string,
    readonly position?: number,
  ) {
    super(message);
  }
}

const QUALIFIERS = '?~%';
const COMPONENT_NAMES = ['year', 'month', 'day'] as const;
const COMPONENT_LENGTHS = [4, 2, 2] as const;
const COMPONENT_EXAMPLES = ['2004 or 0985', '06', '05'] as const;

interface RawComponent {
  readonly text: string;
  readonly left: string | null;
  readonly right: string | null;
  readonly position: number;
}

/** Why a character cannot be where it is, in words a person can act on. */
function unexpected(ch: string, position: number): EdtfFailure {
  if (ch === 'x') return new EdtfFailure('syntax', 'Write unspecified digits with an upper-case X, as in 201X.', position);
  if (ch === 'u') return new EdtfFailure('syntax', 'The old "u" for an unspecified digit is now an upper-case X, as in 201X.', position);
  if (/\s/u.test(ch)) return new EdtfFailure('syntax', 'An EDTF date has no spaces.', position);
  if (ch === 'E' || ch === 'S')
    return new EdtfFailure('unsupported', 'Exponential years (E) and significant digits (S) are not supported.', position);
  if (ch === '.') return new EdtfFailure('syntax', '".." stands only for an open end of an interval, as in 1985/.. or ../2004.', position);
  if (ch === 'T') return new EdtfFailure('syntax', 'A time of day follows a full date: 2004-06-11T10:30:00.', position);
  if (QUALIFIERS.includes(ch))
    return new EdtfFailure('syntax', `"${ch}" cannot stand here: a qualifier goes just before or just after a year, month or day.`, position);
  return new EdtfFailure('syntax', `Unexpected character "${ch}".`, position);
}

/** Numbers whose zero-padded digits match `pattern` (digits and X), in ascending or descending order. */
function* matching(pattern: string, descending: boolean): Generator<number> {
  const xs = [...pattern].flatMap((c, i) => (c === 'X' ? [i] : []));
  const count = 10 ** xs.length;
  for (let k = 0; k < count; k++) {
    const n = descending ? count - 1 - k : k;
    const digits = [...pattern];
    const fill = String(n).padStart(xs.length, '0');
    xs.forEach((at, j) => (digits[at] = fill[j]!));
    yield Number(digits.join(''));
  }
}

function candidates(pattern: string, min: number, max: number): number[] {
  return [...matching(pattern, false)].filter((n) => n >= min && n <= max);
}

/** The first (or last) calendar day matching year/month/day patterns, or null when none does. */
function extremeDay(year: string, months: number[] | null, days: number[] | null, last: boolean): string | null {
  const ms = months === null ? null : last ? [...months].reverse() : months;
  const ds = days === null ? null : last ? [...days].reverse() : days;
  for (const y of matching(year, last)) {
    if (ms === null) return last ? isoDate(y, 12, 31) : isoDate(y, 1, 1);
    for (const m of ms) {
      if (ds === null) return isoDate(y, m, last ? daysInMonth(y, m) : 1);
      const d = ds.find((day) => day <= daysInMonth(y, m));
      if (d !== undefined) return isoDate(y, m, d);
    }
  }
  return null;
}

function readComponents(s: string, offset: number): RawComponent[] {
  const components: RawComponent[] = [];
  let pos = 0;
  const readQualifier = (): string | null => {
    const q = s[pos];
    if (q === undefined || !QUALIFIERS.includes(q)) return null;
    pos++;
    const next = s[pos];
    if (next !== undefined && QUALIFIERS.includes(next))
      throw new EdtfFailure('syntax', 'Two qualifiers in a row: write % for "uncertain and approximate".', offset + pos);
    return q;
  };
  for (let i = 0; i < 3; i++) {
    const left = readQualifier();
    const start = pos;
    while (pos < s.length && /[0-9X]/u.test(s[pos]!)) pos++;
    const text = s.slice(start, pos);
    const length = COMPONENT_LENGTHS[i]!;
    if (text.length === 0) {
      if (pos >= s.length) throw new EdtfFailure('syntax', `The ${COMPONENT_NAMES[i]} is missing.`, offset + pos);
      if (i === 0 && s[pos] === '-' && /\d/u.test(s[pos + 1] ?? ''))
        throw new EdtfFailure('unsupported', 'Negative years (before year 0) are not supported.', offset + pos);
      if (i === 0 && s[pos] === 'Y') throw new EdtfFailure('unsupported', 'Years past 9999 (written with Y) are not supported.', offset + pos);
      throw unexpected(s[pos]!, offset + pos);
    }
    if (text.length !== length) {
      if (pos < s.length && 'xu?~%'.includes(s[pos]!)) throw unexpected(s[pos]!, offset + pos);
      if (i === 0 && /^\d{8}$/u.test(text))
        throw new EdtfFailure('syntax', 'Write the date with hyphens, as in 2004-06-11 (EDTF has no compact form).', offset + start);
      const extra = i === 0 && text.length > 4 ? ' Years past 9999 are not supported.' : '';
      throw new EdtfFailure(
        'syntax',
        `A ${COMPONENT_NAMES[i]} has ${length === 4 ? 'four' : 'two'} digits, as in ${COMPONENT_EXAMPLES[i]} (found ${text.length}).${extra}`,
        offset + start,
      );
    }
    const right = readQualifier();
    components.push({ text, left, right, position: offset + start });
    if (pos === s.length) break;
    if (s[pos] !== '-' || i === 2) throw unexpected(s[pos]!, offset + pos);
    pos++;
    if (pos === s.length) throw new EdtfFailure('syntax', 'The date ends with a hyphen.', offset + pos - 1);
  }
  return components;
}

/**
 * One calendar date of levels 0–2: YYYY, YYYY-MM, YYYY-MM-DD, seasons YYYY-21..41, X for
 * unspecified digits anywhere, qualifiers ? ~ % after the date (level 1) or before/after any
 * component (level 2: a qualifier right of a component covers it and those to its left, one
 * left of a component covers that component only). `offset` places error positions in the input.
 */
export function parseDate(s: string, offset: number): EdtfDate {
  const raw = readComponents(s, offset);
  const [year, month, day] = [raw[0]!, raw[1], raw[2]];
  const last = raw.length - 1;

  const components: EdtfComponent[] = raw.map((c, i) => {
    const marks = [c.left, ...raw.slice(i).map((r) => r.right)];
    return {
      text: c.text,
      unspecified: c.text.includes('X'),
      uncertain: marks.some((q) => q === '?' || q === '%'),
      approximate: marks.some((q) => q === '~' || q === '%'),
    };
  });

  let level: EdtfLevel = 0;
  const raise = (to: EdtfLevel) => (level = Math.max(level, to) as EdtfLevel);
  if (raw.some((c, i) => c.left !== null || (c.right !== null && i !== last))) raise(2);
  if (raw[last]!.right !== null) raise(1);
  const digits = raw.map((c) => c.text).join('');
  // Level 1 allows X only as the rightmost digits, for whole months and days (2004-XX, not 1984-1X).
  const wholeParts = raw.slice(1).every((c) => /^(\d\d|XX)$/u.test(c.text));
  if (digits.includes('X')) raise(/^[0-9]*X+$/u.test(digits) && wholeParts ? 1 : 2);

  let season: number | null = null;
  let months: number[] | null = null;
  if (month !== undefined) {
    const value = Number(month.text);
    if (!month.text.includes('X') && value >= 21 && value <= 41) {
      season = value;
      raise(value <= 24 ? 1 : 2);
      if (day !== undefined) throw new EdtfFailure('syntax', `A season (${month.text}) has no day.`, day.position);
      if (year.text.includes('X'))
        throw new EdtfFailure('unsupported', 'Unspecified digits (X) cannot be combined with a season.', year.position);
    } else {
      months = candidates(month.text, 1, 12);
      if (months.length === 0) {
        const what = month.text.includes('X') ? `No month matches ${month.text}` : `Month ${month.text} does not exist`;
        throw new EdtfFailure('impossible-date', `${what}: months run 01 to 12 (21 to 41 are seasons).`, month.position);
      }
    }
  }
  let days: number[] | null = null;
  if (day !== undefined) {
    days = candidates(day.text, 1, 31);
    if (days.length === 0) {
      const what = day.text.includes('X') ? `No day matches ${day.text}` : `Day ${day.text} does not exist`;
      throw new EdtfFailure('impossible-date', `${what}: days run 01 to 31.`, day.position);
    }
  }

  let bounds: EdtfBounds;
  if (season !== null) {
    bounds = seasonBounds(Number(year.text), season);
  } else {
    const earliest = extremeDay(year.text, months, days, false);
    const latest = extremeDay(year.text, months, days, true);
    if (earliest === null || latest === null) {
      throw new EdtfFailure('impossible-date', impossibleMessage(raw.map((c) => c.text)), day?.position ?? month?.position);
    }
    bounds = { earliest, latest };
  }

  return {
    kind: 'date',
    edtf: s,
    level,
    precision: season !== null ? 'season' : (['year', 'month', 'day'] as const)[last]!,
    year: components[0]!,
    month: components[1] ?? null,
    season,
    day: components[2] ?? null,
    uncertain: components.some((c) => c.uncertain),
    approximate: components.some((c) => c.approximate),
    unspecified: digits.includes('X'),
    bounds,
  };
}

function impossibleMessage([y, m, d]: string[]): string {
  if (y !== undefined && m !== undefined && d !== undefined && !`${y}${m}${d}`.includes('X')) {
    const year = Number(y);
    const month = Number(m);
    const name = MONTH_NAMES_EN[month - 1]!;
    return `${y}-${m}-${d} does not exist: ${name} ${y} has ${daysInMonth(year, month)} days.`;
  }
  return `No calendar date matches ${[y, m, d].filter((c) => c !== undefined).join('-')}.`;
}

const DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z|[+-]\d{2}(?::\d{2})?)?$/u;

/** Level 0 date and time: YYYY-MM-DDThh:mm:ss with an optional Z or ±hh[:mm] offset. */
export function parseDateTime(s: string, offset: number): EdtfDateTime {
  const t = s.indexOf('T');
  const match = DATETIME.exec(s);
  if (match === null) {
    if (/[?~%]$/u.test(s))
      throw new EdtfFailure('syntax', 'A date with a time of day cannot carry ?, ~ or %: qualify a date without its time.', offset + s.length - 1);
    if (/T\d{2}:\d{2}:\d{2}[.,]/u.test(s)) throw new EdtfFailure('unsupported', 'Fractions of a second are not part of EDTF.', offset + t + 9);
    throw new EdtfFailure(
      'syntax',
      'A time of day is written after a full date as THH:MM:SS, as in 2004-06-11T10:30:00, optionally followed by Z or an offset such as +03:00.',
      offset + t,
    );
  }
  const [, y, mo, d, h, mi, se, zone] = match;
  const date = parseDate(`${y}-${mo}-${d}`, offset);
  const [hour, minute, second] = [Number(h), Number(mi), Number(se)];
  if (hour > 23) throw new EdtfFailure('impossible-date', `Hour ${h} does not exist: hours run 00 to 23.`, offset + t + 1);
  if (minute > 59) throw new EdtfFailure('impossible-date', `Minute ${mi} does not exist: minutes run 00 to 59.`, offset + t + 4);
  if (second > 59) throw new EdtfFailure('impossible-date', `Second ${se} does not exist: seconds run 00 to 59.`, offset + t + 7);
  let zoneText: string | null = zone ?? null;
  if (zone !== undefined && zone !== 'Z') {
    const [oh, om = '00'] = zone.slice(1).split(':');
    // Real offsets run from -12:00 to +14:00; anything past 14 hours is a typo.
    if (Number(oh) > 14 || Number(om) > 59 || (Number(oh) === 14 && Number(om) > 0))
      throw new EdtfFailure('impossible-date', `The time zone offset ${zone} does not exist: offsets run up to 14:00.`, offset + t + 9);
    zoneText = `${zone[0]}${oh}:${om}`;
  }
  return {
    kind: 'datetime',
    edtf: s,
    level: 0,
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour,
    minute,
    second,
    offset: zoneText,
    uncertain: false,
    approximate: false,
    unspecified: false,
    // The calendar day as written, in the zone where it was written (not converted to UTC):
    // a testimony's "11 June" is the day the person lived, wherever the clock stood.
    bounds: date.bounds,
  };
}


import { EdtfFailure, parseDate, parseDateTime } from './edtf-date';
import type { EdtfDate, EdtfIntervalEnd, EdtfLevel, EdtfParse, EdtfValue } from './edtf-types';

/**
 * Extended Date/Time Format (Library of Congress EDTF, 2019; ISO 8601-2:2019), the date format
 * of the testimony record: testimonies give dates like "spring 2013", "around 1982" or "some
 * day in June", and EDTF says exactly that instead of a false precise date.
 *
 * Supported, in EDTF's own terms:
 * - Level 0: dates (2004, 2004-06, 2004-06-11), date and time (2004-06-11T10:30:00, with Z or
 *   an offset ±hh or ±hh:mm), intervals of dates (1964/2008).
 * - Level 1: qualification of a whole date (1984?, 2004-06~, 2004-06-11%), unspecified digits
 *   from the right (201X, 20XX, 2004-XX, 1985-04-XX, 1985-XX-XX), seasons 21–24, extended
 *   intervals with open (1985/.., ../2004-06) and unknown (/2004, 2004-06/) ends.
 * - Level 2, partly: qualification of single components (2004-?06-~11, 2004?-06-11),
 *   unspecified digits anywhere (156X-12-25, XXXX-12-XX, 1984-1X), seasons and sub-year
 *   groupings 25–41.
 *
 * Refused with a message, by choice: negative years and years past 9999 (`-1985`,
 * `Y170000002`): no testimony needs them, and bounds stay four-digit ISO dates that sort as
 * strings; exponential years and significant digits (E, S); sets ([..], {..}); times of day
 * inside intervals (EDTF level 0 excludes them) and qualifiers on a date with a time. Dates
 * that cannot exist (2023-02-30, month 13, day 00) are refused with the reason. An interval
 * is refused only when it must start after it ends (the start's earliest day is after the
 * end's latest), so 2004-06/2004 is accepted.
 */
export function parseEdtf(input: string): EdtfParse {
  try {
    return { ok: true, value: parseValue(input) };
  } catch (error) {
    if (error instanceof EdtfFailure) {
      return error.position === undefined
        ? { ok: false, code: error.code, message: error.message }
        : { ok: false, code: error.code, message: error.message, position: error.position };
    }
    throw error;
  }
}

export function isValidEdtf(input: string): boolean {
  return parseEdtf(input).ok;
}

function parseValue(input: string): EdtfValue {
  if (typeof input !== 'string' || input.length === 0) throw new EdtfFailure('empty', 'The date is empty.');
  const space = input.search(/\s/u);
  if (space !== -1) throw new EdtfFailure('syntax', 'An EDTF date has no spaces.', space);
  if (input.startsWith('[') || input.startsWith('{'))
    throw new EdtfFailure('unsupported', 'Sets of dates ([...] or {...}) are not supported: use an interval such as 1985/1990.', 0);
  const slash = input.indexOf('/');
  if (slash === -1) {
    if (input === '..') throw new EdtfFailure('syntax', '".." is the open end of an interval, as in 1985/.. or ../2004.', 0);
    return input.includes('T') ? parseDateTime(input, 0) : parseDate(input, 0);
  }
  const second = input.indexOf('/', slash + 1);
  if (second !== -1) throw new EdtfFailure('syntax', 'An interval has a single "/" between its start and its end.', second);
  return parseInterval(input, slash);
}

function parseEnd(text: string, offset: number): EdtfIntervalEnd {
  if (text === '') return { type: 'unknown' };
  if (text === '..') return { type: 'open' };
  const t = text.indexOf('T');
  if (t !== -1) throw new EdtfFailure('unsupported', 'The ends of an interval are dates, without a time of day.', offset + t);
  return { type: 'date', date: parseDate(text, offset) };
}

function parseInterval(input: string, slash: number): EdtfValue {
  const start = parseEnd(input.slice(0, slash), 0);
  const end = parseEnd(input.slice(slash + 1), slash + 1);
  if (start.type !== 'date' && end.type !== 'date')
    throw new EdtfFailure('syntax', 'An interval needs at least one date, as in 1985/.. or /2004.', slash);
  const dates: EdtfDate[] = [start, end].flatMap((e) => (e.type === 'date' ? [e.date] : []));
  if (start.type === 'date' && end.type === 'date' && start.date.bounds.earliest! > end.date.bounds.latest!) {
    throw new EdtfFailure('interval-order', `The interval starts (${start.date.edtf}) after it ends (${end.date.edtf}).`, slash);
  }
  const level = Math.max(...dates.map((d) => d.level), start.type === 'date' && end.type === 'date' ? 0 : 1) as EdtfLevel;
  return {
    kind: 'interval',
    edtf: input,
    level,
    start,
    end,
    uncertain: dates.some((d) => d.uncertain),
    approximate: dates.some((d) => d.approximate),
    unspecified: dates.some((d) => d.unspecified),
    bounds: {
      earliest: start.type === 'date' ? start.date.bounds.earliest : null,
      latest: end.type === 'date' ? end.date.bounds.latest : null,
    },
  };
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidEdtf, parseEdtf, type EdtfDate, type EdtfParse, type EdtfValue } from '../../../../shared/domain/edtf';

function valid(input: string): EdtfValue {
  const parsed = parseEdtf(input);
  if (!parsed.ok) throw new Error(`${input} was refused: ${parsed.message}`);
  return parsed.value;
}

function refused(input: string): Extract<EdtfParse, { ok: false }> {
  const parsed = parseEdtf(input);
  if (parsed.ok) throw new Error(`${input} was accepted`);
  return parsed;
}

const span = (input: string) => {
  const { earliest, latest } = valid(input).bounds;
  return `${earliest}..${latest}`;
};

/** Days in a month by the JavaScript Date (an independent calendar). */
const jsDaysInMonth = (year: number, month: number) => {
  const d = new Date(Date.UTC(2000, month, 0));
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
};

describe('EDTF level 0', () => {
  it('reads year, month and day precision with the days they cover', () => {
    expect(span('2004')).toBe('2004-01-01..2004-12-31');
    expect(span('2004-06')).toBe('2004-06-01..2004-06-30');
    expect(span('2004-06-11')).toBe('2004-06-11..2004-06-11');
    expect(span('2024-02')).toBe('2024-02-01..2024-02-29');
    expect(span('2023-02')).toBe('2023-02-01..2023-02-28');
    expect(span('0000')).toBe('0000-01-01..0000-12-31');
    const date = valid('2004-06-11') as EdtfDate;
    expect(date).toMatchObject({ kind: 'date', level: 0, precision: 'day', uncertain: false, approximate: false, unspecified: false });
    expect([date.year.text, date.month?.text, date.day?.text]).toEqual(['2004', '06', '11']);
  });

  it('knows leap years as the Gregorian calendar does (2000 and 2024 are, 1900 and 2023 are not)', () => {
    expect(isValidEdtf('2024-02-29')).toBe(true);
    expect(isValidEdtf('2000-02-29')).toBe(true);
    expect(refused('1900-02-29').message).toBe('1900-02-29 does not exist: February 1900 has 28 days.');
    expect(refused('2023-02-29').message).toBe('2023-02-29 does not exist: February 2023 has 28 days.');
  });

  it('agrees with the JavaScript calendar on which days exist, for any year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const input = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const parsed = parseEdtf(input);
        expect(parsed.ok).toBe(d <= jsDaysInMonth(y, m));
        if (parsed.ok) expect(parsed.value.bounds).toEqual({ earliest: input, latest: input });
        else expect(parsed).toMatchObject({ code: 'impossible-date', position: 8 });
      }),
    );
  });

  it('reads a date with a time, in UTC, with an offset or without a zone', () => {
    expect(valid('2004-01-01T10:10:10')).toMatchObject({ kind: 'datetime', level: 0, hour: 10, minute: 10, second: 10, offset: null });
    expect(valid('2004-01-01T10:10:10Z')).toMatchObject({ offset: 'Z' });
    expect(valid('2004-01-01T10:10:10+05:00')).toMatchObject({ offset: '+05:00' });
    expect(valid('2004-01-01T23:59:59-03')).toMatchObject({ offset: '-03:00' });
    // The calendar day as written, not moved to UTC.
    expect(span('2004-01-01T23:30:00-05:00')).toBe('2004-01-01..2004-01-01');
  });

  it('reads intervals of dates of any precision', () => {
    expect(span('1964/2008')).toBe('1964-01-01..2008-12-31');
    expect(span('2004-06/2006-08')).toBe('2004-06-01..2006-08-31');
    expect(span('2004-02-01/2005-02-08')).toBe('2004-02-01..2005-02-08');
    expect(span('2004-02-01/2005-02')).toBe('2004-02-01..2005-02-28');
    expect(span('2005/2006-02')).toBe('2005-01-01..2006-02-28');
    expect(valid('1964/2008')).toMatchObject({ kind: 'interval', level: 0, start: { type: 'date' }, end: { type: 'date' } });
  });
});

describe('EDTF level 1', () => {
  it('qualifies a whole date as uncertain (?), approximate (~) or both (%)', () => {
    expect(valid('1984?')).toMatchObject({ level: 1, uncertain: true, approximate: false });
    expect(valid('2004-06~')).toMatchObject({ level: 1, uncertain: false, approximate: true });
    const both = valid('2004-06-11%') as EdtfDate;
    expect(both).toMatchObject({ level: 1, uncertain: true, approximate: true });
    for (const c of [both.year, both.month!, both.day!]) expect(c).toMatchObject({ uncertain: true, approximate: true });
    // Qualifiers do not move the bounds.
    expect(span('2004-06~')).toBe('2004-06-01..2004-06-30');
  });

  it('covers every day an unspecified digit may stand for', () => {
    expect(span('201X')).toBe('2010-01-01..2019-12-31');
    expect(span('20XX')).toBe('2000-01-01..2099-12-31');
    expect(span('2004-XX')).toBe('2004-01-01..2004-12-31');
    expect(span('1985-04-XX')).toBe('1985-04-01..1985-04-30');
    expect(span('1985-XX-XX')).toBe('1985-01-01..1985-12-31');
    expect(span('2024-02-XX')).toBe('2024-02-01..2024-02-29');
    expect(span('2023-02-XX')).toBe('2023-02-01..2023-02-28');
    expect(span('1900-02-XX')).toBe('1900-02-01..1900-02-28');
    expect(valid('201X')).toMatchObject({ level: 1, unspecified: true });
  });

  it('reads seasons 21–24 as northern meteorological seasons, winter running into the next year', () => {
    expect(span('2001-21')).toBe('2001-03-01..2001-05-31');
    expect(span('2001-22')).toBe('2001-06-01..2001-08-31');
    expect(span('2001-23')).toBe('2001-09-01..2001-11-30');
    expect(span('2001-24')).toBe('2001-12-01..2002-02-28');
    expect(span('2003-24')).toBe('2003-12-01..2004-02-29');
    expect(valid('2001-21')).toMatchObject({ level: 1, precision: 'season', season: 21 });
    expect(span('9999-24')).toBe('9999-12-01..9999-12-31');
  });

  it('reads open (..) and unknown (empty) interval ends as null bounds', () => {
    const cases: [string, string, string, string][] = [
      ['1985-04-12/..', '1985-04-12..null', 'date', 'open'],
      ['1985-04/..', '1985-04-01..null', 'date', 'open'],
      ['1985/..', '1985-01-01..null', 'date', 'open'],
      ['../1985-04-12', 'null..1985-04-12', 'open', 'date'],
      ['../1985-04', 'null..1985-04-30', 'open', 'date'],
      ['../1985', 'null..1985-12-31', 'open', 'date'],
      ['1985-04-12/', '1985-04-12..null', 'date', 'unknown'],
      ['1985-04/', '1985-04-01..null', 'date', 'unknown'],
      ['1985/', '1985-01-01..null', 'date', 'unknown'],
      ['/1985-04-12', 'null..1985-04-12', 'unknown', 'date'],
      ['/1985-04', 'null..1985-04-30', 'unknown', 'date'],
      ['/1985', 'null..1985-12-31', 'unknown', 'date'],
    ];
    for (const [input, bounds, start, end] of cases) {
      expect(span(input), input).toBe(bounds);
      expect(valid(input), input).toMatchObject({ kind: 'interval', level: 1, start: { type: start }, end: { type: end } });
    }
  });

  it('reads qualified interval ends', () => {
    expect(valid('1984~/2004-06')).toMatchObject({ approximate: true, uncertain: false, start: { date: { approximate: true } } });
    expect(valid('1984/2004-06~')).toMatchObject({ approximate: true, end: { date: { approximate: true } } });
    expect(valid('1984?/2004%')).toMatchObject({ uncertain: true, approximate: true });
    expect(span('1984-06-02?/2004-08-08~')).toBe('1984-06-02..2004-08-08');
    expect(span('1984-06-02?/..')).toBe('1984-06-02..null');
  });
});

describe('EDTF level 2 features', () => {
  it('qualifies single components: right of a component covers it and those before it, left covers it alone', () => {
    const flags = (input: string) =>
      (['year', 'month', 'day'] as const).map((k) => {
        const c = (valid(input) as EdtfDate)[k];
        if (c === null) return 'none';
        return `${c.uncertain ? '?' : ''}${c.approximate ? '~' : ''}` || '-';
      });
    expect(flags('2004-?06-~11')).toEqual(['-', '?', '~']);
    expect(flags('?2004-06-~11')).toEqual(['?', '-', '~']);
    expect(flags('2004?-06-11')).toEqual(['?', '-', '-']);
    expect(flags('2004-06~-11')).toEqual(['~', '~', '-']);
    expect(flags('2004-%06-11')).toEqual(['-', '?~', '-']);
    expect(flags('?2004-06~')).toEqual(['?~', '~', 'none']);
    expect(valid('2004-?06-~11')).toMatchObject({ level: 2, uncertain: true, approximate: true });
    expect(span('2004-?06-~11')).toBe('2004-06-11..2004-06-11');
  });

  it('covers unspecified digits anywhere', () => {
    expect(span('156X-12-25')).toBe('1560-12-25..1569-12-25');
    expect(span('15XX-12-25')).toBe('1500-12-25..1599-12-25');
    expect(span('XXXX-12-XX')).toBe('0000-12-01..9999-12-31');
    expect(span('1XXX-12')).toBe('1000-12-01..1999-12-31');
    expect(span('1984-1X')).toBe('1984-10-01..1984-12-31');
    expect(span('2004-06-3X')).toBe('2004-06-30..2004-06-30');
    expect(span('2004-XX-31')).toBe('2004-01-31..2004-12-31');
    // Only leap years have a 29 February: the first is year 0, the last 9996.
    expect(span('XXXX-02-29')).toBe('0000-02-29..9996-02-29');
    expect(valid('1984-1X').level).toBe(2);
    expect(valid('156X-12-25').level).toBe(2);
  });

  it('matches a brute-force search of the calendar for random unspecified patterns', () => {
    const days: string[] = [];
    for (let t = Date.UTC(2000, 0, 1); t <= Date.UTC(2099, 11, 31); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
    const pattern = fc
      .tuple(fc.integer({ min: 0, max: days.length - 1 }), fc.integer({ min: 1, max: 3 }), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }))
      .map(([index, parts, xs]) => {
        // X may replace the last two digits of the year, and any digit of month and day.
        const digits = days[index]!.replace(/-/g, '').split('');
        const at = [2, 3, 4, 5, 6, 7];
        at.forEach((p, i) => (digits[p] = xs[i] ? 'X' : digits[p]!));
        const text = `${digits.slice(0, 4).join('')}-${digits.slice(4, 6).join('')}-${digits.slice(6).join('')}`;
        return text.slice(0, [4, 7, 10][parts - 1]);
      });
    fc.assert(
      fc.property(pattern, (edtf) => {
        const matches = days.filter((day) => [...edtf].every((c, i) => c === 'X' || c === day[i]));
        const parsed = parseEdtf(edtf);
        if (matches.length === 0) {
          // Patterns like 20XX-2X match no month at all.
          expect(parsed.ok, edtf).toBe(false);
          return;
        }
        expect(parsed.ok, edtf).toBe(true);
        if (parsed.ok) expect(parsed.value.bounds).toEqual({ earliest: matches[0], latest: matches.at(-1) });
      }),
      { numRuns: 150 },
    );
  });

  it('reads seasons and sub-year groupings 25–41', () => {
    expect(span('2019-28')).toBe('2019-12-01..2020-02-29');
    expect(span('2001-25')).toBe('2001-03-01..2001-05-31');
    expect(span('2001-29')).toBe('2001-09-01..2001-11-30');
    expect(span('2001-30')).toBe('2001-12-01..2002-02-28');
    expect(span('2001-32')).toBe('2001-06-01..2001-08-31');
    expect(span('2001-33')).toBe('2001-01-01..2001-03-31');
    expect(span('2001-34')).toBe('2001-04-01..2001-06-30');
    expect(span('2001-36')).toBe('2001-10-01..2001-12-31');
    expect(span('2001-38')).toBe('2001-05-01..2001-08-31');
    expect(span('2001-41')).toBe('2001-07-01..2001-12-31');
    expect(valid('2001-34').level).toBe(2);
  });

  it('reads intervals with qualified components and unspecified digits', () => {
    expect(span('2004-06-~01/2004-06-~20')).toBe('2004-06-01..2004-06-20');
    expect(span('2004-06-XX/2004-07-03')).toBe('2004-06-01..2004-07-03');
    expect(valid('2004-06-~01/2004-06-~20').level).toBe(2);
  });
});

describe('EDTF refusals', () => {
  it('names the impossible part of a date and where it is', () => {
    expect(refused('2023-02-30')).toEqual({
      ok: false,
      code: 'impossible-date',
      message: '2023-02-30 does not exist: February 2023 has 28 days.',
      position: 8,
    });
    expect(refused('2004-04-31').message).toBe('2004-04-31 does not exist: April 2004 has 30 days.');
    expect(refused('2004-13')).toMatchObject({ code: 'impossible-date', position: 5, message: expect.stringMatching(/^Month 13 does not exist/) });
    expect(refused('2004-00').message).toMatch(/^Month 00 does not exist: months run 01 to 12/);
    expect(refused('2004-06-00')).toMatchObject({ position: 8, message: 'Day 00 does not exist: days run 01 to 31.' });
    expect(refused('2004-06-32').message).toBe('Day 32 does not exist: days run 01 to 31.');
    expect(refused('2004-2X').message).toMatch(/^No month matches 2X/);
    expect(refused('2004-02-3X').message).toBe('No calendar date matches 2004-02-3X.');
    expect(refused('2001-42').message).toMatch(/^Month 42 does not exist/);
    expect(refused('2004-01-01T24:00:00').message).toBe('Hour 24 does not exist: hours run 00 to 23.');
    expect(refused('2004-01-01T10:60:00').message).toBe('Minute 60 does not exist: minutes run 00 to 59.');
    expect(refused('2004-01-01T10:10:60').message).toBe('Second 60 does not exist: seconds run 00 to 59.');
    expect(refused('2004-01-01T10:10:10+15:00').code).toBe('impossible-date');
    expect(refused('2023-02-29T10:10:10').message).toMatch(/February 2023 has 28 days/);
  });

  it('refuses an interval that ends before it starts, but not one whose ends overlap', () => {
    expect(refused('2005/2004')).toEqual({
      ok: false,
      code: 'interval-order',
      message: 'The interval starts (2005) after it ends (2004).',
      position: 4,
    });
    expect(refused('2004-06/2004-03').code).toBe('interval-order');
    expect(refused('2004-06-12/2004-06-11').code).toBe('interval-order');
    expect(isValidEdtf('2004-06/2004')).toBe(true);
    expect(isValidEdtf('2004/2004')).toBe(true);
    expect(isValidEdtf('2004-06-11/2004-06-11')).toBe(true);
    expect(isValidEdtf('201X/2012')).toBe(true);
  });

  it('explains malformed input', () => {
    const cases: [string, string, RegExp, number | undefined][] = [
      ['', 'empty', /empty/, undefined],
      ['2004 ', 'syntax', /no spaces/, 4],
      [' 2004', 'syntax', /no spaces/, 0],
      ['198', 'syntax', /A year has four digits.*found 3/, 0],
      ['2004-6', 'syntax', /A month has two digits/, 5],
      ['2004-06-1', 'syntax', /A day has two digits/, 8],
      ['20040611', 'syntax', /with hyphens/, 0],
      ['201x', 'syntax', /upper-case X/, 3],
      ['199u', 'syntax', /upper-case X/, 3],
      ['2004??', 'syntax', /write %/, 5],
      ['20?04', 'syntax', /qualifier goes just before or just after/, 2],
      ['2004?~', 'syntax', /write %/, 5],
      ['2004-', 'syntax', /ends with a hyphen/, 4],
      ['2004-06-11-01', 'syntax', /Unexpected character "-"/, 10],
      ['2004/2005/2006', 'syntax', /single "\/"/, 9],
      ['/', 'syntax', /at least one date/, 0],
      ['../..', 'syntax', /at least one date/, 2],
      ['/..', 'syntax', /at least one date/, 0],
      ['..', 'syntax', /open end of an interval/, 0],
      ['2004-21-03', 'syntax', /season \(21\) has no day/, 8],
      ['2004-06-11T10:10:10?', 'syntax', /cannot carry/, 19],
      ['2004-06-11T10:10', 'syntax', /THH:MM:SS/, 10],
      ['2004-06T10:10:10', 'syntax', /THH:MM:SS/, 7],
      ['2004-06-11t10:10:10', 'syntax', /Unexpected character "t"/, 10],
      ['-1985', 'unsupported', /Negative years/, 0],
      ['Y170000002', 'unsupported', /past 9999/, 0],
      ['19850', 'syntax', /four digits.*past 9999/, 0],
      ['1950S2', 'unsupported', /significant digits/, 4],
      ['Y-17E7', 'unsupported', /past 9999/, 0],
      ['[1667,1668]', 'unsupported', /Sets of dates/, 0],
      ['{1960,1961-12}', 'unsupported', /Sets of dates/, 0],
      ['201X-21', 'unsupported', /season/, 0],
      ['2004-06-11T10:10:10.5', 'unsupported', /Fractions of a second/, 19],
      ['2004-01-01T10:10:10/2005', 'unsupported', /without a time of day/, 10],
      ['2004/2005-01-01T10:10:10', 'unsupported', /without a time of day/, 15],
      ['2004-06-11/2004-13', 'impossible-date', /Month 13/, 16],
    ];
    for (const [input, code, message, position] of cases) {
      const failure = refused(input);
      expect(failure.code, input).toBe(code);
      expect(failure.message, input).toMatch(message);
      expect(failure.position, input).toBe(position);
    }
  });

  it('never throws, and gives ordered four-digit bounds for whatever it accepts', () => {
    const edtfChars = fc.constantFrom(...'0123456789X-/.?~%TZ:+Y'.split(''));
    const input = fc.oneof(fc.string(), fc.array(edtfChars, { maxLength: 25 }).map((cs) => cs.join('')));
    fc.assert(
      fc.property(input, (text) => {
        const parsed = parseEdtf(text);
        expect(isValidEdtf(text)).toBe(parsed.ok);
        if (!parsed.ok) {
          expect(parsed.message.length).toBeGreaterThan(0);
          if (parsed.position !== undefined) expect(parsed.position).toBeLessThanOrEqual(text.length);
          return;
        }
        const { earliest, latest } = parsed.value.bounds;
        for (const d of [earliest, latest]) if (d !== null) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (earliest !== null && latest !== null) expect(earliest <= latest).toBe(true);
        expect(parsed.value.edtf).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});

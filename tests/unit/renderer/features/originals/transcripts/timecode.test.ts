import { describe, expect, it } from 'vitest';
import { formatTimecode, needsHours, parseTimecode, roundTimecode, timecodeSeconds } from '../../../../../../renderer/src/features/originals/transcripts/timecode';

describe('paragraph start times', () => {
  it('reads times as transcribers write them: seconds, m:ss, h:mm:ss, with tenths', () => {
    expect(parseTimecode('75')).toEqual({ ok: true, seconds: 75 });
    expect(parseTimecode('1:15')).toEqual({ ok: true, seconds: 75 });
    expect(parseTimecode('0:01:15')).toEqual({ ok: true, seconds: 75 });
    expect(parseTimecode('1:02:03')).toEqual({ ok: true, seconds: 3723 });
    expect(parseTimecode('1:02:03.5')).toEqual({ ok: true, seconds: 3723.5 });
    expect(parseTimecode(' 0:05 ')).toEqual({ ok: true, seconds: 5 });
  });

  it('accepts Arabic-Indic and Persian digits and the Arabic decimal separator, as typed on an Arabic keyboard', () => {
    expect(parseTimecode('١:١٥')).toEqual({ ok: true, seconds: 75 });
    expect(parseTimecode('٠:٠١:٠٥٫٣')).toEqual({ ok: true, seconds: 65.3 });
    expect(parseTimecode('۱:۰۵')).toEqual({ ok: true, seconds: 65 });
  });

  it('accepts the bracketed stamps other transcription tools paste', () => {
    expect(parseTimecode('[00:01:05]')).toEqual({ ok: true, seconds: 65 });
    expect(parseTimecode('(1:05)')).toEqual({ ok: true, seconds: 65 });
  });

  it('keeps tenths, never rounding a start later than it was given', () => {
    expect(parseTimecode('0:05.29')).toEqual({ ok: true, seconds: 5.2 });
    expect(roundTimecode(12.99)).toBe(12.9);
    expect(roundTimecode(0.3)).toBe(0.3);
    expect(roundTimecode(-1)).toBe(0);
  });

  it('treats an empty field as "no time" and refuses what is not a time', () => {
    expect(parseTimecode('')).toEqual({ ok: true, seconds: null });
    expect(parseTimecode('   ')).toEqual({ ok: true, seconds: null });
    for (const bad of ['1:75', '1:60:00', 'abc', '1::2', '1:2:3:4', '-5', '5s', '[1:05']) {
      expect(parseTimecode(bad), bad).toEqual({ ok: false });
    }
    expect(timecodeSeconds('nope')).toBeNull();
    expect(timecodeSeconds('1:05')).toBe(65);
  });

  it('writes times with Latin digits, hours when asked or needed, tenths when asked', () => {
    expect(formatTimecode(5)).toBe('0:05');
    expect(formatTimecode(65)).toBe('1:05');
    expect(formatTimecode(3723)).toBe('1:02:03');
    expect(formatTimecode(65, { hours: true })).toBe('0:01:05');
    expect(formatTimecode(65.3)).toBe('1:05');
    expect(formatTimecode(65.3, { tenths: true })).toBe('1:05.3');
    expect(formatTimecode(65, { tenths: true })).toBe('1:05');
    expect(formatTimecode(59.99, { tenths: true })).toBe('0:59.9');
  });

  it('reads back every time it writes', () => {
    for (const seconds of [0, 0.1, 9.9, 59.9, 60, 3599.9, 3600, 7322.4]) {
      for (const options of [{ tenths: true }, { tenths: true, hours: true }]) {
        expect(parseTimecode(formatTimecode(seconds, options))).toEqual({ ok: true, seconds });
      }
    }
  });

  it('shows hours on every time of a recording of an hour or more', () => {
    expect(needsHours(3599)).toBe(false);
    expect(needsHours(3600)).toBe(true);
  });
});

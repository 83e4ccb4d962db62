import { describe, expect, it } from 'vitest';
import { formatOffset, parseOffset } from '../../../../../../renderer/src/features/record/logic/time-offsets';

describe('positions in a recording', () => {
  it('reads seconds, minutes:seconds and hours:minutes:seconds, in either digits', () => {
    expect(parseOffset('75')).toEqual({ ok: true, seconds: 75 });
    expect(parseOffset('1:15')).toEqual({ ok: true, seconds: 75 });
    expect(parseOffset('01:02:03')).toEqual({ ok: true, seconds: 3723 });
    expect(parseOffset('١:١٥')).toEqual({ ok: true, seconds: 75 });
    expect(parseOffset('2:03.5')).toEqual({ ok: true, seconds: 123.5 });
    expect(parseOffset(' ')).toEqual({ ok: true, seconds: null });
  });

  it('refuses typos rather than guessing what was meant', () => {
    for (const bad of ['1:75', '1:60:00', '1:2:3:4', 'abc', '-5', '1::2', ':30', '1:']) expect(parseOffset(bad), bad).toEqual({ ok: false });
  });

  it('shows seconds as a player clock, and reads its own output back', () => {
    expect(formatOffset(null)).toBe('');
    expect(formatOffset(5)).toBe('0:05');
    expect(formatOffset(75)).toBe('1:15');
    expect(formatOffset(3723)).toBe('1:02:03');
    expect(formatOffset(123.5)).toBe('2:03.5');
    for (const seconds of [0, 59, 60, 3599, 3600, 86399, 12.25]) expect(parseOffset(formatOffset(seconds))).toEqual({ ok: true, seconds });
  });
});

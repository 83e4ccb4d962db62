import { describe, expect, it } from 'vitest';
import { numberText, parseDecimal, toLatinDigits } from '../../../../../../renderer/src/features/record/logic/numbers';

describe('numbers typed on an Arabic or a Latin keyboard', () => {
  it('reads Arabic-Indic and Persian digits, the Arabic decimal separator and other minus signs', () => {
    expect(toLatinDigits('٣٦٫٢٠٢١')).toBe('36.2021');
    expect(toLatinDigits('۱۲۳')).toBe('123');
    expect(toLatinDigits('\u221237.5')).toBe('-37.5');
    expect(parseDecimal('٣٦٫٢')).toEqual({ ok: true, value: 36.2 });
    expect(parseDecimal(' -12.5 ')).toEqual({ ok: true, value: -12.5 });
  });

  it('takes an empty box as "not given", and refuses what is not a plain number', () => {
    expect(parseDecimal('')).toEqual({ ok: true, value: null });
    expect(parseDecimal('   ')).toEqual({ ok: true, value: null });
    for (const bad of ['1e5', '12,5', '36.2N', '--1', 'Infinity', '0x10', '.']) expect(parseDecimal(bad), bad).toEqual({ ok: false });
  });

  it('asks for a whole number where one is needed', () => {
    expect(parseDecimal('90', { integer: true })).toEqual({ ok: true, value: 90 });
    expect(parseDecimal('٩٠', { integer: true })).toEqual({ ok: true, value: 90 });
    expect(parseDecimal('90.5', { integer: true })).toEqual({ ok: false });
  });

  it('shows a stored number back as it would be typed', () => {
    expect(numberText(null)).toBe('');
    expect(numberText(36.2021)).toBe('36.2021');
    expect(parseDecimal(numberText(-0.5))).toEqual({ ok: true, value: -0.5 });
  });
});

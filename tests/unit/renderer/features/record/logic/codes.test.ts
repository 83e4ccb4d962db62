import { describe, expect, it } from 'vitest';
import {
  countryName,
  countryOptions,
  languageName,
  languageOptions,
  resolveCode,
  scriptName,
} from '../../../../../../renderer/src/features/record/logic/codes';

describe('ISO 639 languages and ISO 3166 countries in the UI language', () => {
  it('names the Kurdish varieties apart (ICU calls kmr plain "Kurdish")', () => {
    expect(languageName('kmr', 'en')).toBe('Northern Kurdish (Kurmanji)');
    expect(languageName('ckb', 'ar')).toBe('الكردية الوسطى (السورانية)');
    expect(languageName('ar', 'ar')).toBe('العربية');
    expect(languageName('de', 'en')).toBe('German');
    // A code nobody names is shown as itself.
    expect(languageName('qaa', 'en')).toBe('qaa');
  });

  it('resolves what was typed: a code, or a name in either language without hamza or case', () => {
    const en = languageOptions('en');
    const ar = languageOptions('ar');
    expect(resolveCode('ckb', en, 'language')).toBe('ckb');
    expect(resolveCode('KMR', en, 'language')).toBe('kmr');
    // Any well-formed ISO 639-2/3 code is accepted, named or not.
    expect(resolveCode('aii', en, 'language')).toBe('aii');
    expect(resolveCode('german', en, 'language')).toBe('de');
    expect(resolveCode('الانجليزية', ar, 'language')).toBe('en');
    expect(resolveCode('العربية', en, 'language', ar)).toBe('ar');
    expect(resolveCode('Klingonish', en, 'language')).toBeNull();
    expect(resolveCode('a1', en, 'language')).toBeNull();
  });

  it('lists countries only (no "European Union" or "Unknown Region") and refuses a code that names none', () => {
    const countries = countryOptions('en');
    const codes = countries.map((c) => c.code);
    expect(codes).toContain('SY');
    expect(codes).toContain('IQ');
    expect(codes).not.toContain('EU');
    expect(codes).not.toContain('ZZ');
    expect(resolveCode('sy', countries, 'country')).toBe('SY');
    expect(resolveCode('QQ', countries, 'country')).toBeNull();
    expect(resolveCode('سوريا', countryOptions('ar'), 'country')).toBe('SY');
    expect(countryName('SY', 'en')).toBe('Syria');
  });

  it('names scripts for the spellings of a name', () => {
    expect(scriptName('Arab', 'en')).toBe('Arabic');
    expect(scriptName('Latn', 'ar')).toBe('اللاتينية');
  });
});

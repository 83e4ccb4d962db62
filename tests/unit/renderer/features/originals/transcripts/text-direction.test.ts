import { describe, expect, it } from 'vitest';
import { languageDirection, paragraphDirection, textDirection } from '../../../../../../renderer/src/features/originals/transcripts/text-direction';

describe('the direction of a paragraph', () => {
  it('is right to left for Arabic, Kurdish (Sorani), Persian, Hebrew and Syriac text, left to right for Latin text', () => {
    expect(textDirection('اعتقلوني عند الحاجز')).toBe('rtl');
    expect(textDirection('ئەوان منیان گرت')).toBe('rtl');
    expect(textDirection('ܫܠܡܐ')).toBe('rtl');
    expect(textDirection('שלום')).toBe('rtl');
    expect(textDirection('They arrested me at the checkpoint.')).toBe('ltr');
    expect(textDirection('Ez li Helebê hatim girtin.')).toBe('ltr');
  });

  it('follows most of the letters, so an Arabic paragraph opening with a Latin name stays right to left', () => {
    expect(textDirection('Ahmad قال إنهم اعتقلوه عند الحاجز في حلب')).toBe('rtl');
    expect(textDirection('In Aleppo, he said «حلب».')).toBe('ltr');
  });

  it('takes the first strong letter on a tie, and has none for digits and punctuation', () => {
    expect(textDirection('ab جد')).toBe('ltr');
    expect(textDirection('جد ab')).toBe('rtl');
    expect(textDirection('12:30 — ?!')).toBeNull();
    expect(textDirection('')).toBeNull();
  });

  it('falls back on the transcript language for an empty paragraph', () => {
    expect(paragraphDirection('', 'ar')).toBe('rtl');
    expect(paragraphDirection('   ', 'ckb')).toBe('rtl');
    expect(paragraphDirection('', 'kmr')).toBe('ltr');
    expect(paragraphDirection('', 'en')).toBe('ltr');
    expect(paragraphDirection('English text', 'ar')).toBe('ltr');
    expect(languageDirection('fa')).toBe('rtl');
    expect(languageDirection('AR')).toBe('rtl');
  });
});

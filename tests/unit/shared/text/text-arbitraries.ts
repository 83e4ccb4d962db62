import fc from 'fast-check';

/**
 * Random text the way testimonies mix it: Arabic letters with tashkeel, hamza forms, tatweel
 * and presentation forms, Kurdish letters, Latin with composed and combining accents, Arabic
 * and Eastern digits, punctuation, invisible format characters and apostrophes.
 */
const ARABIC = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآٱؤئء'];
const TASHKEEL = ['\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u0670', '\u0654', '\u06E1'];
const KURDISH = [...'ڕڵۆێکیەھڤپچژگ'];
const LATIN = [...'abcdeijnoszAEIOZéèçñüÇİıÉ'];
const COMBINING = ['\u0301', '\u0308', '\u0327'];
const DIGITS = [...'0129٠١٢٣۴۵'];
const SEPARATORS = [' ', ' ', ' ', '،', '.', '-', '\n', '«', '»', '؟'];
const OTHER = ['ـ', '\u200C', '\u200F', "'", 'ﻣ', 'ﺤ', 'ﺪ', 'ﺃ'];
/** Characters that become more than one letter: the map then points both to one character. */
const EXPANDING = ['ﻻ', 'ﷲ', 'ß', '½', 'æ'];

export function mixedText(withExpanding: boolean): fc.Arbitrary<string> {
  const pool = [...ARABIC, ...ARABIC, ...TASHKEEL, ...KURDISH, ...LATIN, ...COMBINING, ...DIGITS, ...SEPARATORS, ...OTHER];
  if (withExpanding) pool.push(...EXPANDING);
  return fc.array(fc.constantFrom(...pool), { maxLength: 40 }).map((chars) => chars.join(''));
}

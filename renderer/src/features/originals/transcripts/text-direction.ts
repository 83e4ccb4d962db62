/**
 * The direction of a paragraph: Arabic right to left, English left to right, whatever the UI
 * language. Decided by the letters of the text (most of its first strong letters), so an
 * Arabic paragraph that opens with a Latin name still reads right to left; an empty paragraph
 * takes its transcript's language.
 */
export type TextDirection = 'rtl' | 'ltr';

const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Samaritan}\p{Script=Mandaic}]/u;
const LETTER = /\p{L}/u;

/** How many strong letters decide: enough for a sentence, bounded for a 50,000-character paragraph. */
const SAMPLE_LETTERS = 60;

/** The direction most of the text's first letters have, or null where it has none (digits, punctuation). */
export function textDirection(text: string): TextDirection | null {
  let rtl = 0;
  let ltr = 0;
  let first: TextDirection | null = null;
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    const dir: TextDirection = RTL_SCRIPT.test(ch) ? 'rtl' : 'ltr';
    first ??= dir;
    if (dir === 'rtl') rtl++;
    else ltr++;
    if (rtl + ltr >= SAMPLE_LETTERS) break;
  }
  if (rtl === ltr) return first;
  return rtl > ltr ? 'rtl' : 'ltr';
}

/** ISO 639 codes of languages written right to left (those of the region first). */
const RTL_LANGUAGES = new Set(['ar', 'apc', 'acm', 'arz', 'ajp', 'afb', 'ary', 'ayl', 'ckb', 'sdh', 'lki', 'fa', 'prs', 'ps', 'ur', 'sd', 'ug', 'dv', 'he', 'yi', 'syr', 'aii', 'cld', 'tru', 'bal', 'glk', 'mzn', 'ks']);

export function languageDirection(language: string): TextDirection {
  return RTL_LANGUAGES.has(language.toLowerCase()) ? 'rtl' : 'ltr';
}

export function paragraphDirection(text: string, language: string): TextDirection {
  return textDirection(text) ?? languageDirection(language);
}

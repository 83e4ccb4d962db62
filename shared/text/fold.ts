/**
 * Character folding for search: what one written character (with its combining marks) becomes
 * in the search form. Testimonies and names are typed by many hands on many keyboards (Arabic,
 * Persian and Kurdish layouts, phones that insert hamza or not), so the search form keeps only
 * what tells words apart for a reader and drops what only varies with the typist.
 *
 * The steps, in order, for one character and its marks:
 * 1. Dropped outright: tatweel U+0640 (pure stretching), the Quranic annotation signs
 *    U+06D6–U+06ED (pause and recitation marks, never part of a name), invisible format
 *    characters (ZWNJ, ZWJ, bidi marks, soft hyphen, BOM: they change rendering, not the word),
 *    apostrophes and transliteration signs (' ’ ‘ ` ´ ʼ ʻ ʽ ʾ ʿ): O'Brien, Ma'mun and ʿAbd are
 *    typed with and without them, so "obrien" and "abd" must find them.
 * 2. NFKC: presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF: ﻣﺤﻤﺪ from old PDFs and
 *    converters, the ﷲ ligature), full-width Latin and digits, ligatures (ﬁ) become plain letters.
 * 3. Lower case, locale-independent: I -> i (not Turkish dotless ı), and İ -> i̇ whose dot goes
 *    in step 4, so ÇELİK finds celik; the dotless ı is folded to i below for the same reason.
 * 4. NFKD, then every combining mark is dropped: Latin accents (José -> jose) and Arabic
 *    tashkeel (fatha, damma, kasra, tanween, shadda, sukun, superscript alef U+0670, U+064B–
 *    U+065F and the rest): a name is written with or without vowels. NFKD also splits the hamza
 *    and madda off their carriers, so أ إ آ -> ا, ؤ -> و, ئ -> ي, ۀ -> ە; people type these
 *    letters without hamza as often as with it.
 * 5. Letter folds (LETTER_FOLDS): alef wasla ٱ -> ا; ta marbuta ة -> ه (typed as ha in the
 *    Levant and Iraq, and often missing its dots in handwriting); alef maqsura ى -> ي (Egyptian
 *    and Iraqi spelling, and keyboards, swap them); standalone hamza ء and high hamza ٴ dropped
 *    (سماء / سما, typed both ways); and letters of Persian and Kurdish keyboards that are the
 *    same letter for a reader of Arabic: keheh ک -> ك, Farsi yeh ی and Pashto ې -> ي, heh
 *    doachashmee ھ, heh goal ہ and Kurdish ae ە -> ه (Sorani writes ە and ھ where an Arabic
 *    keyboard types ه; folding ە with ه conflates the Sorani vowel e with h, a loss we accept
 *    so that a Kurdish name typed on an Arabic keyboard is found). Kurdish letters that are
 *    sounds of their own stay distinct: ڕ ڵ ۆ ێ ڤ and پ چ ژ گ (folding گ to ك or ڤ to ف would
 *    merge different names). Latin letters without a decomposition: ß -> ss, æ -> ae,
 *    œ -> oe, ø -> o, đ ð -> d, ł -> l, ħ -> h, þ -> th, ı -> i; Greek final ς -> σ.
 * 6. Arabic-Indic ٠–٩ and Eastern Arabic-Indic ۰–۹ digits -> 0–9 (NFKC leaves them alone).
 * 7. Punctuation (Arabic ، ؛ ؟ included), symbols, spaces and control characters become a
 *    separator (a space); normalize.ts collapses runs of them.
 */

const SEPARATOR = /[\p{P}\p{S}\p{Z}\p{Cc}]/u;
const MARK = /\p{M}/u;
const FORMAT = /\p{Cf}/u;

const DROPPED_BEFORE = new Set([0x0027, 0x2019, 0x2018, 0x0060, 0x00b4, 0x02bc, 0x02bb, 0x02bd, 0x02be, 0x02bf, 0x0640]);

const LETTER_FOLDS: ReadonlyMap<string, string> = new Map([
  ['\u0671', 'ا'], // ٱ alef wasla
  ['\u0672', 'ا'], // ٲ alef with wavy hamza above
  ['\u0673', 'ا'], // ٳ alef with wavy hamza below
  ['\u0629', 'ه'], // ة ta marbuta
  ['\u06c3', 'ه'], // ۃ ta marbuta goal
  ['\u0649', 'ي'], // ى alef maqsura
  ['\u06cc', 'ي'], // ی Farsi yeh (also Kurdish Sorani)
  ['\u06d0', 'ي'], // ې Pashto/Uyghur yeh
  ['\u06a9', 'ك'], // ک keheh (Persian and Kurdish kaf)
  ['\u06be', 'ه'], // ھ heh doachashmee (Sorani h, Urdu)
  ['\u06c1', 'ه'], // ہ heh goal (Urdu)
  ['\u06d5', 'ه'], // ە ae (Kurdish and Uyghur vowel)
  ['\u0621', ''], // ء hamza on the line
  ['\u0674', ''], // ٴ high hamza
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ø', 'o'],
  ['đ', 'd'],
  ['ð', 'd'],
  ['ł', 'l'],
  ['ħ', 'h'],
  ['þ', 'th'],
  ['ı', 'i'],
  ['ς', 'σ'],
]);

function foldCodePoint(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x0660 && cp <= 0x0669) return String(cp - 0x0660);
  if (cp >= 0x06f0 && cp <= 0x06f9) return String(cp - 0x06f0);
  if (cp >= 0x06d6 && cp <= 0x06ed) return '';
  if (DROPPED_BEFORE.has(cp) || MARK.test(ch) || FORMAT.test(ch)) return '';
  const folded = LETTER_FOLDS.get(ch);
  if (folded !== undefined) return folded;
  return SEPARATOR.test(ch) ? ' ' : ch;
}

function foldSlow(chunk: string): string {
  const base = chunk.codePointAt(0)!;
  // Step 1 before NFKC: NFKC would turn ´ into a space and a mark.
  if (DROPPED_BEFORE.has(base) || (base >= 0x06d6 && base <= 0x06ed) || FORMAT.test(String.fromCodePoint(base))) return '';
  // Spacing accents (´ ¨ ˜) and isolated Arabic harakat (U+FE70–U+FE7F) are a space plus a
  // mark under NFKC: they are vowel signs, not separators.
  if (/^ \p{M}+$/u.test(String.fromCodePoint(base).normalize('NFKC'))) return '';
  let out = '';
  for (const ch of chunk.normalize('NFKC').toLowerCase().normalize('NFKD')) out += foldCodePoint(ch);
  return out.normalize('NFC');
}

/** Most text is a few hundred distinct characters: remember their folds (bounded). */
const cache = new Map<string, string>();
const CACHE_LIMIT = 4096;

/**
 * The search form of one character and the combining marks that follow it: a string of
 * letters and digits, possibly empty (dropped), and spaces where it separates words.
 */
export function foldChunk(chunk: string): string {
  if (chunk.length === 1) {
    const c = chunk.charCodeAt(0);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return chunk;
    if (c >= 0x41 && c <= 0x5a) return String.fromCharCode(c + 32);
  }
  let folded = cache.get(chunk);
  if (folded === undefined) {
    folded = foldSlow(chunk);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(chunk, folded);
  }
  return folded;
}

/** A combining mark: it belongs to the character before it. */
export function isCombiningMark(ch: string): boolean {
  return MARK.test(ch);
}

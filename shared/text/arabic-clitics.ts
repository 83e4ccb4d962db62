/**
 * Arabic writes some small words attached to the next one: the conjunctions و (and) and ف (so),
 * the prepositions ب (in, by), ك (like), ل (for, to), and the definite article ال. A search for
 * مدينة must find بالمدينة ("in the city") and والمدينة; a redaction of حلبي must catch
 * بالحلبي. So each word of the text also stands in the index as the forms with those prefixes
 * removed. Works on NORMALISED words (normalize.ts): alef forms are already ا, ة is ه.
 *
 * Prefix grammar (Arabic orthography): [و|ف] then [ب|ك|ل] then [ال], each optional, where
 * ل + ال is written لل (للمدينة, the article's alef dropped). Removing a prefix must leave:
 * - at least 2 letters when the article goes with it (المدينه -> مدينه; الله gives له too:
 *   a variant is an extra way to be found, never a replacement, so a rare false hit is the
 *   price);
 * - at least 3 letters when a lone particle goes (a 2-letter remainder after one letter, as in
 *   ولد, بلد, كتب, is nearly always a root letter, not a particle), or a number
 *   (و2014 -> 2014, "and 2014").
 * Names that begin with these letters (وليد, باسل, لينا, فادي, كمال) keep their own form as the
 * first variant; the cut forms (ليد, اسل, مال) are only extra index entries: they can make a
 * search for مال also find كمال, never make a search for كمال miss it. Variants are for matching,
 * never for display.
 */

export interface TokenVariant {
  /** The variant, e.g. مدينه. */
  readonly text: string;
  /** Where the variant starts in the word (UTF-16 units). */
  readonly start: number;
  /**
   * The variant puts back the article's alef that لل drops (للمدينه -> المدينه): its first
   * letter ا is not in the word, the rest is the word from `start`.
   */
  readonly restoredAlef: boolean;
}

const CONJUNCTIONS = ['', 'و', 'ف'] as const;
const PREPOSITIONS = ['', 'ب', 'ك', 'ل'] as const;
const LETTER = /\p{L}/u;
const NUMBER = /^\d+$/u;

function letterCount(text: string): number {
  let n = 0;
  for (const ch of text) if (LETTER.test(ch)) n++;
  return n;
}

/** The word itself first, then its forms without prefixes, unique by text. */
export function cliticVariants(word: string): TokenVariant[] {
  const variants: TokenVariant[] = [{ text: word, start: 0, restoredAlef: false }];
  const add = (v: TokenVariant) => {
    if (!variants.some((known) => known.text === v.text)) variants.push(v);
  };
  for (const conjunction of CONJUNCTIONS) {
    for (const preposition of PREPOSITIONS) {
      for (const article of [false, true]) {
        if (conjunction === '' && preposition === '' && !article) continue;
        const attached = article ? (preposition === 'ل' ? 'لل' : `${preposition}ال`) : preposition;
        const prefix = conjunction + attached;
        if (!word.startsWith(prefix)) continue;
        const rest = word.slice(prefix.length);
        const enough = article ? letterCount(rest) >= 2 : letterCount(rest) >= 3 || NUMBER.test(rest);
        if (!enough) continue;
        add({ text: rest, start: prefix.length, restoredAlef: false });
        // With a particle before the article, the form that keeps the article (والمدينه ->
        // المدينه) lets a search for المدينة find it too.
        if (article && (conjunction !== '' || preposition !== '')) {
          if (preposition === 'ل') add({ text: `ال${rest}`, start: prefix.length - 1, restoredAlef: true });
          else add({ text: `ال${rest}`, start: prefix.length - 2, restoredAlef: false });
        }
      }
    }
  }
  return variants;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cliticVariants } from '../../../../shared/text/arabic-clitics';
import { findMatches, mergeRanges } from '../../../../shared/text/match';
import { normalizeForSearch, searchTokens } from '../../../../shared/text/normalize';
import { mixedText } from './text-arbitraries';

const highlighted = (text: string, query: string) => findMatches(text, query).map((r) => text.slice(r.start, r.end));

describe('findMatches', () => {
  it('finds a name however it is spelt, and highlights it with its diacritics', () => {
    const text = 'قال مُحَمَّدٌ إنّ أحمد وفاطمة ذهبا';
    expect(highlighted(text, 'محمد')).toEqual(['مُحَمَّدٌ']);
    expect(highlighted(text, 'احمد')).toEqual(['أحمد']);
    expect(highlighted(text, 'فاطمه')).toEqual(['فاطمة']);
    expect(highlighted('José and Jose\u0301', 'jose')).toEqual(['José', 'Jose\u0301']);
    expect(highlighted('ÇELİK', 'celik')).toEqual(['ÇELİK']);
  });

  it('finds a word behind its attached particles and article, highlighting the word', () => {
    expect(highlighted('وصلنا بالمدينة ثم المدينة', 'مدينة')).toEqual(['مدينة', 'مدينة']);
    expect(highlighted('وصلنا بالمدينة', 'المدينة')).toEqual(['المدينة']);
    // لل: the article's alef is not written; the highlight starts at the article's lam.
    expect(highlighted('ذهبنا للمدينة', 'المدينة')).toEqual(['لمدينة']);
    expect(highlighted('أخبر بالحلبي', 'حلبي')).toEqual(['حلبي']);
    // A name that begins like a particle is found whole.
    expect(highlighted('جاء وليد وباسل', 'وليد باسل')).toEqual(['وليد', 'باسل']);
  });

  it('matches query tokens as prefixes of words, never inside them', () => {
    expect(highlighted('محمود ومحمد', 'محم')).toEqual(['محم', 'محم']);
    expect(highlighted('مدينة', 'دينة')).toEqual([]);
    // A one-letter token matches only a whole word, as in the search index.
    expect(highlighted('وليد و سامي', 'و')).toEqual(['و']);
  });

  it('gives sorted ranges, merged where query tokens overlap', () => {
    const text = 'أحمد محمد';
    expect(findMatches(text, 'محمد احمد')).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 9 },
    ]);
    expect(findMatches('محمد', 'مح محمد')).toEqual([{ start: 0, end: 4 }]);
    expect(mergeRanges([{ start: 5, end: 7 }, { start: 0, end: 2 }, { start: 2, end: 3 }, { start: 6, end: 9 }])).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 9 },
    ]);
  });

  it('covers whole written characters: tatweel inside a match, ligatures, astral letters', () => {
    expect(highlighted('محـــمد', 'محمد')).toEqual(['محـــمد']);
    expect(highlighted('محـــمد', 'مح')).toEqual(['مح']);
    expect(highlighted('ﻻ بأس', 'لا')).toEqual(['ﻻ']);
    expect(highlighted('😀 𐎀𐎁 x', '𐎀𐎁')).toEqual(['𐎀𐎁']);
  });

  it('finds nothing for an empty query or one of punctuation only', () => {
    expect(findMatches('محمد', '')).toEqual([]);
    expect(findMatches('محمد', ' ،.؟ ')).toEqual([]);
    expect(findMatches('', 'محمد')).toEqual([]);
  });

  it('slices the original text at the normalised match (property)', () => {
    fc.assert(
      fc.property(mixedText(false), fc.nat(), fc.nat(), fc.nat(), (text, w, v, k) => {
        const words = searchTokens(text);
        fc.pre(words.length > 0);
        const variants = cliticVariants(words[w % words.length]!);
        const variant = variants[v % variants.length]!;
        const length = [...variant.text].length;
        fc.pre(length >= 2);
        const q = [...variant.text].slice(0, 2 + (k % (length - 1))).join('');
        const ranges = findMatches(text, q);
        expect(ranges.length).toBeGreaterThan(0);
        for (const [i, r] of ranges.entries()) {
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeLessThanOrEqual(text.length);
          expect(r.start).toBeLessThan(r.end);
          if (i > 0) expect(r.start).toBeGreaterThan(ranges[i - 1]!.end);
          const slice = normalizeForSearch(text.slice(r.start, r.end));
          // A word written with لل matches المدينة from its article's lam (the alef is not written).
          expect(slice === q || (q.startsWith('ال') && slice === q.slice(1)), `${JSON.stringify(slice)} for ${JSON.stringify(q)}`).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

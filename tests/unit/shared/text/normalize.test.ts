import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForSearch, normalizeWithMap, searchTokens } from '../../../../shared/text/normalize';
import { mixedText } from './text-arbitraries';

const n = normalizeForSearch;

describe('normalizeForSearch: Arabic', () => {
  it('drops tashkeel, so a name with vowels finds it without', () => {
    expect(n('مُحَمَّد')).toBe('محمد');
    expect(n('عَلِيٌّ')).toBe('علي');
    expect(n('الرَّحْمَٰنِ')).toBe('الرحمن');
    // Every mark of U+064B–U+065F, the superscript alef and the Quranic signs U+06D6–U+06ED.
    const marks = [0x0670];
    for (let cp = 0x064b; cp <= 0x065f; cp++) marks.push(cp);
    for (let cp = 0x06d6; cp <= 0x06ed; cp++) marks.push(cp);
    for (const cp of marks) expect(n(`ب${String.fromCodePoint(cp)}ت`), cp.toString(16)).toBe('بت');
  });

  it('folds alef forms, ta marbuta, alef maqsura and removes tatweel', () => {
    expect(n('أحمد')).toBe(n('احمد'));
    expect(n('إحسان')).toBe(n('احسان'));
    expect(n('آمنة')).toBe(n('امنة'));
    expect(n('ٱلحمد')).toBe('الحمد');
    expect(n('فاطمة')).toBe(n('فاطمه'));
    expect(n('فاطمة')).toBe('فاطمه');
    expect(n('مصطفى')).toBe(n('مصطفي'));
    expect(n('محـــمد')).toBe('محمد');
    // Alef + combining hamza above is the same letter as precomposed أ.
    expect(n('\u0627\u0654حمد')).toBe('احمد');
  });

  it('lets a name typed without hamza find the one written with it', () => {
    expect(n('مسؤول')).toBe(n('مسوول'));
    expect(n('رئيس')).toBe(n('رييس'));
    expect(n('سماء')).toBe(n('سما'));
    expect(n('ءامنة')).toBe(n('آمنة'));
  });

  it('folds presentation forms and ligatures from old PDFs and converters', () => {
    expect(n('ﻣﺤﻤﺪ')).toBe('محمد');
    expect(n('ﷲ')).toBe('الله');
    expect(n('ﻷ')).toBe('لا');
    expect(n('ﺃﺣﻤﺪ')).toBe('احمد');
    // Isolated harakat (U+FE70–U+FE7F) are vowels, not word breaks.
    expect(n('ب\uFE76ت')).toBe('بت');
  });

  it('reads Arabic-Indic and Eastern Arabic-Indic digits as ASCII digits', () => {
    expect(n('٢٠٢٤')).toBe('2024');
    expect(n('۲۰۲۴')).toBe('2024');
    expect(n('عام ١٩٨٥م')).toBe('عام 1985م');
  });

  it('folds Persian and Kurdish keyboard letters to their Arabic look-alikes, keeping Kurdish sounds distinct', () => {
    expect(n('کمال')).toBe(n('كمال'));
    expect(n('علی')).toBe(n('علي'));
    expect(n('ې')).toBe('ي');
    // Kurdish ae as typed on an Arabic keyboard (حه‌مه).
    expect(n('حەمە')).toBe(n('حه\u200Cمه'));
    expect(n('ھەولێر')).toBe('ههولێر');
    const pairs: [string, string][] = [
      ['ڕ', 'ر'],
      ['ڵ', 'ل'],
      ['ۆ', 'و'],
      ['ێ', 'ي'],
      ['ڤ', 'ف'],
      ['پ', 'ب'],
      ['چ', 'ج'],
      ['ژ', 'ز'],
      ['گ', 'ك'],
    ];
    for (const [kurdish, arabic] of pairs) {
      expect(n(kurdish)).toBe(kurdish);
      expect(n(kurdish)).not.toBe(n(arabic));
    }
  });

  it('drops invisible format characters inside words', () => {
    expect(n('می\u200Cخواهم')).toBe('ميخواهم');
    expect(n('\u200Fمحمد\u200E')).toBe('محمد');
    expect(n('\uFEFFsalam')).toBe('salam');
  });
});

describe('normalizeForSearch: Latin and separators', () => {
  it('lower-cases and drops accents, composed or decomposed', () => {
    expect(n('José')).toBe('jose');
    expect(n('Jose\u0301')).toBe('jose');
    expect(n('Ñuñez MÜLLER')).toBe('nunez muller');
  });

  it('folds the Turkish dotted and dotless I to i', () => {
    expect(n('ÇELİK')).toBe('celik');
    expect(n('çelik')).toBe('celik');
    expect(n('Işık')).toBe('isik');
  });

  it('folds letters without a decomposition and drops apostrophes inside names', () => {
    expect(n('Straße')).toBe('strasse');
    expect(n('Łódź Søren Æsir')).toBe('lodz soren aesir');
    expect(n("O'Brien")).toBe('obrien');
    expect(n('ʿAbd al-Raḥmān')).toBe('abd al rahman');
    expect(n('ＡＢＣ１２３')).toBe('abc123');
  });

  it('turns runs of whitespace and punctuation into one space, trimmed', () => {
    expect(n('  قال:  «نعم»، ثم…  ذهب!! ')).toBe('قال نعم ثم ذهب');
    expect(n('a\n\tb--c')).toBe('a b c');
    expect(n('؟؟،؛')).toBe('');
    expect(n('')).toBe('');
  });
});

describe('searchTokens', () => {
  it('gives the normalised words in order, duplicates kept', () => {
    expect(searchTokens('  أحمد،  مُحمّد أحمد ')).toEqual(['احمد', 'محمد', 'احمد']);
    expect(searchTokens(' ،، ')).toEqual([]);
  });
});

describe('normalizeWithMap', () => {
  it('points each normalised character back to its written character', () => {
    expect(normalizeWithMap('مُحَمَّد')).toEqual({ normalized: 'محمد', map: [0, 2, 4, 7, 8] });
    expect(normalizeWithMap('محـــمد')).toEqual({ normalized: 'محمد', map: [0, 1, 5, 6, 7] });
    expect(normalizeWithMap(' Jose\u0301! ')).toEqual({ normalized: 'jose', map: [1, 2, 3, 4, 6] });
    // A ligature that becomes two letters maps both to itself.
    expect(normalizeWithMap('ﻻ ب')).toEqual({ normalized: 'لا ب', map: [0, 0, 1, 2, 3] });
    // Emoji are symbols (separators); an astral letter takes two UTF-16 units, both mapped.
    expect(normalizeWithMap('😀 𐎀b')).toEqual({ normalized: '𐎀b', map: [3, 3, 5, 6] });
    expect(normalizeWithMap('x𝐀b')).toEqual({ normalized: 'xab', map: [0, 1, 3, 4] });
    expect(normalizeWithMap('')).toEqual({ normalized: '', map: [0] });
  });

  it('keeps every entry in range and in order, and is idempotent (property)', () => {
    const check = (text: string) => {
      const { normalized, map } = normalizeWithMap(text);
      expect(map).toHaveLength(normalized.length + 1);
      for (let i = 0; i < map.length; i++) {
        expect(map[i]).toBeGreaterThanOrEqual(0);
        expect(map[i]).toBeLessThanOrEqual(text.length);
        if (i > 0) expect(map[i]).toBeGreaterThanOrEqual(map[i - 1]!);
      }
      expect(normalized).not.toMatch(/^ | $| {2}/u);
      expect(normalizeForSearch(normalized)).toBe(normalized);
    };
    fc.assert(fc.property(mixedText(true), check), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), check), { numRuns: 500 });
  });

  it('slices the original text back to each normalised word (property)', () => {
    fc.assert(
      fc.property(mixedText(false), (text) => {
        const { normalized, map } = normalizeWithMap(text);
        let at = 0;
        for (const word of normalized.split(' ').filter((w) => w !== '')) {
          const start = normalized.indexOf(word, at);
          const end = start + word.length;
          expect(normalizeForSearch(text.slice(map[start], map[end]))).toBe(word);
          at = end;
        }
      }),
      { numRuns: 500 },
    );
  });
});

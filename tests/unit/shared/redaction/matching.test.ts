import { describe, expect, it } from 'vitest';
import { buildTermIndex, findTerms } from '../../../../shared/redaction/matching';

/** What each term matched, as written in the text. */
function found(text: string, terms: string[]): string[] {
  return findTerms(text, buildTermIndex(terms)).map((m) => text.slice(m.start, m.end));
}

describe('findTerms: Arabic spelling variants', () => {
  it('finds a name with and without tashkeel, both ways', () => {
    expect(found('قال أَحْمَدُ إنه رأى أحمد', ['أحمد'])).toEqual(['أَحْمَدُ', 'أحمد']);
    expect(found('قال أحمد', ['أَحْمَد'])).toEqual(['أحمد']);
    expect(found('مُحَمَّدٌ ومحمد', ['محمد'])).toEqual(['مُحَمَّدٌ', 'محمد']);
  });

  it('finds every alef form: أ إ آ ا ٱ', () => {
    const text = 'إبراهيم وابراهيم وأبراهيم وٱبراهيم ثم آمنة وامنة';
    expect(found(text, ['إبراهيم'])).toEqual(['إبراهيم', 'ابراهيم', 'أبراهيم', 'ٱبراهيم']);
    expect(found(text, ['آمنة'])).toEqual(['آمنة', 'امنة']);
  });

  it('finds ta marbuta written as ha, alef maqsura as ya, and stretched words', () => {
    expect(found('فاطمه وفاطمة', ['فاطمة'])).toEqual(['فاطمه', 'فاطمة']);
    expect(found('مصطفي ومصطفى', ['مصطفى'])).toEqual(['مصطفي', 'مصطفى']);
    expect(found('محـــمد', ['محمد'])).toEqual(['محـــمد']);
  });

  it('finds a name behind attached particles and keeps the particles outside the match', () => {
    const text = 'وأحمد بأحمد لأحمد فأحمد كأحمد';
    expect(found(text, ['أحمد'])).toEqual(['أحمد', 'أحمد', 'أحمد', 'أحمد', 'أحمد']);
  });

  it('takes the article with the name: "بالحلبي" leaves only ب outside', () => {
    const text = 'الحلبي والحلبي بالحلبي وبالحلبي للحلبي';
    expect(found(text, ['الحلبي'])).toEqual(['الحلبي', 'الحلبي', 'الحلبي', 'الحلبي', 'لحلبي']);
    // A family name recorded with the article is found without it, and the reverse.
    expect(found('حلبي وبحلبي', ['الحلبي'])).toEqual(['حلبي', 'حلبي']);
    expect(found('الحلبي', ['حلبي'])).toEqual(['الحلبي']);
  });

  it('keeps names that begin like a particle whole', () => {
    expect(found('وليد ووليد باسل', ['وليد', 'باسل'])).toEqual(['وليد', 'وليد', 'باسل']);
  });

  it('matches whole words only', () => {
    expect(found('أحمدي ومحمدين', ['أحمد', 'محمد'])).toEqual([]);
    expect(found('Alison and Alibaba met Ali', ['Ali'])).toEqual(['Ali']);
  });

  it('finds names written apart or together', () => {
    expect(found('عبد الله وعبدالله', ['عبدالله'])).toEqual(['عبد الله', 'عبدالله']);
    expect(found('عبد الله وعبدالله', ['عبد الله'])).toEqual(['عبد الله', 'عبدالله']);
  });

  it('joins the words of a name across a line break, never across a full stop or a comma', () => {
    expect(found('قال فاطمة\nالحلبي', ['فاطمة الحلبي'])).toEqual(['فاطمة\nالحلبي']);
    expect(found('قال فاطمة. الحلبي', ['فاطمة الحلبي'])).toEqual([]);
    expect(found('عبد، الله', ['عبدالله'])).toEqual([]);
  });

  it('takes the accusative tanween alef with the name', () => {
    expect(found('رأيت محمداً وعلياً', ['محمد', 'علي'])).toEqual(['محمداً', 'علياً']);
    // ...but not after ta marbuta or alef, where Arabic writes no extra alef.
    expect(found('فاطمةا', ['فاطمة'])).toEqual([]);
  });

  it('flags function words that only fold to a name, unless the name was recorded with ى', () => {
    const text = 'جلس علي على الكرسي';
    const matches = findTerms(text, buildTermIndex(['علي']));
    expect(matches.map((m) => [text.slice(m.start, m.end), m.lowConfidence])).toEqual([
      ['علي', false],
      ['على', true],
    ]);
    expect(findTerms(text, buildTermIndex(['على'])).every((m) => !m.lowConfidence)).toBe(true);
  });
});

describe('findTerms: Latin transliterations and numbers', () => {
  it('ignores case and accents, and stops before a possessive', () => {
    expect(found("AHMAD, Ahmád and ahmad's house", ['Ahmad'])).toEqual(['AHMAD', 'Ahmád', 'ahmad']);
    expect(found('José and JOSE', ['jose'])).toEqual(['José', 'JOSE']);
  });

  it('finds a family name with and without its article, hyphenated or glued', () => {
    const text = 'al-Halabi, Al Halabi, Alhalabi, el-Halabi and Halabi';
    expect(found(text, ['al-Halabi'])).toEqual(['al-Halabi', 'Al Halabi', 'Alhalabi', 'el-Halabi', 'Halabi']);
    expect(found('Sami al-Halabi', ['Halabi'])).toEqual(['al-Halabi']);
  });

  it('finds multi-word names and reports the longest and the inner match', () => {
    const text = 'Fatima Ahmad al-Halabi spoke';
    expect(found(text, ['Fatima Ahmad al-Halabi', 'Ahmad'])).toEqual(['Fatima Ahmad al-Halabi', 'Ahmad']);
  });

  it('compares long numbers by their digits, in every digit class and grouping', () => {
    const text = 'رقمي +963 944 123 456 أو ٠٩٤٤-١٢٣-٤٥٦ أو ۰۹۴۴۱۲۳۴۵۶ وليس 944 123';
    expect(found(text, ['0944123456'])).toEqual(['+963 944 123 456', '٠٩٤٤-١٢٣-٤٥٦', '۰۹۴۴۱۲۳۴۵۶']);
  });

  it('gives UTF-16 offsets of the original text, after astral characters and diacritics', () => {
    const text = '😀 𐎀 قال أَحْمَدُ';
    const [m] = findTerms(text, buildTermIndex(['احمد']));
    expect(m).toBeDefined();
    expect(text.slice(m!.start, m!.end)).toBe('أَحْمَدُ');
    expect(m!.start).toBe(text.indexOf('أ'));
  });

  it('reports terms with nothing to match', () => {
    expect(buildTermIndex(['أحمد', ' ،. ', '']).unmatchable).toEqual([1, 2]);
  });
});

describe('findTerms: e-mail addresses and handles recorded for a person', () => {
  it('finds an address written with . and @, in any case, and only whole', () => {
    const text = 'Write to Mariam@Example.org or mariam@example.org. Not mariam.example or example.org alone.';
    expect(found(text, ['mariam@example.org'])).toEqual(['Mariam@Example.org', 'mariam@example.org']);
    expect(found('راسلوها على mariam@example.org رجاءً', ['mariam@example.org'])).toEqual(['mariam@example.org']);
  });

  it('still never joins ordinary words across a full stop', () => {
    expect(found('He saw Abu. Bakr came later.', ['Abu Bakr'])).toEqual([]);
    expect(found('He saw Abu Bakr.', ['Abu Bakr'])).toEqual(['Abu Bakr']);
  });
});

describe('findTerms: a particle before a two-letter first word of a name', () => {
  it('finds أم خالد and أبو خالد behind و and ل, the particle left outside', () => {
    expect(found('وأم خالد ولأم خالد وأبو خالد', ['أم خالد', 'أبو خالد'])).toEqual(['أم خالد', 'أم خالد', 'أبو خالد']);
  });

  it('does not cut a particle from a two-letter word standing alone', () => {
    // ولد (a boy) is not و + لد.
    expect(found('ولد صغير', ['لد'])).toEqual([]);
  });
});

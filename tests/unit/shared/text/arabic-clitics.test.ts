import { describe, expect, it } from 'vitest';
import { cliticVariants } from '../../../../shared/text/arabic-clitics';
import { arabicTokenVariants, searchTokens } from '../../../../shared/text/normalize';

describe('arabicTokenVariants', () => {
  it('adds the forms without conjunction, preposition and article', () => {
    expect(arabicTokenVariants('والمدينة')).toEqual(['والمدينه', 'المدينه', 'مدينه']);
    expect(arabicTokenVariants('بالحلبي')).toEqual(['بالحلبي', 'الحلبي', 'حلبي']);
    expect(arabicTokenVariants('المدينة')).toEqual(['المدينه', 'مدينه']);
    expect(arabicTokenVariants('كالبحر')).toEqual(['كالبحر', 'البحر', 'بحر']);
    expect(arabicTokenVariants('فبالمدينة')).toEqual(['فبالمدينه', 'بالمدينه', 'المدينه', 'مدينه']);
    expect(arabicTokenVariants('بحلب')).toEqual(['بحلب', 'حلب']);
  });

  it('reads لل as ل with the article, and puts the article back for a search for المدينة', () => {
    const variants = arabicTokenVariants('للمدينة');
    expect(variants[0]).toBe('للمدينه');
    expect(variants).toEqual(expect.arrayContaining(['مدينه', 'المدينه']));
    expect(arabicTokenVariants('وللمدينة')).toEqual(expect.arrayContaining(['وللمدينه', 'للمدينه', 'المدينه', 'مدينه']));
    // لليلى is ل + ليلى, not ل + ال + يلى: both readings stay.
    expect(arabicTokenVariants('لليلى')).toEqual(expect.arrayContaining(['لليلي', 'ليلي']));
  });

  it('keeps names that begin with these letters as their first variant', () => {
    for (const name of ['وليد', 'باسل', 'لينا', 'فادي', 'كمال', 'فاطمه', 'بلال', 'كريم']) {
      const variants = arabicTokenVariants(name);
      expect(variants[0], name).toBe(name);
      expect(new Set(variants).size).toBe(variants.length);
    }
    // The cut forms are extra entries only: وليد is still found as وليد.
    expect(arabicTokenVariants('وليد')).toEqual(['وليد', 'ليد']);
  });

  it('never cuts a particle off a two-letter remainder, nor the article off a one-letter one', () => {
    for (const word of ['ولد', 'بلد', 'كتب', 'لها', 'بها', 'فيه', 'الي', 'وال', 'لله']) {
      expect(arabicTokenVariants(word), word).toEqual([searchTokens(word)[0]]);
    }
  });

  it('cuts a particle off a number ("and 2014")', () => {
    expect(arabicTokenVariants('و2014')).toEqual(['و2014', '2014']);
    expect(arabicTokenVariants('و٢٠١٤')).toEqual(['و2014', '2014']);
  });

  it('normalises its input first and leaves other scripts alone', () => {
    expect(arabicTokenVariants('وَالْمَدِينَةُ')).toEqual(arabicTokenVariants('والمدينة'));
    expect(arabicTokenVariants('Valentina')).toEqual(['valentina']);
    expect(arabicTokenVariants('بالمدينة والقرية')).toEqual(['بالمدينه', 'المدينه', 'مدينه', 'والقريه', 'القريه', 'قريه']);
    expect(arabicTokenVariants('،')).toEqual([]);
    // What the search index does: variants of already-normalised tokens are the same.
    for (const token of searchTokens('وبالمدينة للحلبي')) expect(arabicTokenVariants(token)).toEqual(arabicTokenVariants(token).map((v) => searchTokens(v)[0]));
  });
});

describe('cliticVariants', () => {
  it('says where each variant starts in the word', () => {
    const word = 'وللمدينه';
    for (const v of cliticVariants(word)) {
      if (v.restoredAlef) expect(`ا${word.slice(v.start)}`).toBe(v.text);
      else expect(word.slice(v.start)).toBe(v.text);
    }
    expect(cliticVariants(word).find((v) => v.text === 'المدينه')).toEqual({ text: 'المدينه', start: 2, restoredAlef: true });
    expect(cliticVariants('بالمدينه').find((v) => v.text === 'المدينه')).toEqual({ text: 'المدينه', start: 1, restoredAlef: false });
  });
});

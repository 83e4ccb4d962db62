import { describe, expect, it } from 'vitest';
import { applyRedactions } from '../../../../shared/redaction/apply';
import { buildEntities } from '../../../../shared/redaction/entities';
import { generalise } from '../../../../shared/redaction/generalise';
import { assignPseudonyms, categoryLabel, type PseudonymSubject } from '../../../../shared/redaction/pseudonyms';
import { RedactionError, type Entity, type Redaction } from '../../../../shared/redaction/types';
import { IDS, doc, recordSource } from './record-fixture';

const entities = buildEntities(recordSource());
const SURVIVOR = `person:${IDS.survivor}`;
const BROTHER = `person:${IDS.brother}`;
const OFFICER = `person:${IDS.officer}`;

/** Redacts every occurrence of each word with the entity and policy given. */
function redactWords(text: string, words: [string, string | null, Redaction['policy'], Redaction['category']][]) {
  const redactions: Redaction[] = [];
  for (const [word, entityId, policy, category] of words) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length))
      redactions.push({ id: `r${redactions.length}`, start: at, end: at + word.length, entityId, category, policy, replacement: null });
  }
  return doc(text, { redactions });
}

describe('pseudonyms', () => {
  const text = 'فاطمة قالت إن أحمد اعتقل. رأت فاطمة سامر. ثم عادت فاطمة.';
  const d = redactWords(text, [
    ['فاطمة', SURVIVOR, 'pseudonym', 'person'],
    ['أحمد', BROTHER, 'pseudonym', 'thirdParty'],
    ['سامر', OFFICER, 'pseudonym', 'thirdParty'],
  ]);

  it('gives the same entity the same pseudonym everywhere, by role, in English and Arabic', () => {
    expect(applyRedactions(d, entities, { language: 'en' }).text).toBe(
      'Survivor A قالت إن Relative A اعتقل. رأت Survivor A Alleged perpetrator A. ثم عادت Survivor A.',
    );
    // The survivor is recorded as a woman: the Arabic noun agrees with her.
    expect(applyRedactions(d, entities, { language: 'ar' }).text).toBe(
      'الناجية أ قالت إن القريب أ اعتقل. رأت الناجية أ الجاني المزعوم أ. ثم عادت الناجية أ.',
    );
  });

  it('numbers people of one role in record order with letters, and never gives two the same one', () => {
    const witnesses: PseudonymSubject[] = Array.from({ length: 30 }, (_, i) => ({ id: `w${i}`, category: 'person', role: 'witness', gender: null }));
    const en = assignPseudonyms(witnesses, [], { language: 'en' });
    expect([en.get('w0'), en.get('w1'), en.get('w25'), en.get('w26')]).toEqual(['Witness A', 'Witness B', 'Witness Z', 'Witness 27']);
    const ar = assignPseudonyms(witnesses, [], { language: 'ar' });
    expect([ar.get('w0'), ar.get('w1'), ar.get('w4')]).toEqual(['الشاهد أ', 'الشاهد ب', 'الشاهد هـ']);
    expect(new Set(en.values()).size).toBe(30);
    expect(new Set(ar.values()).size).toBe(30);
  });

  it('numbers places and organisations, and uses the organisation’s own role nouns', () => {
    const subjects: PseudonymSubject[] = [
      { id: 'p1', category: 'place', role: null, gender: null },
      { id: 'p2', category: 'place', role: null, gender: null },
      { id: 'd1', category: 'person', role: 'detainee', gender: 'female' },
      { id: 'x1', category: 'person', role: 'neighbour', gender: null },
    ];
    const nouns = { neighbour: { en: 'Neighbour', ar: 'الجار', arFeminine: 'الجارة' } };
    expect([...assignPseudonyms(subjects, [], { language: 'ar', roleNouns: nouns }).values()]).toEqual(['المكان 1', 'المكان 2', 'المعتقلة أ', 'الجار أ']);
    expect(assignPseudonyms(subjects, [], { language: 'en' }).get('x1')).toBe('Person A');
  });

  it('keeps the editor’s choices and skips them when generating', () => {
    const subjects: PseudonymSubject[] = [
      { id: 'a', category: 'person', role: 'witness', gender: null },
      { id: 'b', category: 'person', role: 'witness', gender: null },
    ];
    const map = assignPseudonyms(subjects, [{ entityId: 'b', text: 'witness a' }], { language: 'en' });
    expect([map.get('a'), map.get('b')]).toEqual(['Witness B', 'witness a']);
    expect(() => assignPseudonyms(subjects, [{ entityId: 'a', text: 'X' }, { entityId: 'b', text: 'x' }], { language: 'en' })).toThrow(RedactionError);
  });

  it('gives hand-marked spans of the same text the same pseudonym, and labels by category', () => {
    const hand = redactWords('Abu Samir met Abu Samir and Umm Ali.', [
      ['Abu Samir', null, 'pseudonym', 'thirdParty'],
      ['Umm Ali', null, 'pseudonym', 'thirdParty'],
    ]);
    expect(applyRedactions(hand, entities, { language: 'en' }).text).toBe('Person A met Person A and Person B.');
    expect(categoryLabel('place', 'en')).toBe('[place]');
    expect(categoryLabel('place', 'ar')).toBe('[مكان]');
  });
});

describe('generalise', () => {
  const date = (edtf: string): Entity => ({ ...entities[0]!, category: 'date', origin: 'eventDate', edtf });

  it('turns a date into its year, keeping the digits it was written in', () => {
    expect(generalise('date', '12 May 2013', undefined, 'en')).toBe('2013');
    expect(generalise('date', '١٢/٥/٢٠١٣', undefined, 'ar')).toBe('٢٠١٣');
    expect(generalise('date', '15 آذار ۱۳۹۰', undefined, 'ar')).toBe('۱۳۹۰');
    expect(generalise('date', '2013-03-15', undefined, 'ar')).toBe('2013');
  });

  it('uses the recorded EDTF date when the text names no year', () => {
    expect(generalise('date', 'the 5th of June', date('2012-06-05'), 'en')).toBe('2012');
    expect(generalise('date', 'that summer', date('199X'), 'en')).toBe('1990–1999');
    expect(generalise('date', '5/6/12', undefined, 'en')).toBeNull();
  });

  it('turns a place into its region when the record knows it', () => {
    const place = entities.find((e) => e.id === `place:event:${IDS.event}`);
    expect(generalise('place', 'كفرنبل', place, 'ar')).toBe('إدلب');
    expect(generalise('place', 'Gaziantep', entities.find((e) => e.origin === 'sessionPlace'), 'en')).toBeNull();
  });

  it('turns an age into its decade', () => {
    expect(generalise('identifying', '34 years old', undefined, 'en')).toBe('aged 30–39');
    expect(generalise('identifying', 'عمره ٣٤ عاماً', undefined, 'ar')).toBe('بين ٣٠ و٣٩ عامًا');
    expect(generalise('identifying', '7', undefined, 'en')).toBe('under 10');
    expect(generalise('identifying', 'room 34', undefined, 'en')).toBeNull();
  });

  it('falls back to the label in the output', () => {
    const d = redactWords('He was born in Gaziantep.', [['Gaziantep', entities.find((e) => e.origin === 'sessionPlace')!.id, 'generalise', 'place']]);
    const out = applyRedactions(d, entities, { language: 'en' });
    expect(out.text).toBe('He was born in [place].');
    expect(out.spans[0]!.policyUsed).toBe('label');
  });
});

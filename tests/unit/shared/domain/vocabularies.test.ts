import { describe, expect, it } from 'vitest';
import {
  SENSITIVITY_INFO,
  SENSITIVITY_LEVELS,
  TERM_KEY_PATTERN,
  TESTIMONY_STATUSES,
  TESTIMONY_STATUS_INFO,
  VOCABULARIES,
  VOCABULARY_IDS,
  builtInTerms,
  choosableTerms,
  customTermSchema,
  descriptionOf,
  groupLabelOf,
  isBuiltInTerm,
  labelOf,
  sensitivitySchema,
  termKeySchema,
  testimonyStatusSchema,
  vocabularyIdSchema,
  type CustomTerm,
  type LocalisedText,
} from '../../../../shared/domain/vocabularies';

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const LATIN_LETTER = /[A-Za-z]/;

/** Every label and description of one vocabulary, with where it comes from for failure messages. */
function textsOf(id: (typeof VOCABULARY_IDS)[number]): { where: string; text: LocalisedText }[] {
  const vocabulary = VOCABULARIES[id];
  return [
    ...vocabulary.terms.map((t) => ({ where: `${id}/${t.key}`, text: t.labels })),
    ...vocabulary.terms.flatMap((t) => (t.description ? [{ where: `${id}/${t.key} (description)`, text: t.description }] : [])),
    ...vocabulary.groups.map((g) => ({ where: `${id} group ${g.key}`, text: g.labels })),
  ];
}

describe('vocabulary list', () => {
  it('exports exactly the vocabularies the testimony record names, each under its own id', () => {
    expect([...VOCABULARY_IDS]).toEqual([
      'actTypes',
      'personRoles',
      'contentWarnings',
      'interviewModes',
      'recordingMethods',
      'consentMethods',
      'sourceChannels',
      'sourceConnections',
      'reliability',
      'perpetratorInvolvement',
      'coordinatePrecision',
      'sexGender',
    ]);
    expect(Object.keys(VOCABULARIES).sort()).toEqual([...VOCABULARY_IDS].sort());
    for (const id of VOCABULARY_IDS) {
      expect(VOCABULARIES[id].id).toBe(id);
      expect(VOCABULARIES[id].basedOn.trim()).not.toBe('');
    }
    expect(vocabularyIdSchema.safeParse('actTypes').success).toBe(true);
    expect(vocabularyIdSchema.safeParse('acttypes').success).toBe(false);
  });
});

describe.each(VOCABULARY_IDS)('%s', (id) => {
  const terms = builtInTerms(id);

  it('has terms with unique keys that match the key rule', () => {
    expect(terms.length).toBeGreaterThan(0);
    const keys = terms.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      expect(key, key).toMatch(TERM_KEY_PATTERN);
      expect(termKeySchema.safeParse(key).success, key).toBe(true);
    }
  });

  it('has an English and an Arabic text for every label and description', () => {
    for (const { where, text } of textsOf(id)) {
      for (const value of [text.en, text.ar]) {
        expect(value.trim(), where).not.toBe('');
        expect(value, `${where}: no stray spaces`).toBe(value.trim());
        expect(value, `${where}: no double spaces`).not.toMatch(/ {2}/);
      }
      expect(text.ar, `${where}: Arabic text in Arabic script`).toMatch(ARABIC_SCRIPT);
      expect(text.ar, `${where}: no untranslated Latin words in Arabic`).not.toMatch(LATIN_LETTER);
      expect(text.en, `${where}: English text without Arabic script`).not.toMatch(ARABIC_SCRIPT);
      // Tatweel only stretches text (and defeats search); the one standard use is the letter هـ written alone.
      expect(text.ar.replaceAll('هـ', ''), `${where}: no tatweel stretching`).not.toContain('\u0640');
    }
  });

  it('writes English labels in sentence case', () => {
    for (const { where, text } of textsOf(id).filter((t) => !t.where.includes('(description)'))) {
      const [first, ...rest] = text.en.split(' ');
      expect(first?.[0], where).toMatch(/[A-Z]/);
      for (const word of rest) expect(word[0], `${where}: "${word}"`).not.toMatch(/[A-Z]/);
    }
  });

  it('is frozen, so no screen can change the list another one shows', () => {
    expect(Object.isFrozen(terms)).toBe(true);
    expect(Object.isFrozen(terms[0])).toBe(true);
    expect(Object.isFrozen(terms[0]?.labels)).toBe(true);
  });
});

describe('groups', () => {
  it('puts every act type in a group that is labelled in both languages, and leaves no group empty', () => {
    const groups = VOCABULARIES.actTypes.groups;
    expect(groups.length).toBeGreaterThanOrEqual(8);
    const groupKeys = groups.map((g) => g.key);
    expect(new Set(groupKeys).size).toBe(groupKeys.length);
    for (const group of groups) {
      expect(group.key).toMatch(TERM_KEY_PATTERN);
      expect(groupLabelOf('actTypes', group.key, 'en')).toBe(group.labels.en);
      expect(groupLabelOf('actTypes', group.key, 'ar')).toMatch(ARABIC_SCRIPT);
      expect(builtInTerms('actTypes').some((t) => t.group === group.key), group.key).toBe(true);
    }
    for (const term of builtInTerms('actTypes')) expect(groupKeys, term.key).toContain(term.group);
    expect(groupLabelOf('actTypes', 'no-such-group', 'ar')).toBe('no-such-group');
  });

  it('keeps groups to the act types only', () => {
    for (const id of VOCABULARY_IDS.filter((v) => v !== 'actTypes')) {
      expect(VOCABULARIES[id].groups, id).toEqual([]);
      for (const term of builtInTerms(id)) expect(term.group, `${id}/${term.key}`).toBeUndefined();
    }
  });
});

describe('stable keys', () => {
  // Records, exports and other vaults hold these keys: a key may be added, never renamed or removed.
  const RELEASED: Record<(typeof VOCABULARY_IDS)[number], string[]> = {
    actTypes: [
      'extrajudicial-execution', 'targeted-killing', 'killing-in-attack-on-civilians', 'massacre', 'death-in-custody', 'death-under-torture',
      'attempted-killing', 'torture', 'cruel-inhuman-treatment', 'physical-assault', 'injury-in-attack', 'mutilation', 'threats-harassment',
      'arbitrary-detention', 'enforced-disappearance', 'abduction', 'hostage-taking', 'enslavement', 'inhumane-detention-conditions',
      'denial-of-fair-trial', 'rape', 'sexual-slavery', 'enforced-prostitution', 'forced-pregnancy', 'enforced-sterilisation', 'forced-nudity',
      'forced-marriage', 'other-sexual-violence', 'forced-displacement', 'deportation', 'siege', 'destruction-of-property', 'pillage',
      'confiscation-of-property', 'extortion', 'attack-on-medical-care', 'attack-on-education', 'denial-of-humanitarian-access', 'starvation',
      'attack-on-cultural-heritage', 'attack-on-place-of-worship', 'recruitment-of-children', 'abduction-of-children', 'persecution', 'other',
    ],
    personRoles: ['witness', 'survivor', 'victim', 'family-member', 'alleged-perpetrator', 'other'],
    contentWarnings: [
      'torture', 'sexual-violence', 'killing', 'death-of-a-child', 'child-abuse', 'graphic-injury', 'mutilation', 'dead-bodies',
      'enforced-disappearance', 'detention-conditions', 'suicide-self-harm', 'starvation', 'bombardment', 'hate-speech', 'speaker-in-distress',
    ],
    interviewModes: ['in-person', 'remote-video', 'remote-audio', 'recorded-by-witness', 'written-submission'],
    recordingMethods: ['audio-recording', 'video-recording', 'handwritten-notes', 'typed-notes', 'none'],
    consentMethods: ['written-form', 'oral-on-recording', 'oral-witnessed', 'other'],
    sourceChannels: ['direct-interview', 'partner-referral', 'self-submitted', 'open-source', 'media-report', 'other'],
    sourceConnections: ['direct-victim', 'eyewitness', 'indirect-witness', 'insider', 'documentary', 'expert', 'other'],
    reliability: ['a', 'b', 'c', 'd', 'e', 'f'],
    perpetratorInvolvement: ['direct-perpetrator', 'ordered', 'planned', 'aided-or-complicit', 'present', 'failed-to-prevent-or-punish', 'other', 'unknown'],
    coordinatePrecision: ['exact', 'approximate', 'settlement', 'district', 'region', 'country'],
    sexGender: ['female', 'male', 'other', 'prefer-not-to-say', 'unknown'],
  };

  it.each(VOCABULARY_IDS)('%s still has every released key', (id) => {
    const keys = builtInTerms(id).map((t) => t.key);
    for (const key of RELEASED[id]) expect(keys, `${id} lost ${key}`).toContain(key);
  });

  it('offers a broad but manageable list of act types', () => {
    expect(builtInTerms('actTypes').length).toBeGreaterThanOrEqual(30);
    expect(builtInTerms('actTypes').length).toBeLessThanOrEqual(45);
  });

  it('orders reliability from A (completely reliable) to F (cannot be judged), in both alphabets', () => {
    const terms = builtInTerms('reliability');
    expect(terms.map((t) => t.labels.en[0])).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(terms.map((t) => t.labels.ar.split(':')[0])).toEqual(['أ', 'ب', 'ج', 'د', 'هـ', 'و']);
    expect(terms.every((t) => t.description !== undefined)).toBe(true);
  });
});

describe('labelOf', () => {
  const custom: CustomTerm[] = [
    { vocabulary: 'actTypes', key: 'forced-conscription', labels: { en: 'Forced conscription', ar: 'التجنيد الإجباري' } },
    { vocabulary: 'actTypes', key: 'checkpoint-humiliation', labels: { en: 'Humiliation at a checkpoint', ar: '' } },
    { vocabulary: 'actTypes', key: 'arabic-only', labels: { en: '  ', ar: 'مصادرة الوثائق الشخصية' } },
    { vocabulary: 'personRoles', key: 'lawyer', labels: { en: 'Lawyer', ar: 'محامٍ/محامية' } },
    { vocabulary: 'actTypes', key: 'torture', labels: { en: 'Beating', ar: 'الضرب' } },
  ];

  it('gives the built-in label in the asked language', () => {
    expect(labelOf('actTypes', 'enforced-disappearance', 'en')).toBe('Enforced disappearance');
    expect(labelOf('actTypes', 'enforced-disappearance', 'ar')).toBe('الإخفاء القسري');
    expect(labelOf('personRoles', 'survivor', 'ar')).toBe('ناجٍ/ناجية');
  });

  it("gives the organisation's label for its own term, in the asked language or else the other one", () => {
    expect(labelOf('actTypes', 'forced-conscription', 'ar', custom)).toBe('التجنيد الإجباري');
    expect(labelOf('actTypes', 'checkpoint-humiliation', 'ar', custom)).toBe('Humiliation at a checkpoint');
    expect(labelOf('actTypes', 'arabic-only', 'en', custom)).toBe('مصادرة الوثائق الشخصية');
  });

  it('shows the key itself for a term nobody defined, so a stored value never disappears', () => {
    expect(labelOf('actTypes', 'imported-from-another-vault', 'en')).toBe('imported-from-another-vault');
    expect(labelOf('actTypes', 'imported-from-another-vault', 'ar', custom)).toBe('imported-from-another-vault');
  });

  it("does not take a label from another vocabulary's terms", () => {
    expect(labelOf('actTypes', 'lawyer', 'en', custom)).toBe('lawyer');
    expect(labelOf('personRoles', 'lawyer', 'en', custom)).toBe('Lawyer');
    expect(labelOf('personRoles', 'lawyer', 'en', [{ key: 'lawyer', labels: { en: 'Lawyer', ar: '' } }])).toBe('Lawyer');
  });

  it('keeps the built-in meaning of a key even when a custom term reuses it', () => {
    expect(labelOf('actTypes', 'torture', 'en', custom)).toBe('Torture');
  });

  it('gives descriptions of built-in terms, and none for terms without one', () => {
    expect(descriptionOf('reliability', 'f', 'en')).toMatch(/not a judgement of their honesty/);
    expect(descriptionOf('reliability', 'f', 'ar')).toMatch(ARABIC_SCRIPT);
    expect(descriptionOf('actTypes', 'hostage-taking', 'en')).toBeUndefined();
    expect(descriptionOf('actTypes', 'no-such-term', 'en')).toBeUndefined();
  });
});

describe('isBuiltInTerm and choosableTerms', () => {
  it('knows the built-in keys of each vocabulary separately', () => {
    expect(isBuiltInTerm('actTypes', 'torture')).toBe(true);
    expect(isBuiltInTerm('contentWarnings', 'torture')).toBe(true);
    expect(isBuiltInTerm('actTypes', 'witness')).toBe(false);
    expect(isBuiltInTerm('personRoles', 'witness')).toBe(true);
    expect(isBuiltInTerm('actTypes', 'Torture')).toBe(false);
  });

  it("lists built-in terms first, then the organisation's own, skipping reused keys and other lists", () => {
    const custom: CustomTerm[] = [
      { vocabulary: 'personRoles', key: 'lawyer', labels: { en: 'Lawyer', ar: 'محامٍ/محامية' } },
      { vocabulary: 'personRoles', key: 'witness', labels: { en: 'Observer', ar: 'مراقب' } },
      { vocabulary: 'actTypes', key: 'forced-conscription', labels: { en: 'Forced conscription', ar: 'التجنيد الإجباري' } },
    ];
    const terms = choosableTerms('personRoles', custom);
    expect(terms.map((t) => t.key)).toEqual([...builtInTerms('personRoles').map((t) => t.key), 'lawyer']);
    expect(terms.filter((t) => !t.builtIn).map((t) => t.key)).toEqual(['lawyer']);
    expect(terms.find((t) => t.key === 'witness')?.labels.en).toBe('Witness');
  });
});

describe('term keys and custom terms', () => {
  it('accepts lowercase ASCII words joined by single hyphens, and nothing else', () => {
    for (const good of ['torture', 'a', 'death-of-a-child', 'tier-2']) expect(termKeySchema.safeParse(good).success, good).toBe(true);
    for (const bad of ['', 'Torture', 'arbitrary_detention', '-x', 'x-', 'a--b', 'a b', 'تعذيب', 'café', 'x'.repeat(65), 'ok\n']) {
      expect(termKeySchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('accepts a new term with a label in one language or both', () => {
    const parsed = customTermSchema.parse({ vocabulary: 'actTypes', key: 'forced-conscription', labels: { en: ' Forced conscription ', ar: '' } });
    expect(parsed.labels.en).toBe('Forced conscription');
    expect(customTermSchema.safeParse({ vocabulary: 'actTypes', key: 'document-seizure', labels: { en: '', ar: 'مصادرة الوثائق' } }).success).toBe(true);
  });

  it('refuses a new term that would be ambiguous or unreadable, saying why', () => {
    const refusal = (input: unknown): string[] => {
      const result = customTermSchema.safeParse(input);
      return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(refusal({ vocabulary: 'actTypes', key: 'torture', labels: { en: 'Torture again', ar: '' } })).toEqual([
      'key: This key is already a built-in term of this list; choose another key.',
    ]);
    expect(refusal({ vocabulary: 'actTypes', key: 'nameless', labels: { en: ' ', ar: '' } })).toEqual(['labels: Give the term a label in English or in Arabic.']);
    expect(refusal({ vocabulary: 'actTypes', key: 'two-lines', labels: { en: 'Two\nlines', ar: '' } })[0]).toMatch(/^labels\.en: A label is one line/);
    expect(refusal({ vocabulary: 'noSuchList', key: 'x', labels: { en: 'X', ar: '' } })[0]).toMatch(/^vocabulary: /);
    expect(refusal({ vocabulary: 'actTypes', key: 'Bad Key', labels: { en: 'X', ar: '' } })[0]).toMatch(/^key: A term key uses lowercase letters/);
    expect(refusal({ vocabulary: 'actTypes', key: 'long', labels: { en: 'x'.repeat(201), ar: '' } })[0]).toMatch(/^labels\.en: A label has at most 200/);
  });
});

describe('fixed enumerations', () => {
  it('labels every testimony status in both languages', () => {
    expect([...TESTIMONY_STATUSES]).toEqual(['draft', 'archived', 'in-redaction', 'approved-for-publication', 'published']);
    expect(Object.keys(TESTIMONY_STATUS_INFO)).toEqual([...TESTIMONY_STATUSES]);
    for (const status of TESTIMONY_STATUSES) {
      const { labels } = TESTIMONY_STATUS_INFO[status];
      expect(labels.en, status).not.toMatch(ARABIC_SCRIPT);
      expect(labels.ar, status).toMatch(ARABIC_SCRIPT);
      expect(testimonyStatusSchema.safeParse(status).success).toBe(true);
    }
    expect(testimonyStatusSchema.safeParse('deleted').success).toBe(false);
  });

  it('labels every sensitivity level in both languages', () => {
    expect([...SENSITIVITY_LEVELS]).toEqual(['standard', 'sensitive', 'highly-sensitive']);
    expect(Object.keys(SENSITIVITY_INFO)).toEqual([...SENSITIVITY_LEVELS]);
    for (const level of SENSITIVITY_LEVELS) {
      const { labels, description } = SENSITIVITY_INFO[level];
      expect(labels.en, level).not.toMatch(ARABIC_SCRIPT);
      expect(labels.ar, level).toMatch(ARABIC_SCRIPT);
      expect(description?.ar, level).toMatch(ARABIC_SCRIPT);
      expect(sensitivitySchema.safeParse(level).success).toBe(true);
    }
    expect(Object.isFrozen(SENSITIVITY_INFO['highly-sensitive'].labels)).toBe(true);
  });
});

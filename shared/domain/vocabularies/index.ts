import { z } from 'zod';
import { actTypes } from './act-types';
import { contentWarnings } from './content-warnings';
import { coordinatePrecision } from './coordinate-precision';
import { consentMethods, interviewModes, recordingMethods } from './interview';
import {
  VOCABULARY_IDS,
  deepFreeze,
  termKeySchema,
  vocabularyIdSchema,
  type LabelLanguage,
  type LocalisedText,
  type Vocabulary,
  type VocabularyId,
  type VocabularyTerm,
} from './model';
import { personRoles, sexGender } from './people';
import { perpetratorInvolvement } from './perpetrator-involvement';
import { reliability, sourceChannels, sourceConnections } from './source';

/**
 * The controlled vocabularies of the testimony record: built-in terms (here, the same in every
 * vault and every version) plus the organisation's own terms (in the vault database). Records
 * store only keys; labels are looked up when shown, so a label can be improved without
 * touching a single record, and a key nobody recognises any more is still shown as itself.
 */

export * from './model';
export * from './statuses';

export const VOCABULARIES: Readonly<Record<VocabularyId, Vocabulary>> = deepFreeze({
  actTypes,
  personRoles,
  contentWarnings,
  interviewModes,
  recordingMethods,
  consentMethods,
  sourceChannels,
  sourceConnections,
  reliability,
  perpetratorInvolvement,
  coordinatePrecision,
  sexGender,
});

const INDEX: ReadonlyMap<VocabularyId, ReadonlyMap<string, VocabularyTerm>> = new Map(
  VOCABULARY_IDS.map((id) => [id, new Map(VOCABULARIES[id].terms.map((term) => [term.key, term]))]),
);

/**
 * A term the organisation added. `vocabulary` is optional so that the terms of one vocabulary
 * can be passed alone; when present, terms of other vocabularies are ignored, so every custom
 * term of the vault can be passed as one list.
 */
export interface CustomTerm {
  readonly vocabulary?: string;
  readonly key: string;
  readonly labels: LocalisedText;
}

export function builtInTerms(id: VocabularyId): readonly VocabularyTerm[] {
  return VOCABULARIES[id]?.terms ?? [];
}

export function builtInTerm(id: VocabularyId, key: string): VocabularyTerm | undefined {
  return INDEX.get(id)?.get(key);
}

export function isBuiltInTerm(id: VocabularyId, key: string): boolean {
  return builtInTerm(id, key) !== undefined;
}

/** The label in the asked language, else in the other one (a custom term may have only one). */
function pickLabel(labels: LocalisedText, language: LabelLanguage): string | undefined {
  const wanted = labels[language]?.trim();
  if (wanted) return wanted;
  const other = labels[language === 'en' ? 'ar' : 'en']?.trim();
  return other || undefined;
}

function customTermOf(id: VocabularyId, key: string, customTerms: readonly CustomTerm[]): CustomTerm | undefined {
  return customTerms.find((term) => term.key === key && (term.vocabulary === undefined || term.vocabulary === id));
}

/**
 * The label to show for a stored key: the built-in term's, else the organisation's term's,
 * else the key itself, so that a value whose term was never defined (an import from another
 * vault, a term deleted by hand) still shows up rather than vanishing from the screen.
 */
export function labelOf(id: VocabularyId, key: string, language: LabelLanguage, customTerms: readonly CustomTerm[] = []): string {
  const builtIn = builtInTerm(id, key);
  if (builtIn) return pickLabel(builtIn.labels, language) ?? key;
  const custom = customTermOf(id, key, customTerms);
  return (custom && pickLabel(custom.labels, language)) ?? key;
}

export function descriptionOf(id: VocabularyId, key: string, language: LabelLanguage): string | undefined {
  const description = builtInTerm(id, key)?.description;
  return description ? pickLabel(description, language) : undefined;
}

/** The label of a group (act types are grouped), or the group key when there is no such group. */
export function groupLabelOf(id: VocabularyId, groupKey: string, language: LabelLanguage): string {
  const group = VOCABULARIES[id]?.groups.find((g) => g.key === groupKey);
  return (group && pickLabel(group.labels, language)) ?? groupKey;
}

export interface ChoosableTerm extends VocabularyTerm {
  readonly builtIn: boolean;
}

/**
 * Every term a person can choose, built-in first in their defined order, then the
 * organisation's terms of this vocabulary. A custom term that reuses a built-in key is left
 * out: the built-in meaning of a key always wins, everywhere.
 */
export function choosableTerms(id: VocabularyId, customTerms: readonly CustomTerm[] = []): ChoosableTerm[] {
  const result: ChoosableTerm[] = builtInTerms(id).map((term) => ({ ...term, builtIn: true }));
  const seen = new Set(result.map((term) => term.key));
  for (const term of customTerms) {
    if ((term.vocabulary !== undefined && term.vocabulary !== id) || seen.has(term.key)) continue;
    seen.add(term.key);
    result.push({ key: term.key, labels: term.labels, builtIn: false });
  }
  return result;
}

// eslint-disable-next-line no-control-regex
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

const customLabelSchema = z
  .string()
  .trim()
  .max(200, 'A label has at most 200 characters.')
  .refine((s) => !CONTROL_OR_BREAK.test(s), 'A label is one line of text, without control characters.');

/** A term the organisation wants to add: checked here so the core and the UI refuse the same things. */
export const customTermSchema = z
  .object({
    vocabulary: vocabularyIdSchema,
    key: termKeySchema,
    labels: z.object({ en: customLabelSchema, ar: customLabelSchema }),
  })
  .refine((term) => term.labels.en !== '' || term.labels.ar !== '', {
    message: 'Give the term a label in English or in Arabic.',
    path: ['labels'],
  })
  .refine((term) => !isBuiltInTerm(term.vocabulary, term.key), {
    message: 'This key is already a built-in term of this list; choose another key.',
    path: ['key'],
  });
export type CustomTermInput = z.infer<typeof customTermSchema>;

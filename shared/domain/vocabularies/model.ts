import { z } from 'zod';

/**
 * The shape of a controlled vocabulary. Built-in terms are identified by a key that is
 * stored in records, exported in custody packages and compared across vaults, so a key,
 * once released, never changes and is never reused for another meaning: labels may be
 * reworded, keys may only be added. The organisation's own terms live in the database and
 * use the same key rules.
 */

/** The languages every built-in label exists in (the UI languages). */
export const LABEL_LANGUAGES = ['en', 'ar'] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

export interface LocalisedText {
  readonly en: string;
  readonly ar: string;
}

export interface VocabularyTerm {
  readonly key: string;
  readonly labels: LocalisedText;
  readonly description?: LocalisedText;
  /** Key of one of the vocabulary's groups, for vocabularies that have groups. */
  readonly group?: string;
}

export interface VocabularyGroup {
  readonly key: string;
  readonly labels: LocalisedText;
}

/** The vocabulary ids, as stored in `vocabulary_terms.vocabulary` and named in the record schema. */
export const VOCABULARY_IDS = [
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
] as const;
export type VocabularyId = (typeof VOCABULARY_IDS)[number];

export interface Vocabulary {
  readonly id: VocabularyId;
  /** The standard the terms are drawn from, for people and for exported metadata. */
  readonly basedOn: string;
  readonly groups: readonly VocabularyGroup[];
  readonly terms: readonly VocabularyTerm[];
}

export const vocabularyIdSchema = z.enum(VOCABULARY_IDS, { error: 'Not a known vocabulary.' });

/** Lowercase ASCII words joined by single hyphens: the same in every language and every file format. */
export const TERM_KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const TERM_KEY_MAX = 64;

export const termKeySchema = z
  .string()
  .max(TERM_KEY_MAX, `A term key has at most ${TERM_KEY_MAX} characters.`)
  .regex(TERM_KEY_PATTERN, 'A term key uses lowercase letters a to z, digits and single hyphens between words, such as arbitrary-detention.');

/** Freezes an object and everything reachable from it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Built-in vocabularies are shared by every window and by the core: freezing them means a
 * component that sorts or edits a list in place fails loudly instead of changing what every
 * other screen (and every export) sees.
 */
export function defineVocabulary(vocabulary: Vocabulary): Vocabulary {
  return deepFreeze(vocabulary);
}

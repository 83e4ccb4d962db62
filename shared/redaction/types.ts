import { z } from 'zod';

/**
 * The redaction engine's data: what an editor decided about one text version of a testimony.
 * Offsets everywhere are UTF-16 code unit indexes into `RedactionDocument.text` (what
 * String.prototype.slice and a textarea's selectionStart use), start inclusive, end exclusive.
 */

export const REDACTION_CATEGORIES = ['person', 'place', 'date', 'organisation', 'identifying', 'thirdParty', 'other'] as const;
export type RedactionCategory = (typeof REDACTION_CATEGORIES)[number];
export const redactionCategorySchema = z.enum(REDACTION_CATEGORIES);

/**
 * pseudonym: the same stand-in for an entity everywhere ("Witness A"); label: the category in
 * brackets ("[place]"); generalise: a coarser value (a date becomes its year, a village its
 * region), falling back to the label when nothing coarser is known.
 */
export const REPLACEMENT_POLICIES = ['pseudonym', 'label', 'generalise'] as const;
export type ReplacementPolicy = (typeof REPLACEMENT_POLICIES)[number];
export const replacementPolicySchema = z.enum(REPLACEMENT_POLICIES);

/** The language of the published narrative: pseudonyms, labels and generalisations use it. */
export type OutputLanguage = 'en' | 'ar';

const idSchema = z.string().min(1, 'An id cannot be empty.').max(200, 'An id has at most 200 characters.');
const offsetSchema = z.number().int('An offset is a whole number.').min(0, 'An offset cannot be negative.');

export const redactionSchema = z.object({
  id: idSchema,
  start: offsetSchema,
  end: offsetSchema,
  /** The entity this span stands for; null for a span the editor marked by hand. */
  entityId: idSchema.nullable().default(null),
  category: redactionCategorySchema,
  policy: replacementPolicySchema,
  /** The editor's own wording for this span, used instead of the policy's replacement. */
  replacement: z.string().max(500, 'A replacement has at most 500 characters.').nullable().default(null),
});
export type Redaction = z.infer<typeof redactionSchema>;

/**
 * A suggestion the editor turned down. Without offsets it holds everywhere in the text (the
 * normalised text in this category is not sensitive here, e.g. a large city); with offsets it
 * holds for that one occurrence (the word "نور", light, where a person is called Nour).
 */
export const rejectionSchema = z.object({
  /** The normalised text (shared/text normalizeForSearch) of the rejected suggestion. */
  key: z.string().min(1, 'A rejection needs the text it rejects.').max(2000),
  category: redactionCategorySchema,
  start: offsetSchema.nullable().default(null),
  end: offsetSchema.nullable().default(null),
});
export type Rejection = z.infer<typeof rejectionSchema>;

/** Something sensitive the record does not hold, added by the editor (a nickname, a street). */
export const customEntitySchema = z.object({
  id: idSchema,
  category: redactionCategorySchema,
  display: z.string().trim().min(1, 'Give the entity a name.').max(300),
  variants: z.array(z.string().trim().min(1).max(300)).max(100).default([]),
  /** For a place: the region it generalises to. */
  adminArea: z.string().trim().max(300).default(''),
  /** For a person: a role key (survivor, witness, …) that picks the pseudonym's noun. */
  role: z.string().max(100).nullable().default(null),
});
export type CustomEntity = z.infer<typeof customEntitySchema>;

/** A pseudonym the editor chose for an entity instead of the generated one. */
export const pseudonymChoiceSchema = z.object({
  entityId: idSchema,
  text: z.string().trim().min(1, 'A pseudonym cannot be empty.').max(100, 'A pseudonym has at most 100 characters.'),
});
export type PseudonymChoice = z.infer<typeof pseudonymChoiceSchema>;

export const REDACTION_DOCUMENT_FORMAT = 'testimony-vault/redaction';
export const REDACTION_DOCUMENT_VERSION = 1;

/** What the core stores (encrypted, as JSON) for one redacted text version. */
export const redactionDocumentSchema = z.object({
  format: z.literal(REDACTION_DOCUMENT_FORMAT).default(REDACTION_DOCUMENT_FORMAT),
  version: z.literal(REDACTION_DOCUMENT_VERSION).default(REDACTION_DOCUMENT_VERSION),
  text: z.string().max(5_000_000, 'The text is longer than 5,000,000 characters.'),
  redactions: z.array(redactionSchema).max(100_000).default([]),
  rejections: z.array(rejectionSchema).max(100_000).default([]),
  customEntities: z.array(customEntitySchema).max(10_000).default([]),
  pseudonyms: z.array(pseudonymChoiceSchema).max(10_000).default([]),
});
export type RedactionDocument = z.infer<typeof redactionDocumentSchema>;

/** Where an entity comes from in the record; it decides the suggestion reason and the leak check. */
export type EntityOrigin =
  | 'person'
  | 'contact'
  | 'birthDate'
  | 'eventPlace'
  | 'sessionPlace'
  | 'unit'
  | 'affiliation'
  | 'eventDate'
  | 'staff'
  | 'custom';

/** One sensitive thing of a testimony, in every spelling the record knows. Built, not stored. */
export interface Entity {
  readonly id: string;
  readonly category: RedactionCategory;
  readonly origin: EntityOrigin;
  /** How the editor sees it in lists (the legal name, the place as recorded). */
  readonly display: string;
  /** Every whole form to look for, as recorded (display included). */
  readonly variants: readonly string[];
  /** Parts of a person's names worth finding alone (given name, family name), normalised. */
  readonly parts: readonly string[];
  /** The Person it belongs to (for people, their contacts and birth dates). */
  readonly personId: string | null;
  /** Role key in the testimony (survivor, witness, alleged-perpetrator…, interviewer). */
  readonly role: string | null;
  readonly gender: 'female' | 'male' | null;
  /** Region a place generalises to; '' when unknown. */
  readonly adminArea: string;
  /** EDTF date of a date entity (event date, birth date). */
  readonly edtf: string | null;
}

export type SuggestionSource = 'record' | 'pattern' | 'sameEntity';

/** Why something is suggested: a code the renderer translates. */
export type SuggestionReason =
  | 'name'
  | 'namePart'
  | 'contact'
  | 'birthDate'
  | 'place'
  | 'organisation'
  | 'recordedDate'
  | 'staff'
  | 'custom'
  | 'phone'
  | 'email'
  | 'idNumber'
  | 'passport'
  | 'date'
  | 'sameEntity'
  | 'sameText';

export interface Suggestion {
  readonly start: number;
  readonly end: number;
  /** The text as written at start..end. */
  readonly text: string;
  /** Normalised text: the key a rejection stores. */
  readonly key: string;
  /** The entity, when exactly one fits; null when none or several do (see candidates). */
  readonly entityId: string | null;
  /** Every entity the occurrence may belong to (two people called Mohammed: both). */
  readonly candidates: readonly string[];
  readonly category: RedactionCategory;
  /** The policy to preselect: an accepted entity's own, else the category's default. */
  readonly policy: ReplacementPolicy;
  readonly source: SuggestionSource;
  readonly reason: SuggestionReason;
}

export type RedactionErrorCode =
  | 'invalid-document'
  | 'out-of-range'
  | 'empty-span'
  | 'overlap'
  | 'splits-character'
  | 'duplicate-id'
  | 'unknown-entity'
  | 'duplicate-pseudonym';

/**
 * A document or request the engine refuses. Messages name redaction ids and offsets only,
 * never testimony text: they may end up in logs and IPC error envelopes.
 */
export class RedactionError extends Error {
  override readonly name = 'RedactionError';
  constructor(
    readonly code: RedactionErrorCode,
    message: string,
    readonly ids: readonly string[] = [],
  ) {
    super(message);
  }
}

/** The policy a suggestion of this category starts with. */
export function defaultPolicy(category: RedactionCategory): ReplacementPolicy {
  switch (category) {
    case 'person':
    case 'thirdParty':
      return 'pseudonym';
    case 'place':
    case 'date':
      return 'generalise';
    default:
      return 'label';
  }
}

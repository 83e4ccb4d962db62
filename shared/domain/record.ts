import { z } from 'zod';
import { isValidEdtf } from './edtf';
import { idSchema, testimonyCodeSchema, testimonyTitleSchema } from './testimony';
import { SENSITIVITY_LEVELS, TESTIMONY_STATUSES, sensitivitySchema, termKeySchema, testimonyStatusSchema } from './vocabularies';

/**
 * The testimony record: what courts, UN mechanisms and publications ask of a testimony
 * (HURIDOCS Events Standard Formats, the International Protocol on sexual violence, the
 * Murad Code, Eurojust/ICC guidelines, the Berkeley Protocol, EDTF, ISO 639). One schema for
 * the IPC contract, the core's writes, JSON import/export and the published JSON Schema.
 *
 * Vocabulary fields hold term keys (shared/domain/vocabularies); the core checks them against
 * the built-in and the organisation's own terms. Dates are EDTF strings.
 */

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u;

/** A one-line text: trimmed, bounded, no control characters. */
export const line = (max = 300) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .refine((s) => !/[\r\n]/.test(s) && !CONTROL_CHARS.test(s), 'One line of text, without control characters.');

/** A free text (notes, summary): line breaks allowed, control characters not. */
export const text = (max = 20_000) =>
  z
    .string()
    .max(max, `At most ${max} characters.`)
    .refine((s) => !CONTROL_CHARS.test(s), 'Text without control characters.');

export const edtfSchema = z
  .string()
  .trim()
  .max(100)
  .refine((s) => isValidEdtf(s), 'Not a valid EDTF date (for example 2024-03-15, 2024-03~, 201X, 1985/..).');

/** ISO 639-1 (two letters) or ISO 639-2/3 (three letters) language code. */
export const languageCodeSchema = z.string().regex(/^[a-z]{2,3}$/, 'A language code such as ar, en, ckb or kmr.');

export { termKeySchema, TESTIMONY_STATUSES, SENSITIVITY_LEVELS, testimonyStatusSchema, sensitivitySchema };

export const placeSchema = z.object({
  text: line(500).default(''),
  adminArea: line(300).default(''),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
  precision: termKeySchema.nullable().default(null),
});
export type Place = z.infer<typeof placeSchema>;

export const interviewSessionSchema = z.object({
  id: idSchema,
  date: edtfSchema.nullable().default(null),
  /** Local time of day, HH:MM, when known. */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time as HH:MM.').nullable().default(null),
  place: placeSchema.default(placeSchema.parse({})),
  mode: termKeySchema.nullable().default(null),
  interviewers: z.array(line(200)).max(20).default([]),
  interpreter: line(200).default(''),
  languagesUsed: z.array(languageCodeSchema).max(10).default([]),
  othersPresent: line(500).default(''),
  recordingMethod: termKeySchema.nullable().default(null),
  durationMinutes: z.number().int().min(0).max(24 * 60).nullable().default(null),
  wellbeingNotes: text(5000).default(''),
  referralsOffered: text(2000).default(''),
});
export type InterviewSession = z.infer<typeof interviewSessionSchema>;

export const nameVariantSchema = z.object({
  value: line(200).pipe(z.string().min(1, 'A name cannot be empty.')),
  /** ISO 15924 script code: Arab, Latn, Syrc, Cyrl… */
  script: z.string().regex(/^[A-Z][a-z]{3}$/, 'An ISO 15924 script code such as Arab or Latn.'),
  kind: z.enum(['legal', 'alias', 'spelling', 'nickname']),
});

/**
 * The sensitive section of a person: who they are. Stored apart from the rest of the record
 * (person_identities) so that a later change can encrypt it under a key of its own.
 */
export const personIdentitySchema = z.object({
  legalName: line(200).default(''),
  names: z.array(nameVariantSchema).max(50).default([]),
  sexGender: termKeySchema.nullable().default(null),
  birthDate: edtfSchema.nullable().default(null),
  nationality: z.array(z.string().regex(/^[A-Z]{2}$/, 'An ISO 3166-1 alpha-2 country code.')).max(5).default([]),
  contact: text(1000).default(''),
  notes: text(5000).default(''),
});
export type PersonIdentity = z.infer<typeof personIdentitySchema>;

export const personCodeSchema = z
  .string()
  .trim()
  .min(1, 'The pseudonym or code is empty.')
  .max(64, 'At most 64 characters.')
  .refine((s) => !CONTROL_CHARS.test(s) && !/[\r\n]/.test(s), 'One line of text.');

/** A person as the vault knows them across testimonies. */
export const personSchema = z.object({
  id: idSchema,
  /** The pseudonym or code used everywhere instead of the name. */
  code: personCodeSchema,
  identity: personIdentitySchema.default(personIdentitySchema.parse({})),
});
export type Person = z.infer<typeof personSchema>;

/** A person's part in one testimony. */
export const testimonyPersonSchema = z.object({
  personId: idSchema,
  role: termKeySchema,
  /** Age at the time of the events, as said (a number, a range, "about 30"). Sensitive. */
  ageAtEvents: line(50).default(''),
  notes: text(2000).default(''),
});
export type TestimonyPerson = z.infer<typeof testimonyPersonSchema>;

/** Each scope is yes, no, or not asked (null). */
export const CONSENT_SCOPES = [
  'archive',
  'shareUnMechanisms',
  'shareInternationalCourts',
  'shareNationalProsecutors',
  'publishAnonymisedText',
  'publishAudio',
  'publishIdentity',
] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];
const scopeAnswer = z.boolean({ error: 'Answer yes or no, or leave it empty (not asked).' }).nullable().default(null);

export const consentWithdrawalSchema = z.object({
  withdrawnOn: edtfSchema,
  /** Scopes withdrawn; every scope when the survivor withdrew everything. */
  scopes: z.array(z.enum(CONSENT_SCOPES)).min(1, 'Say which consent is withdrawn.'),
  notes: text(2000).default(''),
});

export const consentSchema = z.object({
  obtained: z.enum(['yes', 'no', 'unknown']).default('unknown'),
  method: termKeySchema.nullable().default(null),
  /** Where oral consent is on the recording: media id and position in seconds. */
  recordingReference: z
    .object({ mediaId: idSchema.nullable().default(null), seconds: z.number().min(0).nullable().default(null) })
    .default({ mediaId: null, seconds: null }),
  obtainedOn: edtfSchema.nullable().default(null),
  takenBy: line(200).default(''),
  /** Who else was there: guardian, counsellor, interpreter. */
  present: line(500).default(''),
  explained: text(5000).default(''),
  scopes: z.object(Object.fromEntries(CONSENT_SCOPES.map((s) => [s, scopeAnswer])) as Record<ConsentScope, typeof scopeAnswer>).default(
    Object.fromEntries(CONSENT_SCOPES.map((s) => [s, null])) as Record<ConsentScope, null>,
  ),
  restrictions: text(5000).default(''),
  feedbackRequested: text(2000).default(''),
  withdrawals: z.array(consentWithdrawalSchema).max(50).default([]),
});
export type Consent = z.infer<typeof consentSchema>;

export const perpetratorSchema = z.object({
  personId: idSchema.nullable().default(null),
  unit: line(300).default(''),
  affiliation: line(300).default(''),
  involvement: termKeySchema.nullable().default(null),
});

/** The part of a recording (or, later, of a transcript) that supports an event. */
export const citationSchema = z.object({
  mediaId: idSchema,
  startSeconds: z.number().min(0).nullable().default(null),
  endSeconds: z.number().min(0).nullable().default(null),
  note: line(500).default(''),
});

export const eventSchema = z.object({
  id: idSchema,
  actType: termKeySchema,
  date: edtfSchema.nullable().default(null),
  place: placeSchema.default(placeSchema.parse({})),
  description: text(20_000).default(''),
  victims: z.array(idSchema).max(200).default([]),
  perpetrators: z.array(perpetratorSchema).max(100).default([]),
  consequences: text(5000).default(''),
  citations: z.array(citationSchema).max(100).default([]),
});
export type VaultEvent = z.infer<typeof eventSchema>;

export const sourceSchema = z.object({
  channel: termKeySchema.nullable().default(null),
  connection: termKeySchema.nullable().default(null),
  reliability: termKeySchema.nullable().default(null),
  receivedOn: edtfSchema.nullable().default(null),
  enteredBy: line(200).default(''),
  notes: text(5000).default(''),
});
export type Source = z.infer<typeof sourceSchema>;

export const customFieldSchema = z.object({
  key: line(100).pipe(z.string().min(1, 'A custom field needs a name.')),
  value: text(5000),
});

/** The overview of a testimony (the part edited in its first section). */
export const testimonyOverviewSchema = z.object({
  code: testimonyCodeSchema,
  title: testimonyTitleSchema,
  summary: text(20_000).default(''),
  languages: z.array(languageCodeSchema).max(10).default([]),
  status: testimonyStatusSchema.default('draft'),
  sensitivity: sensitivitySchema.default('standard'),
  contentWarnings: z.array(termKeySchema).max(30).default([]),
  tags: z.array(line(100).pipe(z.string().min(1))).max(50).default([]),
  customFields: z.array(customFieldSchema).max(100).default([]),
});
export type TestimonyOverview = z.infer<typeof testimonyOverviewSchema>;

export const testimonyRecordSchema = testimonyOverviewSchema.extend({
  id: idSchema,
  source: sourceSchema.default(sourceSchema.parse({})),
  consent: consentSchema.default(consentSchema.parse({})),
  sessions: z.array(interviewSessionSchema).max(100).default([]),
  people: z.array(testimonyPersonSchema).max(200).default([]),
  events: z.array(eventSchema).max(500).default([]),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TestimonyRecord = z.infer<typeof testimonyRecordSchema>;

/** The JSON import/export file: testimonies and the people they refer to. */
export const RECORDS_FILE_FORMAT = 'testimony-vault/records';
export const RECORDS_FILE_VERSION = 1;
export const recordsFileSchema = z.object({
  format: z.literal(RECORDS_FILE_FORMAT),
  version: z.literal(RECORDS_FILE_VERSION),
  exportedAt: z.string().optional(),
  people: z.array(personSchema).max(100_000),
  testimonies: z.array(testimonyRecordSchema).max(100_000),
});
export type RecordsFile = z.infer<typeof recordsFileSchema>;

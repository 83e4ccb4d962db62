import { z } from 'zod';

/**
 * The audit log's event types, named by their PREMIS labels so that a PREMIS export can
 * write `<eventType valueURI="…">label</eventType>` straight from the stored value.
 * The URIs are the Library of Congress PREMIS eventType vocabulary; a type with no entry
 * there (key change) is ours and has no URI. The label is what is stored in the
 * `audit_events.type` column and hashed into the Merkle leaf, so a value, once released,
 * is never renamed: add new ones at the end instead.
 */
export const PREMIS_EVENT_TYPE_BASE = 'http://id.loc.gov/vocabulary/preservation/eventType/';

export interface AuditEventTypeInfo {
  /** The PREMIS authoritative label (or our own label for local types). */
  readonly label: string;
  /** id.loc.gov eventType URI, absent for types the PREMIS vocabulary does not define. */
  readonly uri?: string;
}

export const AUDIT_EVENT_TYPES = [
  'creation',
  'ingestion',
  'fixity check',
  'modification',
  'metadata modification',
  'redaction',
  'dissemination',
  'replication',
  'deletion',
  'key change',
] as const;

export const auditEventTypeSchema = z.enum(AUDIT_EVENT_TYPES);
export type AuditEventType = z.infer<typeof auditEventTypeSchema>;

const premis = (code: string): string => `${PREMIS_EVENT_TYPE_BASE}${code}`;

export const AUDIT_EVENT_TYPE_INFO: Readonly<Record<AuditEventType, AuditEventTypeInfo>> = {
  creation: { label: 'creation', uri: premis('cre') },
  ingestion: { label: 'ingestion', uri: premis('ing') },
  'fixity check': { label: 'fixity check', uri: premis('fix') },
  modification: { label: 'modification', uri: premis('mod') },
  'metadata modification': { label: 'metadata modification', uri: premis('mem') },
  redaction: { label: 'redaction', uri: premis('red') },
  // A publication or a custody package leaving the vault.
  dissemination: { label: 'dissemination', uri: premis('dis') },
  // A backup copy of the vault.
  replication: { label: 'replication', uri: premis('rep') },
  deletion: { label: 'deletion', uri: premis('del') },
  // Passphrase, recovery key, signing key or database key replaced: PREMIS has no such type.
  'key change': { label: 'key change' },
};

/** What an event is about: a short lower-case kind ("testimony", "media", "vault", …). */
export const auditObjectTypeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,31}$/, 'The object type must be 1 to 32 lower-case letters, digits or "-", starting with a letter.');

/**
 * Actor and object ids: one line of printable text, never empty. Lone UTF-16 surrogates are
 * refused: SQLite would store them as U+FFFD and the column would no longer match the leaf.
 */
// eslint-disable-next-line no-control-regex
const ONE_LINE = /^[^\u0000-\u001f\u007f-\u009f\p{Surrogate}]+$/u;
export const auditIdSchema = z.string().min(1).max(200).regex(ONE_LINE, 'An id must be one line of printable text.');

/**
 * Free-form facts about an event (file name hashes, sizes, counts, export recipients' key
 * fingerprints). It stays inside the encrypted database, but it is hashed into the log
 * forever: never put testimony content or a person's name here.
 */
export const auditDetailSchema = z.record(z.string(), z.json());
export type AuditDetail = z.infer<typeof auditDetailSchema>;

export const auditEventInputSchema = z.object({
  type: auditEventTypeSchema,
  actor: auditIdSchema,
  objectType: auditObjectTypeSchema,
  objectId: auditIdSchema,
  detail: auditDetailSchema.optional(),
});
export type AuditEventInput = z.input<typeof auditEventInputSchema>;

/** An event as read back from the log. `type` is a string: a newer app may have added types. */
export const auditEventSchema = z.object({
  seq: z.number().int().nonnegative(),
  time: z.string(),
  actor: z.string(),
  type: z.string(),
  objectType: z.string(),
  objectId: z.string(),
  detail: auditDetailSchema,
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

/**
 * What verification can find wrong. The renderer translates each code; the English message
 * that comes with it names the event (seq) or checkpoint concerned.
 */
export const AUDIT_PROBLEM_CODES = [
  // An event's columns no longer match the record that was hashed into the log.
  'EVENT_MODIFIED',
  // An event sits at another position than the one it was recorded at, or is dated before its predecessor.
  'EVENT_REORDERED',
  // A sequence number is missing: an event was deleted from the middle of the log.
  'EVENT_MISSING',
  // The log holds fewer events than a checkpoint in the database signed: events were removed from the end.
  'LOG_TRUNCATED',
  // The checkpoint file outside the database records more events than the database holds.
  'LOG_ROLLED_BACK',
  'CHECKPOINT_SIGNATURE_INVALID',
  'CHECKPOINT_MALFORMED',
  // The events no longer hash to a signed root: rewritten with recomputed hashes, or reordered.
  'CHECKPOINT_ROOT_MISMATCH',
  'CHECKPOINTS_NOT_INCREASING',
  'CHECKPOINT_FILE_MISSING',
  'CHECKPOINT_FILE_INVALID',
  // The checkpoint file is older than the newest checkpoint in the database.
  'CHECKPOINT_FILE_STALE',
  // The checkpoint file signs a root the log does not have at that size.
  'CHECKPOINT_FILE_MISMATCH',
  'TRUSTED_CHECKPOINT_INVALID',
  // The log is smaller than a checkpoint the custodian saved earlier.
  'TRUSTED_CHECKPOINT_ROLLED_BACK',
  // The log has another root than a checkpoint the custodian saved earlier, at its size.
  'TRUSTED_CHECKPOINT_FORKED',
] as const;

export const auditProblemCodeSchema = z.enum(AUDIT_PROBLEM_CODES);
export type AuditProblemCode = z.infer<typeof auditProblemCodeSchema>;

export const auditProblemSchema = z.object({
  code: auditProblemCodeSchema,
  message: z.string(),
  seq: z.number().int().nonnegative().optional(),
});
export type AuditProblem = z.infer<typeof auditProblemSchema>;

export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  treeSize: z.number().int().nonnegative(),
  /** Base64, as in the checkpoint's third line. */
  rootHash: z.string(),
  problems: z.array(auditProblemSchema),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;

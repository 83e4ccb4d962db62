import { z } from 'zod';

/**
 * Custodians' operations on the whole vault (issue 5): the fixity audit, backups and the import
 * of received custody packages. Merged into `operations` in operations.ts; their progress
 * events are in events.ts.
 */
const empty = z.object({}).strict();
const ok = z.object({ ok: z.literal(true) });
const count = z.number().int().nonnegative();

/**
 * Why an original failed its fixity check. The renderer translates the code; `message` is
 * the English explanation (CLI, fallback).
 */
export const FIXITY_FAILURE_REASONS = [
  // The blob decrypts, but its plaintext no longer has the SHA-256/SHA-512 recorded at ingest
  // (for instance another blob of the same testimony was copied over it).
  'HASH_MISMATCH',
  // The age file fails authentication or is malformed: altered, truncated, appended to.
  'BLOB_DAMAGED',
  // There is no file where the database says the original is.
  'BLOB_MISSING',
  // The file is there but cannot be read (permissions, an I/O error).
  'BLOB_UNREADABLE',
  // The database has no key for the testimony: the original cannot be decrypted at all.
  'KEY_MISSING',
] as const;
export const fixityFailureReasonSchema = z.enum(FIXITY_FAILURE_REASONS);
export type FixityFailureReason = z.infer<typeof fixityFailureReasonSchema>;

export const fixityFailureSchema = z.object({
  testimonyCode: z.string(),
  mediaId: z.string(),
  originalName: z.string(),
  reason: fixityFailureReasonSchema,
  /** For BLOB_DAMAGED: the age error (CHUNK_AUTH_FAILED, TRUNCATED, HEADER_MAC_MISMATCH…). */
  ageErrorCode: z.string().optional(),
  message: z.string(),
});
export type FixityFailure = z.infer<typeof fixityFailureSchema>;

export const fixityReportSchema = z.object({
  checked: count,
  passed: count,
  failed: z.array(fixityFailureSchema),
  /** True when the audit was cancelled: `checked` covers the originals checked until then. */
  cancelled: z.boolean(),
});
export type FixityReport = z.infer<typeof fixityReportSchema>;

export const fixityProgressSchema = z.object({
  filesDone: count,
  filesTotal: count,
  /** Plaintext bytes decrypted and hashed so far, of the originals' total size. */
  bytesDone: count,
  bytesTotal: count,
  /** Failures found so far. */
  failed: count,
});
export type FixityProgress = z.infer<typeof fixityProgressSchema>;

export const BACKUP_PHASES = ['database', 'blobs', 'finishing', 'done'] as const;

export const backupProgressSchema = z.object({
  phase: z.enum(BACKUP_PHASES),
  /** Blobs looked at (copied or found already there) of those the backup holds. */
  filesDone: count,
  filesTotal: count,
  /** Bytes of blobs read so far (copied or compared), of their total. */
  bytesDone: count,
  bytesTotal: count,
});
export type BackupProgress = z.infer<typeof backupProgressSchema>;

export const backupSummarySchema = z.object({
  /** The backup folder. */
  path: z.string(),
  vaultId: z.string(),
  /** Events in the audit log of the copy. */
  auditEvents: count,
  blobsCopied: count,
  /** Blobs already in the folder from an earlier backup, identical to the vault's. */
  blobsSkipped: count,
  /** Blobs of an earlier backup the vault no longer holds, removed from the folder. */
  blobsRemoved: count,
  bytesCopied: count,
  databaseBytes: count,
  /**
   * Media whose blob in the vault no longer matches the copy an earlier backup verified.
   * Blobs never change once written, so the vault's copy is damaged: the backup keeps the good
   * copy, and a fixity audit will name the original.
   */
  changedInVault: z.array(z.string()),
});
export type BackupSummary = z.infer<typeof backupSummarySchema>;

/** The report of `testimony-vault verify` (electron/core/custody/package-verify-types.ts). */
export const verifyReportSchema = z.object({
  ok: z.boolean(),
  checks: z.array(z.object({ check: z.string(), ok: z.boolean(), problems: z.array(z.string()), note: z.string().optional() })),
  bag: z.object({
    id: z.string().nullable(),
    testimonies: z.array(z.string()),
    payloadOxum: z.string().nullable(),
    signerKeyId: z.string().nullable(),
    trustedComment: z.string().nullable(),
  }),
  notRun: z.array(z.string()),
});
export type VerifyReportView = z.infer<typeof verifyReportSchema>;

export const custodyOperations = {
  /** Decrypts and rehashes every original (SHA-256 and SHA-512); one audit event each. */
  'fixity.run': { input: empty, output: fixityReportSchema },
  'fixity.cancel': { input: empty, output: ok },
  /** Main asks for the backup folder with a dialog; the renderer never names a path. */
  'backup.run': {
    input: empty,
    output: z.discriminatedUnion('saved', [z.object({ saved: z.literal(false) }), backupSummarySchema.extend({ saved: z.literal(true) })]),
  },
  'backup.cancel': { input: empty, output: ok },
  /**
   * Imports a received custody package as new testimonies. Main asks for the package with a
   * file dialog and, when no passphrase is given and the package is encrypted, for the age
   * identity file with a second one. Verified in full first; refused with the report otherwise.
   */
  'custody.importPackage': {
    input: z.object({ passphrase: z.string().min(1, 'The passphrase is empty.').max(1000).optional() }).strict(),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('cancelled') }),
      z.object({
        status: z.literal('imported'),
        bagId: z.string(),
        testimonies: z.array(z.object({ id: z.string(), code: z.string(), originals: count, transcripts: count })),
        people: count,
        report: verifyReportSchema,
      }),
      z.object({ status: z.literal('refused'), report: verifyReportSchema, problems: z.array(z.string()) }),
    ]),
  },
} as const;

export const custodyEvents = {
  'fixity.progress': fixityProgressSchema,
  'backup.progress': backupProgressSchema,
} as const;

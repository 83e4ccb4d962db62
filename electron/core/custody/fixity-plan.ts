import type { FixityFailure } from '../../../shared/contract/custody-operations';
import type { Db } from '../db/connection';
import { statement } from '../db/statements';
import type { VerifyProblem } from '../media/export-protocol';

/** One original to check, with what ingest recorded about it. */
export interface FixityItem {
  mediaId: string;
  testimonyId: string;
  testimonyCode: string;
  originalName: string;
  blobPath: string;
  size: number;
  sha256: string;
  sha512: string;
}

/** Every original of the vault, grouped by testimony, in a stable order. */
export function fixityPlan(db: Db): FixityItem[] {
  return statement<[], FixityItem>(
    db,
    `SELECT m.id AS mediaId, m.testimony_id AS testimonyId, t.code AS testimonyCode, m.original_name AS originalName,
            m.blob_path AS blobPath, m.size AS size, m.sha256 AS sha256, m.sha512 AS sha512
       FROM media m JOIN testimonies t ON t.id = m.testimony_id
      ORDER BY t.code, m.created_at, m.id`,
  ).all();
}

/** What the decrypt worker found: the plaintext's size and digests, or why there are none. */
export type VerifyOutcome = { ok: true; size: number; sha256: string; sha512: string } | { ok: false; problem: VerifyProblem };

export type FixityResult = { item: FixityItem; pass: true } | { item: FixityItem; pass: false; failure: FixityFailure };

function failed(item: FixityItem, failure: Omit<FixityFailure, 'testimonyCode' | 'mediaId' | 'originalName'>): FixityResult {
  return { item, pass: false, failure: { testimonyCode: item.testimonyCode, mediaId: item.mediaId, originalName: item.originalName, ...failure } };
}

/** Compares what was decrypted with the ingest record: both algorithms and the size must agree. */
export function judge(item: FixityItem, outcome: VerifyOutcome): FixityResult {
  if (!outcome.ok) {
    const { problem } = outcome;
    if (problem.kind === 'missing') return failed(item, { reason: 'BLOB_MISSING', message: `The encrypted file ${item.blobPath} is missing from the vault folder. Restore it from a backup.` });
    if (problem.kind === 'unreadable') return failed(item, { reason: 'BLOB_UNREADABLE', message: `The encrypted file ${item.blobPath} cannot be read (${problem.errno}).` });
    return failed(item, { reason: 'BLOB_DAMAGED', ageErrorCode: problem.ageErrorCode, message: problem.message });
  }
  const differing = [
    outcome.size !== item.size ? 'size' : null,
    outcome.sha256 !== item.sha256 ? 'SHA-256' : null,
    outcome.sha512 !== item.sha512 ? 'SHA-512' : null,
  ].filter((d): d is string => d !== null);
  if (differing.length === 0) return { item, pass: true };
  return failed(item, {
    reason: 'HASH_MISMATCH',
    message: `The original decrypts, but its ${differing.join(', ')} differ from those recorded at ingest: the file in the vault is not this original. Restore it from a backup.`,
  });
}

export function keyMissing(item: FixityItem): FixityResult {
  return failed(item, {
    reason: 'KEY_MISSING',
    message: 'The database holds no key for this testimony: its originals cannot be decrypted. Restore the database from a backup.',
  });
}

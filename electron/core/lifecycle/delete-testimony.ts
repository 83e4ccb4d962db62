import { promises as fs } from 'node:fs';
import path from 'node:path';
import { VaultError } from '../../../shared/errors';
import { statement } from '../db/statements';
import { getTestimony } from '../db/queries/testimonies';
import { blobAbsolutePath, PARTIAL_SUFFIX } from '../media/blob-paths';
import type { VaultSession } from '../vault/session';
import { assertMayDelete } from './deletion-roles';

/** Mirrors db/queries/search.ts: a testimony's index rows are one rowid range. */
const SEARCH_ROWS_PER_TESTIMONY = 2 ** 20;

export interface DeletionSummary {
  deleted: true;
  originals: number;
  transcripts: number;
  recordings: number;
  people: number;
}

interface Doomed {
  num: number | undefined;
  blobPaths: string[];
  originals: number;
  journals: string[];
  recordings: number;
  transcripts: number;
  people: string[];
}

function collect(session: VaultSession, testimonyId: string): Doomed {
  const db = session.db;
  const num = statement<[string], number>(db, 'SELECT num FROM testimony_list WHERE id = ?').pluck().get(testimonyId);
  const blobPaths = [
    ...statement<[string], string>(db, 'SELECT blob_path FROM media WHERE testimony_id = ?').pluck().all(testimonyId),
    // Redacted audio made for publication is encrypted to the same identity: it goes too.
    ...statement<[string], string>(db, 'SELECT blob_path FROM redacted_audio WHERE testimony_id = ?').pluck().all(testimonyId),
  ];
  const originals = statement<[string], number>(db, 'SELECT count(*) FROM media WHERE testimony_id = ?').pluck().get(testimonyId) ?? 0;
  const journals = statement<[string], string>(db, 'SELECT journal FROM recordings WHERE testimony_id = ?').pluck().all(testimonyId);
  const transcripts = statement<[string], number>(db, 'SELECT count(*) FROM transcripts WHERE testimony_id = ?').pluck().get(testimonyId) ?? 0;
  // People who appear in this testimony only: their identity details (legal name, contact)
  // would otherwise outlive the testimony that is the only reason the vault knows them.
  const people = statement<[string, string, string], string>(
    db,
    `SELECT tp.person_id FROM testimony_people tp WHERE tp.testimony_id = ?
       AND NOT EXISTS (SELECT 1 FROM testimony_people o WHERE o.person_id = tp.person_id AND o.testimony_id <> ?)
       AND NOT EXISTS (SELECT 1 FROM event_people ep JOIN events e ON e.id = ep.event_id WHERE ep.person_id = tp.person_id AND e.testimony_id <> ?)`,
  )
    .pluck()
    .all(testimonyId, testimonyId, testimonyId);
  return { num, blobPaths, originals, journals, recordings: journals.length, transcripts, people };
}

/** Removes the rows; ON DELETE CASCADE takes the key, list row, media, transcripts, recordings, sessions and events. */
function removeRows(session: VaultSession, testimonyId: string, doomed: Doomed): void {
  const db = session.db;
  if (doomed.num !== undefined) {
    const first = doomed.num * SEARCH_ROWS_PER_TESTIMONY;
    statement(db, 'DELETE FROM search_index WHERE rowid >= ? AND rowid < ?').run(first, first + SEARCH_ROWS_PER_TESTIMONY);
    statement(db, 'DELETE FROM search_paragraphs WHERE num = ?').run(doomed.num);
  }
  // Audio redaction rows have no foreign keys (migration 0008): removed by hand, before the media they name.
  statement(db, 'DELETE FROM audio_redaction_plans WHERE media_id IN (SELECT id FROM media WHERE testimony_id = ?)').run(testimonyId);
  statement(db, 'DELETE FROM redacted_audio WHERE testimony_id = ?').run(testimonyId);
  statement(db, 'DELETE FROM testimonies WHERE id = ?').run(testimonyId);
  // The identity went with the cascade; this says so loudly if a schema change ever breaks that.
  if (statement(db, 'SELECT 1 FROM testimony_keys WHERE testimony_id = ?').get(testimonyId) !== undefined) {
    throw new VaultError('INTERNAL', 'The testimony\'s key survived its deletion.');
  }
  for (const personId of doomed.people) statement(db, 'DELETE FROM people WHERE id = ?').run(personId);
}

/** Refuses, changing nothing, unless this user may delete and typed this testimony's code. */
export function checkDeletion(session: VaultSession, testimonyId: string, confirmCode: string): void {
  assertMayDelete(session);
  const testimony = getTestimony(session.db, testimonyId);
  if (!testimony) throw new VaultError('NOT_FOUND', 'This testimony does not exist.');
  if (testimony.code !== confirmCode.trim()) {
    throw new VaultError('BAD_INPUT', 'Type the testimony\'s code exactly as shown to confirm its deletion.', { field: 'confirmCode', reason: 'mismatch' });
  }
}

/**
 * Deletes a testimony for good (DESIGN.md, "Media blobs": crypto-shredding). The rows and
 * the testimony's age identity go in one transaction with a `deletion` audit event; only then
 * are the blob files removed. The identity is the only key to those blobs, so a copy of them
 * (a backup, an SSD's remapped block) is noise from that commit on, and a crash before the
 * files are removed leaves ciphertext nobody can open, which the next unlock sweeps away.
 *
 * The audit log is append-only and keeps the testimony's history; its events hold ids,
 * sizes and hashes, never titles, names or transcript text (custody/audit-leaf.ts).
 */
export async function deleteTestimony(session: VaultSession, testimonyId: string, confirmCode: string): Promise<DeletionSummary> {
  checkDeletion(session, testimonyId, confirmCode);
  const doomed = collect(session, testimonyId);
  await session.commit((record) => {
    removeRows(session, testimonyId, doomed);
    record({
      type: 'deletion',
      objectType: 'testimony',
      objectId: testimonyId,
      detail: { originals: doomed.originals, transcripts: doomed.transcripts, recordings: doomed.recordings, people: doomed.people.length, identityDestroyed: true },
    });
  });
  for (const relative of doomed.blobPaths) {
    const blob = blobAbsolutePath(session.dir, relative);
    await fs.rm(blob, { force: true });
    await fs.rm(blob + PARTIAL_SUFFIX, { force: true });
  }
  // A journal left by a crash here is noise too: its key was in the deleted row.
  for (const journal of doomed.journals) {
    const resolved = path.resolve(session.dir, journal);
    if (resolved.startsWith(path.resolve(session.dir) + path.sep)) await fs.rm(resolved, { force: true });
  }
  // The WAL holds the deleted pages' last images (encrypted under the database key) until it
  // is overwritten: fold it into the main file, where secure_delete has zeroed the freed pages,
  // and truncate it.
  session.db.pragma('wal_checkpoint(TRUNCATE)');
  return { deleted: true, originals: doomed.originals, transcripts: doomed.transcripts, recordings: doomed.recordings, people: doomed.people.length };
}

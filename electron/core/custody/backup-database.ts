import { promises as fs } from 'node:fs';
import { VaultError } from '../../../shared/errors';
import { openEncryptedDatabase } from '../db/connection';
import type { VaultHeader } from '../vault/header';
import type { VaultSession } from '../vault/session';
import { isBlobPath } from './backup-manifest';

/**
 * The database part of a backup. better-sqlite3's db.backup() (SQLite's online backup API)
 * cannot be used: it opens the destination with a fresh connection that has no key, and
 * sqlite3mc refuses to back up an encrypted database into it ("backup is not supported with
 * incompatible source and target databases"). `VACUUM INTO` on the vault's own connection is
 * used instead: sqlite3mc writes the copy with the source's cipher and key (checked below on
 * every backup), and the statement reads one consistent snapshot. Because it runs
 * synchronously on the connection every change goes through, no change can land half-way;
 * the header is taken in the same tick, so the copy and its header belong together.
 */
const PLAINTEXT_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export function snapshotDatabase(session: VaultSession, target: string): VaultHeader {
  session.assertOpen();
  const header = session.header;
  session.db.prepare('VACUUM INTO ?').run(target);
  return header;
}

export interface SnapshotContents {
  /** Media ids and blob paths the copy refers to. */
  blobs: { mediaId: string; blobPath: string }[];
  /** The newest signed checkpoint in the copy: the checkpoint file that goes with it. */
  checkpointNote: string | null;
  auditEvents: number;
  size: number;
}

/** Refuses (and removes) a copy that would be readable without the key. */
async function assertEncrypted(file: string): Promise<number> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(PLAINTEXT_MAGIC.length);
    await handle.read(head, 0, head.length, 0);
    if (size === 0 || head.equals(PLAINTEXT_MAGIC)) {
      await fs.rm(file, { force: true });
      throw new VaultError('INTERNAL', 'The copy of the database came out unencrypted; it was deleted and the backup stopped.');
    }
    return size;
  } finally {
    await handle.close();
  }
}

/**
 * Checks the copy: encrypted on disk, opens with the key its own header wraps, passes
 * PRAGMA integrity_check, and names blobs only inside the vault layout. Returns what the
 * backup must copy with it.
 */
export async function inspectSnapshot(session: VaultSession, header: VaultHeader, file: string): Promise<SnapshotContents> {
  const size = await assertEncrypted(file);
  return session.withDatabaseKey(header, (keyHex) => {
    const db = openEncryptedDatabase(file, keyHex, { readonly: true });
    try {
      const integrity = db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') throw new VaultError('DATABASE_CORRUPT', `The copy of the database fails its integrity check (${String(integrity)}); the backup stopped.`);
      const blobs = db.prepare<[], { mediaId: string; blobPath: string }>('SELECT id AS mediaId, blob_path AS blobPath FROM media ORDER BY blob_path').all();
      const strange = blobs.find((b) => !isBlobPath(b.blobPath));
      if (strange) throw new VaultError('DATABASE_CORRUPT', `The database names a blob outside the vault layout (${strange.blobPath}); the backup stopped.`);
      const checkpointNote = db.prepare<[], string>('SELECT note FROM audit_checkpoints ORDER BY tree_size DESC LIMIT 1').pluck().get() ?? null;
      const auditEvents = db.prepare<[], number>('SELECT count(*) FROM audit_events').pluck().get() ?? 0;
      return { blobs, checkpointNote, auditEvents, size };
    } finally {
      db.close();
    }
  });
}

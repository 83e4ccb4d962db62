import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { VaultError } from '../../../shared/errors';
import type { BackupProgress, BackupSummary } from '../../../shared/contract/custody-operations';
import { syncDirectory, writeFileAtomic } from '../fs/atomic-write';
import { PARTIAL_SUFFIX } from '../media/blob-paths';
import { CHECKPOINT_FILE, DATABASE_FILE, HEADER_BACKUP_FILE, HEADER_FILE, loadHeader, saveHeader, type VaultHeader } from '../vault/header';
import type { VaultSession } from '../vault/session';
import { copyBlobs, pruneBlobs } from './backup-blobs';
import { inspectSnapshot, snapshotDatabase } from './backup-database';
import { hashFile } from './backup-files';
import { claimBackupFolder } from './backup-folder';
import { MANIFEST_FORMAT, MANIFEST_VERSION, VAULT_FILES, writeManifest, type BackupFile } from './backup-manifest';
import { canonicalJson } from './canonical-json';

export interface BackupOptions {
  onProgress?: (progress: BackupProgress) => void;
  /** Aborting it stops the backup; the folder keeps what was copied and the next backup resumes. */
  signal?: AbortSignal;
}

const PROGRESS_EVERY_MS = 100;

function throttled(onProgress: ((progress: BackupProgress) => void) | undefined): (progress: BackupProgress, force?: boolean) => void {
  let last = 0;
  return (progress, force = false) => {
    if (!onProgress || (!force && Date.now() - last < PROGRESS_EVERY_MS)) return;
    last = Date.now();
    onProgress(progress);
  };
}

/**
 * Puts the verified database copy, its checkpoint file and the header in place, then reads
 * each back. The checkpoint file is the copy's own newest checkpoint, not the vault's file of
 * the moment, which a change after the snapshot may already have moved on: `audit verify` of
 * the restored vault would then see a rollback.
 */
async function placeVaultFiles(dir: string, databaseCopy: string, header: VaultHeader, checkpointNote: string | null): Promise<BackupFile[]> {
  // A WAL left beside vault.db (the backup folder opened as a vault) must never be replayed into the new copy.
  await Promise.all(['-wal', '-shm'].map((suffix) => fs.rm(path.join(dir, `${DATABASE_FILE}${suffix}`), { force: true })));
  await fs.rename(databaseCopy, path.join(dir, DATABASE_FILE));
  await syncDirectory(dir);
  const checkpoint = path.join(dir, CHECKPOINT_FILE);
  if (checkpointNote === null) await fs.rm(checkpoint, { force: true });
  else await writeFileAtomic(checkpoint, checkpointNote);
  await saveHeader(dir, header);

  const written = await loadHeader(dir);
  const [main, copy] = await Promise.all([HEADER_FILE, HEADER_BACKUP_FILE].map((name) => fs.readFile(path.join(dir, name))));
  const checkpointBack = checkpointNote === null ? null : await fs.readFile(checkpoint, 'utf8');
  if (written.fromBackup || !main?.equals(copy ?? Buffer.alloc(0)) || canonicalJson(written.header) !== canonicalJson(header) || checkpointBack !== checkpointNote) {
    throw new VaultError('FILE_UNREADABLE', `The header or checkpoint written to ${dir} reads back differently: the disk may be failing.`);
  }
  const files: BackupFile[] = [];
  for (const name of VAULT_FILES) {
    if (name === CHECKPOINT_FILE && checkpointNote === null) continue;
    files.push({ path: name, ...(await hashFile(path.join(dir, name))) });
  }
  return files;
}

/**
 * A consistent, verified copy of the open vault into `destination` (issue 5, "Backup and
 * restore"): the database (see backup-database.ts), its checkpoint file, the header and every
 * blob it refers to; later backups to the same folder copy only what is new or differs. The
 * folder's backup.json is marked in progress first and complete last, so an interrupted
 * backup is never restored as if whole. Records a PREMIS "replication" event.
 */
export function runBackup(session: VaultSession, destination: string, options: BackupOptions = {}): Promise<BackupSummary> {
  return session.runTask(async (lockSignal) => {
    const signal = options.signal ? AbortSignal.any([lockSignal, options.signal]) : lockSignal;
    const stopIfAsked = () => {
      if (signal.aborted) throw signal.reason instanceof VaultError ? signal.reason : new VaultError('CANCELLED', 'The backup was cancelled.');
    };
    const progress = throttled(options.onProgress);
    const dir = path.resolve(destination);
    const { lock, previous } = await claimBackupFolder(dir, session.dir, session.vaultId);
    const databaseCopy = path.join(dir, `.${DATABASE_FILE}.${randomBytes(6).toString('hex')}${PARTIAL_SUFFIX}`);
    const startedAt = session.now();
    let summary: BackupSummary;
    let totals: { files: number; bytes: number };
    try {
      const base = { format: MANIFEST_FORMAT, formatVersion: MANIFEST_VERSION, vaultId: session.vaultId } as const;
      // Earlier entries stay listed: they are what the blob copy trusts as verified.
      await writeManifest(dir, { ...base, auditEvents: 0, files: [], ...previous, state: 'in progress', startedAt, completedAt: null });
      progress({ phase: 'database', filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0 }, true);
      stopIfAsked();
      const header = snapshotDatabase(session, databaseCopy);
      const snapshot = await inspectSnapshot(session, header, databaseCopy);
      const filesTotal = snapshot.blobs.length;
      const blobs = await copyBlobs(session.dir, dir, snapshot.blobs, previous, {
        signal,
        onProgress: (filesDone, bytesDone, bytesTotal) => progress({ phase: 'blobs', filesDone, filesTotal, bytesDone, bytesTotal }),
      });
      totals = { files: filesTotal, bytes: blobs.bytesTotal };
      stopIfAsked();
      progress({ phase: 'finishing', filesDone: totals.files, filesTotal: totals.files, bytesDone: totals.bytes, bytesTotal: totals.bytes }, true);
      const files = [...blobs.files, ...(await placeVaultFiles(dir, databaseCopy, header, snapshot.checkpointNote))];
      await writeManifest(dir, { ...base, state: 'complete', startedAt, completedAt: session.now(), auditEvents: snapshot.auditEvents, files });
      const removed = await pruneBlobs(dir, new Set(files.map((f) => f.path)));
      summary = {
        path: dir,
        vaultId: session.vaultId,
        auditEvents: snapshot.auditEvents,
        blobsCopied: blobs.copied,
        blobsSkipped: blobs.skipped,
        blobsRemoved: removed,
        bytesCopied: blobs.bytesCopied,
        databaseBytes: snapshot.size,
        changedInVault: blobs.changedInVault,
      };
    } finally {
      await fs.rm(databaseCopy, { force: true });
      await lock.release();
    }
    await session.commit((record) =>
      record({
        type: 'replication',
        objectType: 'vault',
        objectId: session.vaultId,
        // Counts only: the folder's path may name a person or a place, and the log is kept forever.
        detail: {
          action: 'backup',
          auditEvents: summary.auditEvents,
          blobsCopied: summary.blobsCopied,
          blobsSkipped: summary.blobsSkipped,
          blobsRemoved: summary.blobsRemoved,
          bytesCopied: summary.bytesCopied,
          databaseBytes: summary.databaseBytes,
          changedInVault: summary.changedInVault,
        },
      }),
    );
    progress({ phase: 'done', filesDone: totals.files, filesTotal: totals.files, bytesDone: totals.bytes, bytesTotal: totals.bytes }, true);
    return summary;
  });
}

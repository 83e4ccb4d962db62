import { promises as fs } from 'node:fs';
import path from 'node:path';
import { VaultError } from '../../../shared/errors';
import type { AuditVerification } from '../../../shared/domain/audit';
import type { FixityProgress, FixityReport } from '../../../shared/contract/custody-operations';
import { wipe } from '../crypto/aead';
import { parseRecoveryKey } from '../crypto/recovery-key';
import { BLOBS_DIR, HEADER_FILE, loadHeader, vaultExists } from '../vault/header';
import { openPassphraseSlots, openRecoverySlots } from '../vault/key-slots';
import type { VaultSession } from '../vault/session';
import { copyVerified } from './backup-files';
import { assertSeparate, lockFolder } from './backup-folder';
import { readManifest, VAULT_FILES, type BackupManifest } from './backup-manifest';
import { runFixityAudit } from './fixity';

export interface RestoreProblem {
  path: string;
  problem: 'missing' | 'damaged';
}

export interface RestoreResult {
  path: string;
  vaultId: string;
  backupCompletedAt: string;
  files: number;
  bytes: number;
  /** Files of the backup that are missing or no longer match its manifest (copied as found). */
  problems: RestoreProblem[];
}

/** The manifest of a complete backup in `dir`; an interrupted or mixed-up one is refused. */
export async function readCompleteManifest(dir: string): Promise<BackupManifest> {
  const manifest = await readManifest(dir);
  if (!manifest) throw new VaultError('NO_VAULT', `There is no backup in ${dir} (no backup.json).`);
  if (manifest.state !== 'complete' || manifest.completedAt === null) {
    throw new VaultError('BAD_INPUT', `The backup in ${dir} was interrupted (started ${manifest.startedAt}) and is not complete. Run the backup again, or restore another copy.`);
  }
  const { header } = await loadHeader(dir);
  if (header.vaultId !== manifest.vaultId) {
    throw new VaultError('BAD_INPUT', `The backup in ${dir} lists vault ${manifest.vaultId} but its header is vault ${header.vaultId}: the folder was mixed up. Nothing was restored.`);
  }
  return manifest;
}

/**
 * Checks a passphrase (or the recovery key) against the key slots of the backup's header
 * before anything is copied: a mistyped secret is said at once, not after copying the archive.
 * The passphrase bytes are left as they are for the unlock that follows.
 */
export async function assertSecretOpensBackup(dir: string, secret: { passphrase: Uint8Array } | { recoveryKey: string }): Promise<void> {
  const { header } = await loadHeader(path.resolve(dir));
  const opened =
    'passphrase' in secret
      ? await openPassphraseSlots(header.vaultId, header.slots, Uint8Array.from(secret.passphrase))
      : await openRecoverySlots(header.vaultId, header.slots, parseRecoveryKey(secret.recoveryKey));
  await wipe(opened.masterKey);
}

async function prepareTarget(dir: string): Promise<void> {
  if (await vaultExists(dir)) throw new VaultError('VAULT_EXISTS', `There is already a vault in ${dir}; restore into a new, empty folder.`);
  const entries = await fs.readdir(dir).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 'ENOENT') return [] as string[];
    throw new VaultError('BAD_INPUT', `${dir} cannot be used: it is not a folder.`);
  });
  if (entries.length > 0) throw new VaultError('BAD_INPUT', `${dir} is not empty; restore into a new, empty folder.`);
  await fs.mkdir(path.join(dir, BLOBS_DIR), { recursive: true, mode: 0o700 });
  await fs.chmod(dir, 0o700);
}

/**
 * Copies a complete backup into a new vault folder, checking every byte against the backup's
 * manifest. Blobs come first and vault.json last: until the header is written the folder is
 * not a vault, so an interrupted restore leaves nothing that opens half-restored. Files that
 * are missing from the backup or damaged are reported (a damaged blob is still copied: the
 * fixity audit after the restore names it, and every other original is saved).
 */
export async function restoreBackup(from: string, to: string, options: { onProgress?: (bytesDone: number, bytesTotal: number) => void } = {}): Promise<RestoreResult> {
  const source = path.resolve(from);
  const target = path.resolve(to);
  const manifest = await readCompleteManifest(source);
  await assertSeparate(target, 'new vault folder', source, 'backup folder');
  await prepareTarget(target);
  const lock = await lockFolder(target, 'restoring into it');
  const ordered = [...manifest.files.filter((f) => !(VAULT_FILES as readonly string[]).includes(f.path)), ...VAULT_FILES.flatMap((name) => manifest.files.filter((f) => f.path === name))];
  const bytesTotal = ordered.reduce((n, f) => n + f.size, 0);
  const problems: RestoreProblem[] = [];
  let bytes = 0;
  let files = 0;
  try {
    for (const file of ordered) {
      const sourceFile = path.join(source, ...file.path.split('/'));
      let copied;
      try {
        copied = await copyVerified(sourceFile, path.join(target, ...file.path.split('/')), { onBytes: (n) => options.onProgress?.((bytes += n), bytesTotal) });
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
        problems.push({ path: file.path, problem: 'missing' });
        continue;
      }
      files++;
      if (copied.sha256 !== file.sha256 || copied.size !== file.size) problems.push({ path: file.path, problem: 'damaged' });
    }
    if (!manifest.files.some((f) => f.path === HEADER_FILE)) problems.push({ path: HEADER_FILE, problem: 'missing' });
  } finally {
    await lock.release();
  }
  return { path: target, vaultId: manifest.vaultId, backupCompletedAt: manifest.completedAt!, files, bytes, problems };
}

export interface RestoreCheck {
  audit: AuditVerification;
  fixity: FixityReport;
}

/**
 * What proves a restore: the restored vault (already unlocked with its passphrase) passes
 * `audit verify` and the fixity audit. The restore itself is recorded in the restored vault's
 * log as a PREMIS "replication", after the verification of the log as it came from the backup.
 */
export async function checkRestoredVault(session: VaultSession, restored: RestoreResult, onProgress?: (progress: FixityProgress) => void): Promise<RestoreCheck> {
  const audit = await session.audit.verify();
  await session.commit((record) =>
    record({
      type: 'replication',
      objectType: 'vault',
      objectId: session.vaultId,
      detail: { action: 'restore', backupCompletedAt: restored.backupCompletedAt, files: restored.files, problems: restored.problems.length },
    }),
  );
  const fixity = await runFixityAudit(session, onProgress ? { onProgress } : {});
  return { audit, fixity };
}

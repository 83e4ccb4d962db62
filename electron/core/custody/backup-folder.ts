import { promises as fs } from 'node:fs';
import path from 'node:path';
import { VaultError } from '../../../shared/errors';
import { HEADER_BACKUP_FILE, HEADER_FILE, LOCK_FILE, loadHeader } from '../vault/header';
import { acquireVaultLock, type VaultProcessLock } from '../vault/lock-file';
import { MANIFEST_FILE, readManifest, type BackupManifest } from './backup-manifest';

/** Where a real path is known (the folder exists), compare real paths: symlinks must not hide an overlap. */
async function real(dir: string): Promise<string> {
  return fs.realpath(dir).catch(() => path.resolve(dir));
}

function inside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Refuses two folders that overlap: a backup inside its vault, a restore inside its backup, and the like. */
export async function assertSeparate(a: string, aName: string, b: string, bName: string): Promise<void> {
  const [ra, rb] = [await real(a), await real(b)];
  if (inside(ra, rb) || inside(rb, ra)) {
    throw new VaultError('BAD_INPUT', `The ${aName} (${a}) and the ${bName} (${b}) overlap; choose a folder outside the other.`);
  }
}

/** Takes a folder's lock, saying what it is for when another process holds it. */
export async function lockFolder(dir: string, what: string): Promise<VaultProcessLock> {
  try {
    return await acquireVaultLock(dir);
  } catch (error) {
    if (error instanceof VaultError && error.code === 'VAULT_BUSY') {
      throw new VaultError('VAULT_BUSY', `${dir} is in use by another Testimony Vault process; wait for it to finish before ${what}.`);
    }
    throw error;
  }
}

export interface ClaimedFolder {
  lock: VaultProcessLock;
  /** The manifest of an earlier backup of this vault in the folder, if any. */
  previous: BackupManifest | null;
}

/** What the folder holds: an earlier backup of this vault, or nothing. Anything else is refused. */
async function inspectFolder(dir: string, vaultId: string): Promise<BackupManifest | null> {
  const previous = await readManifest(dir);
  if (previous && previous.vaultId !== vaultId) {
    throw new VaultError('BAD_INPUT', `${dir} holds the backup of another vault (${previous.vaultId}); a backup folder holds one vault. Choose another folder.`, {
      vaultId: previous.vaultId,
    });
  }
  const entries = (await fs.readdir(dir)).filter((e) => e !== LOCK_FILE);
  if (!previous && (entries.includes(HEADER_FILE) || entries.includes(HEADER_BACKUP_FILE))) {
    const { header } = await loadHeader(dir);
    const whose = header.vaultId === vaultId ? 'a copy of this vault' : `another vault (${header.vaultId})`;
    throw new VaultError('BAD_INPUT', `${dir} holds ${whose}, not a backup (there is no ${MANIFEST_FILE}). Choose an empty folder.`, { vaultId: header.vaultId });
  }
  if (!previous && entries.length > 0) {
    throw new VaultError('BAD_INPUT', `${dir} is not empty and holds no backup of this vault. Choose an empty folder or an earlier backup of this vault.`);
  }
  return previous;
}

/**
 * Makes sure `dir` may receive a backup of vault `vaultId`: a new or empty folder, or one
 * holding an earlier backup of the same vault. A folder holding another vault's backup, a vault
 * itself or anything else is refused, so a backup never mixes two vaults or overwrites files
 * that are not ours. Holds the folder's lock until released.
 */
export async function claimBackupFolder(dir: string, vaultDir: string, vaultId: string): Promise<ClaimedFolder> {
  await assertSeparate(dir, 'backup folder', vaultDir, 'vault folder');
  try {
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  } catch {
    throw new VaultError('BAD_INPUT', `${dir} cannot be used as a backup folder: it is not a folder, or it cannot be created.`);
  }
  // Looked at before the lock too: a vault open elsewhere is refused for what it is, not as busy.
  await inspectFolder(dir, vaultId);
  const lock = await lockFolder(dir, 'backing up to it');
  try {
    return { lock, previous: await inspectFolder(dir, vaultId) };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

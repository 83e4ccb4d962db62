import { promises as fs } from 'node:fs';
import path from 'node:path';
import { VaultError } from '../../../shared/errors';
import { LOCK_FILE } from './header';

/**
 * One process at a time works on a vault (the app or a CLI command): start-up cleanup of
 * interrupted imports would otherwise delete another process's import in progress. The lock
 * names the owning process; a lock left by a process that died is taken over.
 */
export interface VaultProcessLock {
  release(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as { code?: unknown }).code === 'EPERM';
  }
}

export async function acquireVaultLock(dir: string): Promise<VaultProcessLock> {
  const file = path.join(dir, LOCK_FILE);
  const content = JSON.stringify({ pid: process.pid, since: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(file, content, { flag: 'wx', mode: 0o600 });
      return {
        async release() {
          await fs.rm(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
      let pid = NaN;
      try {
        pid = (JSON.parse(await fs.readFile(file, 'utf8')) as { pid?: number }).pid ?? NaN;
      } catch {
        // unreadable lock: treat as stale
      }
      if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) {
        throw new VaultError('VAULT_BUSY', `The vault is open in another Testimony Vault process (pid ${pid}). Close it there first.`, { pid });
      }
      if (pid === process.pid) {
        throw new VaultError('VAULT_BUSY', 'The vault is already open in this process.');
      }
      await fs.rm(file, { force: true });
    }
  }
  throw new VaultError('VAULT_BUSY', 'The vault lock could not be taken.');
}

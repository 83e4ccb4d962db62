import { promises as fs } from 'node:fs';
import path from 'node:path';
import { passphraseBytes } from '../../../electron/core/crypto/passphrase';
import { createVault, unlockWithPassphrase } from '../../../electron/core/vault/open-vault';
import type { VaultSession } from '../../../electron/core/vault/session';
import { tempDir } from './temp-dir';
import { ATTEMPTS_FILE } from '../../../electron/core/vault/unlock-backoff';

export const PASSPHRASE = 'correct horse battery staple';

/** A real vault (Argon2id, SQLCipher, key slots) in a temp folder. About a second: one KDF run. */
export async function newVault(passphrase = PASSPHRASE): Promise<{ dir: string; session: VaultSession; recoveryKey: string; vaultId: string }> {
  const dir = path.join(await tempDir('tv-vault-'), 'vault');
  const created = await createVault(dir, passphraseBytes(passphrase));
  return { dir, ...created };
}

export function unlock(dir: string, passphrase = PASSPHRASE): Promise<VaultSession> {
  return unlockWithPassphrase(dir, passphraseBytes(passphrase));
}

/**
 * Every file of the vault folder with its bytes, to prove an operation changed nothing. The
 * unlock back-off counter is left out: counting a wrong passphrase is its job (tested in
 * tests/unit/core/vault/unlock-backoff.test.ts).
 */
export async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  async function walk(d: string): Promise<void> {
    for (const entry of await fs.readdir(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (!(d === dir && entry.name === ATTEMPTS_FILE)) out.set(path.relative(dir, full), await fs.readFile(full));
    }
  }
  await walk(dir);
  return out;
}

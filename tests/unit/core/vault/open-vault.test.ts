import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { passphraseBytes } from '../../../../electron/core/crypto/passphrase';
import { createVault, unlockWithRecoveryKey, vaultState } from '../../../../electron/core/vault/open-vault';
import { HEADER_BACKUP_FILE, HEADER_FILE } from '../../../../electron/core/vault/header';
import { newVault, PASSPHRASE, snapshot, unlock } from '../../helpers/vault';
import { tempDir } from '../../helpers/temp-dir';

describe('creating and unlocking a vault', () => {
  it('creates a vault with a passphrase slot and a recovery slot, and nothing secret in vault.json', async () => {
    const { dir, session, recoveryKey } = await newVault();
    await session.close();
    const header = JSON.parse(await fs.readFile(path.join(dir, HEADER_FILE), 'utf8')) as { formatVersion: number; slots: { type: string; kdf: Record<string, unknown> }[] };
    expect(header.formatVersion).toBe(2);
    expect(header.slots.map((s) => s.type)).toEqual(['passphrase', 'recovery']);
    expect(header.slots[0]!.kdf).toMatchObject({ algorithm: 'argon2id13', opsLimit: 3, memLimitBytes: 256 * 1024 * 1024 });
    const text = await fs.readFile(path.join(dir, HEADER_FILE), 'utf8');
    expect(text).not.toContain(PASSPHRASE);
    expect(text).not.toContain(recoveryKey.replace(/-/g, ''));
    expect(await vaultState(dir)).toBe('locked');
  });

  it('unlocks with the passphrase and with the recovery key, as the same user', async () => {
    const { dir, session, recoveryKey } = await newVault();
    const userId = session.user.id;
    await session.close();
    const byPassphrase = await unlock(dir);
    expect(byPassphrase.user.id).toBe(userId);
    expect(byPassphrase.unlockedWith).toBe('passphrase');
    await byPassphrase.close();
    const byRecovery = await unlockWithRecoveryKey(dir, recoveryKey.toLowerCase());
    expect(byRecovery.user.id).toBe(userId);
    expect(byRecovery.unlockedWith).toBe('recoveryKey');
    await byRecovery.close();
  });

  it('refuses a wrong passphrase with WRONG_PASSPHRASE and changes no byte of the vault', async () => {
    const { dir, session } = await newVault();
    await session.close();
    const before = await snapshot(dir);
    await expect(unlock(dir, 'wrong horse battery staple')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(await snapshot(dir)).toEqual(before);
  });

  it("refuses another vault's recovery key with WRONG_RECOVERY_KEY, and a typo with RECOVERY_KEY_TYPO", async () => {
    const a = await newVault();
    const b = await newVault();
    await Promise.all([a.session.close(), b.session.close()]);
    await expect(unlockWithRecoveryKey(a.dir, b.recoveryKey)).rejects.toMatchObject({ code: 'WRONG_RECOVERY_KEY' });
    const typo = `${a.recoveryKey[0] === 'A' ? 'B' : 'A'}${a.recoveryKey.slice(1)}`;
    await expect(unlockWithRecoveryKey(a.dir, typo)).rejects.toMatchObject({ code: 'RECOVERY_KEY_TYPO' });
  });

  it('lets only one process hold the vault open', async () => {
    const { dir, session } = await newVault();
    await expect(unlock(dir)).rejects.toMatchObject({ code: 'VAULT_BUSY' });
    await session.close();
    const again = await unlock(dir);
    await again.close();
  });

  it('takes over a lock left behind by a process that died', async () => {
    const { dir, session } = await newVault();
    await session.close();
    // pid 2^22+1 is above Linux's default pid_max: no such process.
    await fs.writeFile(path.join(dir, 'vault.lock'), JSON.stringify({ pid: 4194305, since: 'then' }));
    const again = await unlock(dir);
    await again.close();
  });

  it('refuses to create a vault where one exists, or in a folder holding other files', async () => {
    const { dir, session } = await newVault();
    await session.close();
    await expect(createVault(dir, passphraseBytes(PASSPHRASE))).rejects.toMatchObject({ code: 'VAULT_EXISTS' });
    const busy = await tempDir();
    await fs.writeFile(path.join(busy, 'holiday.jpg'), 'x');
    await expect(createVault(busy, passphraseBytes(PASSPHRASE))).rejects.toMatchObject({ code: 'BAD_INPUT' });
    expect(await fs.readdir(busy)).toEqual(['holiday.jpg']);
  });

  it('can create again over the leftovers of a creation that died before writing vault.json', async () => {
    const { dir, session } = await newVault();
    await session.close();
    await fs.rm(path.join(dir, HEADER_FILE));
    await fs.rm(path.join(dir, HEADER_BACKUP_FILE));
    expect(await vaultState(dir)).toBe('absent');
    const created = await createVault(dir, passphraseBytes(PASSPHRASE));
    await created.session.close();
    expect(await vaultState(dir)).toBe('locked');
  });
});

describe('locking while a change is being recorded', () => {
  it('lets the checkpoint of a change in flight finish with the real key, then refuses new changes', async () => {
    const { createTestimony } = await import('../../../../electron/core/records/testimonies');
    const { dir, session } = await newVault();
    // The change commits at once; its checkpoint is still being signed when the lock comes.
    const committing = session.commit((record) => record({ type: 'modification', objectType: 'vault', objectId: session.vaultId, detail: {} }));
    const closing = session.close();
    await committing;
    await closing;
    await expect(createTestimony(session, { code: 'RACE-2', title: 'Too late' })).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
    const reopened = await unlock(dir);
    expect(await reopened.audit.verify()).toMatchObject({ ok: true, problems: [] });
    await reopened.close();
  });
});

import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { passphraseBytes } from '../../../../electron/core/crypto/passphrase';
import { unlockWithRecoveryKey } from '../../../../electron/core/vault/open-vault';
import { HEADER_FILE } from '../../../../electron/core/vault/header';
import { newVault, PASSPHRASE, snapshot, unlock } from '../../helpers/vault';

const NEXT = 'a new passphrase for the vault';

describe('changing the passphrase', () => {
  it('rewrites one slot only: the new passphrase opens, the old does not, the recovery key still does, data unchanged', async () => {
    const { dir, session, recoveryKey } = await newVault();
    const before = JSON.parse(await fs.readFile(path.join(dir, HEADER_FILE), 'utf8')) as { slots: unknown[]; database: unknown };
    await session.changePassphrase(passphraseBytes(PASSPHRASE), passphraseBytes(NEXT));
    await session.close();
    const after = JSON.parse(await fs.readFile(path.join(dir, HEADER_FILE), 'utf8')) as { slots: unknown[]; database: unknown };
    expect(after.slots[1]).toEqual(before.slots[1]);
    expect(after.slots[0]).not.toEqual(before.slots[0]);
    expect(after.database).toEqual(before.database);

    await expect(unlock(dir, PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const reopened = await unlock(dir, NEXT);
    const events = reopened.db.prepare('SELECT type FROM audit_events ORDER BY seq').pluck().all();
    expect(events).toContain('key change');
    await reopened.close();
    const viaRecovery = await unlockWithRecoveryKey(dir, recoveryKey);
    await viaRecovery.close();
  });

  it('asks for the current passphrase: a wrong one changes nothing', async () => {
    const { dir, session } = await newVault();
    const before = await snapshot(dir);
    await expect(session.changePassphrase(passphraseBytes('not the passphrase'), passphraseBytes(NEXT))).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const after = await snapshot(dir);
    expect(after.get(HEADER_FILE)).toEqual(before.get(HEADER_FILE));
    await session.close();
    const reopened = await unlock(dir, PASSPHRASE);
    await reopened.close();
  });
});

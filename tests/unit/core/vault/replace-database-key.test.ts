import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { passphraseBytes } from '../../../../electron/core/crypto/passphrase';
import { unlockWithPassphrase } from '../../../../electron/core/vault/open-vault';
import { addUser } from '../../../../electron/core/users/user-admin';
import { newVault, PASSPHRASE } from '../../helpers/vault';

const EDITOR_PASS = 'editor passphrase here';

describe('replacing the database key', () => {
  it('rewraps a rekeyed database for full and editor slots alike', async () => {
    const { dir, session } = await newVault();
    await addUser(session, { username: 'ed', displayName: 'Ed', role: 'editor', passphrase: passphraseBytes(EDITOR_PASS) });
    const newKey = new Uint8Array(randomBytes(32));
    // SQLite3 Multiple Ciphers rekeys outside WAL mode.
    session.db.pragma('journal_mode = DELETE');
    session.db.pragma(`rekey="x'${Buffer.from(newKey).toString('hex')}'"`);
    session.db.pragma('journal_mode = WAL');
    await session.replaceDatabaseKey(newKey);
    expect(await session.withDatabaseKey(session.header, (hex) => hex)).toBe(Buffer.from(newKey).toString('hex'));
    await session.close();
    const admin = await unlockWithPassphrase(dir, passphraseBytes(PASSPHRASE), { username: 'admin' });
    await admin.close();
    const editor = await unlockWithPassphrase(dir, passphraseBytes(EDITOR_PASS), { username: 'ed' });
    expect(await editor.withDatabaseKey(editor.header, (hex) => hex)).toBe(Buffer.from(newKey).toString('hex'));
    await expect(editor.replaceDatabaseKey(newKey)).rejects.toMatchObject({ code: 'FORBIDDEN_ROLE' });
    await editor.close();
  });
});

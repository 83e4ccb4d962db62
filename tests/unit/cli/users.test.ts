import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/temp-dir';
import { runCli } from './run-cli';
import { randomWav } from '../helpers/media-files';
import { passphraseBytes } from '../../../electron/core/crypto/passphrase';
import { unlockWithPassphrase } from '../../../electron/core/vault/open-vault';
import { addUser } from '../../../electron/core/users/user-admin';

const ADMIN = 'administrator passphrase';
const EDITOR = 'the editor passphrase';

describe('testimony-vault CLI with several users', () => {
  it('unlocks as --user and applies that user role; without --user it still works as before', async () => {
    const work = await tempDir('tv-cli-users-');
    const vault = path.join(work, 'vault');
    const init = await runCli(['init', '--vault', vault, '--user', 'Chief', '--json'], { env: { TESTIMONY_VAULT_PASSPHRASE: ADMIN } });
    expect(init.code, init.stderr).toBe(0);
    const session = await unlockWithPassphrase(vault, passphraseBytes(ADMIN), { username: 'chief' });
    await addUser(session, { username: 'ed', displayName: 'Ed', role: 'editor', passphrase: passphraseBytes(EDITOR) });
    await session.close();

    const admin = { TESTIMONY_VAULT_PASSPHRASE: ADMIN };
    expect((await runCli(['testimony', 'add', '--vault', vault, '--code', 'T-1', '--title', 'One', '--json'], { env: admin })).code).toBe(0);
    const wav = path.join(work, 'a.wav');
    await fs.writeFile(wav, randomWav(20_000));
    const imp = await runCli(['import', '--vault', vault, '--user', 'chief', '--testimony', 'T-1', wav, '--json'], { env: admin });
    expect(imp.code, imp.stderr).toBe(0);
    const mediaId = (imp.json().imported as { mediaId: string }[])[0]!.mediaId;

    const editor = { TESTIMONY_VAULT_PASSPHRASE: EDITOR, TESTIMONY_VAULT_USER: 'ed' };
    const list = await runCli(['testimony', 'list', '--vault', vault, '--json'], { env: editor });
    expect(list.code, list.stderr).toBe(0);
    const out = path.join(work, 'out.wav');
    const refused = await runCli(['export-original', '--vault', vault, '--media', mediaId, '--out', out, '--json'], { env: editor });
    expect(refused.code).toBe(1);
    expect(refused.json()).toMatchObject({ ok: false, code: 'FORBIDDEN_ROLE' });
    await expect(fs.access(out)).rejects.toThrow();
    const fixity = await runCli(['fixity', '--vault', vault, '--json'], { env: editor });
    expect(fixity.json()).toMatchObject({ ok: false, code: 'FORBIDDEN_ROLE' });
    const wrongUser = await runCli(['testimony', 'list', '--vault', vault, '--user', 'chief', '--json'], { env: { TESTIMONY_VAULT_PASSPHRASE: EDITOR } });
    expect(wrongUser.json()).toMatchObject({ ok: false, code: 'WRONG_PASSPHRASE' });
  });
});

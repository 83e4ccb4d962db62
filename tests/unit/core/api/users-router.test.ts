import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createVaultApi, type VaultApi } from '../../../../electron/core/api';
import { scriptedHost } from '../../helpers/scripted-host';
import { tempDir } from '../../helpers/temp-dir';
import { randomWav } from '../../helpers/media-files';

const ADMIN_PASS = 'a long enough passphrase';
const EDITOR_PASS = 'the editor passphrase';

async function call<T = unknown>(api: VaultApi, op: string, input: unknown = {}): Promise<T> {
  const env = await api.dispatch(op, input);
  if (!env.ok) throw Object.assign(new Error(env.message), { code: env.code, details: env.details });
  return env.value as T;
}

describe('roles enforced by the router', () => {
  it('lets an administrator add an editor, who then unlocks by username and is refused originals, people and users', async () => {
    const work = await tempDir();
    const file = path.join(work, 'recording.wav');
    await fs.writeFile(file, randomWav(50_000));
    const host = scriptedHost();
    host.queueImportFiles([file]);
    const api = createVaultApi({ vaultDir: path.join(work, 'vault'), settingsFile: path.join(work, 'settings.json'), host });
    await call(api, 'vault.create', { passphrase: ADMIN_PASS });
    expect(await call(api, 'users.me')).toMatchObject({ username: 'admin', role: 'administrator', holdsIdentityKey: true });
    const t = await call<{ id: string }>(api, 'testimonies.create', { code: 'T-1', title: 'One' });
    const imported = await call<{ results: { ok: boolean; media: { id: string } }[] }>(api, 'media.import', { testimonyId: t.id });
    const mediaId = imported.results[0]!.media.id;
    await expect(call(api, 'users.add', { username: 'ed', displayName: 'Ed', role: 'boss', passphrase: EDITOR_PASS })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await call(api, 'users.add', { username: 'ed', displayName: 'Ed', role: 'editor', passphrase: EDITOR_PASS });
    expect((await call<{ items: { username: string }[] }>(api, 'users.list')).items.map((u) => u.username)).toEqual(['admin', 'ed']);
    await call(api, 'vault.lock');

    await expect(call(api, 'users.unlock', { username: 'ed', passphrase: ADMIN_PASS })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await call(api, 'users.unlock', { username: 'ed', passphrase: EDITOR_PASS });
    expect(await call(api, 'users.me')).toMatchObject({ username: 'ed', role: 'editor', holdsIdentityKey: false });
    for (const [op, input] of [
      ['media.exportOriginal', { mediaId }],
      ['users.list', {}],
      ['people.create', { code: 'P-1', identity: {} }],
      ['fixity.run', {}],
      ['testimonies.create', { code: 'T-2', title: 'Two' }],
    ] as const) {
      await expect(call(api, op, input), op).rejects.toMatchObject({ code: 'FORBIDDEN_ROLE', details: { role: 'editor' } });
    }
    // Refused before parsing: even a malformed input gets FORBIDDEN_ROLE, not a hint about the schema.
    await expect(call(api, 'users.add', { nonsense: true })).rejects.toMatchObject({ code: 'FORBIDDEN_ROLE' });
    // What an editor may do still works.
    expect((await call<{ items: unknown[] }>(api, 'media.list', { testimonyId: t.id })).items).toHaveLength(1);
    // The refused export never reached the save dialog: this queued answer is still unused.
    host.queueSavePath(path.join(work, 'out.wav'));
    await call(api, 'vault.lock');
    await call(api, 'users.unlock', { username: 'admin', passphrase: ADMIN_PASS });
    await call(api, 'media.exportOriginal', { mediaId });
    await expect(fs.readFile(path.join(work, 'out.wav'))).resolves.toHaveLength(50_000);
    await api.close();
  });
});

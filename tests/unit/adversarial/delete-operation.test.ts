import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createVaultApi, type VaultApi } from '../../../electron/core/api';
import { scriptedHost } from '../helpers/scripted-host';
import { snapshot } from '../helpers/vault';
import { tempDir } from '../helpers/temp-dir';
import { randomWav } from '../helpers/media-files';
import { unlock } from '../helpers/vault';

const PASS = 'a long enough passphrase';

async function call<T = unknown>(api: VaultApi, op: string, input: unknown = {}): Promise<T> {
  const env = await api.dispatch(op, input);
  if (!env.ok) throw Object.assign(new Error(env.message), { code: env.code });
  return env.value as T;
}

describe('testimonies.delete', () => {
  it('deletes nothing without the typed code or the role, then deletes the testimony, its originals and its key', async () => {
    const work = await tempDir();
    const host = scriptedHost();
    const dir = path.join(work, 'vault');
    const api = createVaultApi({ vaultDir: dir, settingsFile: path.join(work, 'settings.json'), host });
    await call(api, 'vault.create', { passphrase: PASS });
    const t = await call<{ id: string }>(api, 'testimonies.create', { code: 'SY-9', title: 'To delete' });
    const other = await call<{ id: string }>(api, 'testimonies.create', { code: 'SY-10', title: 'To keep' });
    const file = path.join(work, 'a.wav');
    await fs.writeFile(file, randomWav(100_000));
    host.queueImportFiles([file]);
    await call(api, 'media.import', { testimonyId: t.id });
    // A recording still being made for it: its journal must go too.
    const { recordingId } = await call<{ recordingId: string }>(api, 'recording.start', { testimonyId: t.id, mimeType: 'audio/webm;codecs=opus' });
    await call(api, 'recording.chunk', { recordingId, seq: 0, data: new Uint8Array(4096).fill(7) });
    const before = await snapshot(dir);
    expect([...before.keys()].some((name) => name.endsWith('.journal'))).toBe(true);

    // Another testimony's code, a near miss, an unknown id: refused, nothing changes.
    expect(await api.dispatch('testimonies.delete', { testimonyId: t.id, confirmCode: 'SY-10' })).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    expect(await api.dispatch('testimonies.delete', { testimonyId: t.id, confirmCode: 'sy-9' })).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    expect(await api.dispatch('testimonies.delete', { testimonyId: '00000000-0000-4000-8000-000000000000', confirmCode: 'SY-9' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await api.dispatch('testimonies.delete', { testimonyId: t.id })).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    const after = await snapshot(dir);
    // vault.db-shm is SQLite's shared-memory index of the WAL: reads touch it, it holds no data.
    const changed = [...after.keys()].filter((k) => k !== 'vault.db-shm' && !after.get(k)!.equals(before.get(k) ?? Buffer.alloc(0)));
    expect(changed).toEqual([]);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());

    const done = await call(api, 'testimonies.delete', { testimonyId: t.id, confirmCode: 'SY-9' });
    expect(done).toEqual({ deleted: true, originals: 1, transcripts: 0, recordings: 0, people: 0 });
    const list = await call<{ items: { id: string }[] }>(api, 'testimonies.list');
    expect(list.items.map((i) => i.id)).toEqual([other.id]);
    expect(await api.dispatch('media.list', { testimonyId: t.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await call(api, 'audit.verify')).toMatchObject({ ok: true });
    await api.close();

    // Only the kept testimony's key is left, and no blob but none at all for the deleted one.
    const session = await unlock(dir, PASS);
    expect(session.db.prepare('SELECT testimony_id FROM testimony_keys').pluck().all()).toEqual([other.id]);
    expect(session.db.prepare('SELECT count(*) FROM media').pluck().get()).toBe(0);
    const blobs = await fs.readdir(path.join(dir, 'blobs'), { recursive: true });
    expect(blobs.filter((name) => /\.(age|partial|journal)$/.test(String(name)))).toEqual([]);
    expect(session.db.prepare('SELECT count(*) FROM recordings').pluck().get()).toBe(0);

    // A user whose role may not delete is refused in core too.
    session.db.prepare("UPDATE users SET role = 'editor'").run();
    await session.close();
    const again = createVaultApi({ vaultDir: dir, settingsFile: path.join(work, 'settings.json'), host });
    await call(again, 'vault.unlock', { method: 'passphrase', passphrase: PASS });
    expect(await again.dispatch('testimonies.delete', { testimonyId: other.id, confirmCode: 'SY-10' })).toMatchObject({ ok: false, code: 'FORBIDDEN_ROLE' });
    expect((await call<{ items: unknown[] }>(again, 'testimonies.list')).items).toHaveLength(1);
    await again.close();
  });
});

import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { createVaultApi, type VaultApi } from '../../../../electron/core/api';
import { OPERATION_NAMES } from '../../../../shared/contract/names';
import { scriptedHost, type RecordingHost } from '../../helpers/scripted-host';
import { snapshot } from '../../helpers/vault';
import { tempDir } from '../../helpers/temp-dir';
import { randomWav } from '../../helpers/media-files';

const PASS = 'a long enough passphrase';

async function setup(): Promise<{ api: VaultApi; host: RecordingHost; dir: string; work: string }> {
  const work = await tempDir();
  const host = scriptedHost();
  const dir = path.join(work, 'vault');
  return { api: createVaultApi({ vaultDir: dir, settingsFile: path.join(work, 'settings.json'), host }), host, dir, work };
}

async function call<T = unknown>(api: VaultApi, op: string, input: unknown = {}): Promise<T> {
  const env = await api.dispatch(op, input);
  if (!env.ok) throw Object.assign(new Error(env.message), { code: env.code });
  return env.value as T;
}

describe('the router', () => {
  it('runs a whole session: create, lock, unlock, add a testimony, import, list, play, export, verify', async () => {
    const { api, host, work } = await setup();
    expect(await call(api, 'vault.status')).toEqual({ state: 'absent' });
    const created = await call<{ recoveryKey: string }>(api, 'vault.create', { passphrase: PASS });
    expect(created.recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){13}$/);
    await call(api, 'vault.lock');
    expect(host.events.at(-1)).toEqual({ event: 'vault.locked', payload: { reason: 'user' } });
    await call(api, 'vault.unlock', { method: 'recoveryKey', recoveryKey: created.recoveryKey });
    const t = await call<{ id: string }>(api, 'testimonies.create', { code: 'SY-2024-001', title: 'شهادة من حلب' });

    const file = path.join(work, 'recording.bin');
    const bytes = randomWav(200_000);
    await fs.writeFile(file, bytes);
    host.queueImportFiles([file, path.join(work, 'missing.wav')]);
    const imported = await call<{ results: { ok: boolean; media?: { id: string; size: number }; code?: string }[] }>(api, 'media.import', { testimonyId: t.id });
    expect(imported.results.map((r) => r.ok)).toEqual([true, false]);
    expect(imported.results[1]!.code).toBe('FILE_NOT_FOUND');
    const mediaId = imported.results[0]!.media!.id;
    const phases = host.events.filter((e) => e.event === 'media.importProgress').map((e) => (e.payload as { phase: string }).phase);
    expect(phases[0]).toBe('started');
    expect(phases).toContain('done');
    expect(phases.at(-1)).toBe('failed');

    const list = await call<{ items: { code: string; mediaCount: number }[] }>(api, 'testimonies.list');
    expect(list.items).toEqual([expect.objectContaining({ code: 'SY-2024-001', mediaCount: 1 })]);

    const { url } = await call<{ url: string }>(api, 'media.playbackUrl', { mediaId });
    const tail = await api.serveMedia(url, 'bytes=199000-');
    expect(tail.status).toBe(206);
    expect(tail.headers['content-range']).toBe('bytes 199000-199999/200000');
    expect(Buffer.from(tail.body as Uint8Array)).toEqual(bytes.subarray(199000));
    expect((await api.serveMedia(url, 'bytes=200000-')).status).toBe(416);
    expect((await api.serveMedia(url.replace(/\/[0-9a-f]{64}\//, `/${'0'.repeat(64)}/`), 'bytes=0-')).status).toBe(404);

    const target = path.join(work, 'exported.bin');
    host.queueSavePath(target);
    expect(await call(api, 'media.exportOriginal', { mediaId })).toEqual({ saved: true, path: target });
    expect((await fs.readFile(target)).equals(bytes)).toBe(true);
    host.queueSavePath(null);
    expect(await call(api, 'media.exportOriginal', { mediaId })).toEqual({ saved: false });

    const audit = await call<{ ok: boolean; treeSize: number }>(api, 'audit.verify');
    expect(audit.ok).toBe(true);
    expect(audit.treeSize).toBeGreaterThanOrEqual(4);

    await api.close();
    // After lock, the URL is dead and data operations are refused.
    expect((await api.serveMedia(url, 'bytes=0-')).status).toBe(404);
    await expect(call(api, 'testimonies.list')).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
  });

  it('refuses malformed payloads with BAD_INPUT naming the field, and unknown operations, changing nothing', async () => {
    const { api, dir } = await setup();
    await call(api, 'vault.create', { passphrase: PASS });
    await call(api, 'testimonies.create', { code: 'A-1', title: 'First' });
    const before = await snapshot(dir);
    const bad: [string, unknown][] = [
      ['testimonies.create', { code: 'has space', title: 'x' }],
      ['testimonies.create', { code: 'A-2', title: 'x'.repeat(501) }],
      ['testimonies.create', { code: 'A-2', title: 'ok', extra: true }],
      ['testimonies.create', 'not an object'],
      ['media.list', { testimonyId: '../../etc/passwd' }],
      ['vault.unlock', { method: 'telepathy' }],
      ['vault.create', { passphrase: 'short' }],
      ['settings.update', { autoLockMinutes: -5 }],
    ];
    for (const [op, input] of bad) {
      const env = await api.dispatch(op, input);
      expect(env).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    }
    const titleError = await api.dispatch('testimonies.create', { code: 'A-2', title: 'x'.repeat(501) });
    expect(titleError).toMatchObject({ message: expect.stringMatching(/title/) });
    expect(await api.dispatch('vault.destroyEverything', {})).toMatchObject({ ok: false, code: 'UNKNOWN_OPERATION' });
    expect(await api.dispatch('testimonies.create', { code: 'a-1', title: 'Same code, other case' })).toMatchObject({ ok: false, code: 'DUPLICATE_CODE' });
    expect(await snapshot(dir)).toEqual(before);
    await api.close();
  });

  it('answers any random operation and payload with an envelope, never a throw, and stays usable', async () => {
    const { api } = await setup();
    await call(api, 'vault.create', { passphrase: PASS });
    const readOnly = OPERATION_NAMES.filter((n) => !['vault.lock', 'vault.create', 'vault.unlock', 'vault.changePassphrase', 'media.import', 'media.exportOriginal'].includes(n));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(...readOnly), fc.string()), fc.anything(), async (op, input) => {
        const env = await api.dispatch(op, input);
        expect(typeof env.ok).toBe('boolean');
        if (!env.ok) expect(['BAD_INPUT', 'UNKNOWN_OPERATION', 'NOT_FOUND']).toContain(env.code);
      }),
      { numRuns: 300 },
    );
    expect(await call(api, 'vault.status')).toMatchObject({ state: 'unlocked' });
    await api.close();
  });

  it('sets a new passphrase without the old one only in a session opened with the recovery key', async () => {
    const { api } = await setup();
    const { recoveryKey } = await call<{ recoveryKey: string }>(api, 'vault.create', { passphrase: PASS });
    expect(await call(api, 'vault.status')).toMatchObject({ state: 'unlocked', unlockedWith: 'passphrase' });
    expect(await api.dispatch('vault.resetPassphrase', { next: 'a forgotten one replaced' })).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    await call(api, 'vault.lock');
    await call(api, 'vault.unlock', { method: 'recoveryKey', recoveryKey });
    expect(await call(api, 'vault.status')).toMatchObject({ unlockedWith: 'recoveryKey' });
    await call(api, 'vault.resetPassphrase', { next: 'a forgotten one replaced' });
    await call(api, 'vault.lock');
    expect(await api.dispatch('vault.unlock', { method: 'passphrase', passphrase: PASS })).toMatchObject({ ok: false, code: 'WRONG_PASSPHRASE' });
    await call(api, 'vault.unlock', { method: 'passphrase', passphrase: 'a forgotten one replaced' });
    await api.close();
  });

  it('persists settings outside the vault', async () => {
    const { api, work, host } = await setup();
    expect(await call(api, 'settings.get')).toEqual({ autoLockMinutes: 10, language: 'en' });
    await call(api, 'settings.update', { language: 'ar' });
    const changes: unknown[] = [];
    const again = createVaultApi({ vaultDir: path.join(work, 'vault'), settingsFile: path.join(work, 'settings.json'), host, onSettingsChanged: (s) => changes.push(s) });
    expect(await call(again, 'settings.get')).toEqual({ autoLockMinutes: 10, language: 'ar' });
    expect(again.settings().language).toBe('ar');
    await call(again, 'settings.update', { autoLockMinutes: 3 });
    expect(changes).toEqual([{ autoLockMinutes: 3, language: 'ar' }]);
    expect(again.settings().autoLockMinutes).toBe(3);
  });
});

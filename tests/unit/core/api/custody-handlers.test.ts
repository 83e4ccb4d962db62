import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createVaultApi, type VaultApi } from '../../../../electron/core/api';
import { scriptedHost, type RecordingHost } from '../../helpers/scripted-host';
import { snapshot } from '../../helpers/vault';
import { tempDir } from '../../helpers/temp-dir';
import { randomText } from '../custody/fixity-fixture';

const PASS = 'custody handlers passphrase';

async function call<T = unknown>(api: VaultApi, op: string, input: unknown = {}): Promise<T> {
  const env = await api.dispatch(op, input);
  if (!env.ok) throw Object.assign(new Error(env.message), { code: env.code });
  return env.value as T;
}

async function setup(): Promise<{ api: VaultApi; host: RecordingHost; work: string; vault: string; mediaIds: string[] }> {
  const work = await tempDir();
  const host = scriptedHost();
  const vault = path.join(work, 'vault');
  const api = createVaultApi({ vaultDir: vault, settingsFile: path.join(work, 'settings.json'), host });
  await call(api, 'vault.create', { passphrase: PASS });
  const t = await call<{ id: string }>(api, 'testimonies.create', { code: 'KU-1', title: 'Custody' });
  const files = [0, 1].map((i) => path.join(work, `statement-${i}.txt`));
  await Promise.all(files.map((f) => fs.writeFile(f, randomText(120_000))));
  host.queueImportFiles(files);
  const { results } = await call<{ results: { media: { id: string } }[] }>(api, 'media.import', { testimonyId: t.id });
  return { api, host, work, vault, mediaIds: results.map((r) => r.media.id) };
}

const progressOf = (host: RecordingHost, event: string) => host.events.filter((e) => e.event === event).map((e) => e.payload as Record<string, unknown>);

describe('custody operations through the router', () => {
  it('fixity.run checks every original, pushes progress events, and names a missing blob', async () => {
    const { api, host, vault, mediaIds } = await setup();
    expect(await call(api, 'fixity.run')).toEqual({ checked: 2, passed: 2, failed: [], cancelled: false });
    expect(progressOf(host, 'fixity.progress').at(-1)).toMatchObject({ filesDone: 2, filesTotal: 2, failed: 0 });

    const gone = mediaIds[1]!;
    await fs.rm(path.join(vault, 'blobs', gone.slice(0, 2), `${gone}.age`));
    const report = await call<{ failed: { mediaId: string; testimonyCode: string; originalName: string; reason: string }[] }>(api, 'fixity.run');
    expect(report.failed).toEqual([expect.objectContaining({ mediaId: gone, testimonyCode: 'KU-1', originalName: 'statement-1.txt', reason: 'BLOB_MISSING' })]);
    expect(await call(api, 'fixity.cancel')).toEqual({ ok: true });
    await api.close();
  });

  it('fixity.cancel stops a running audit, which answers as cancelled', async () => {
    const { api, host } = await setup();
    const running = call<{ cancelled: boolean; checked: number }>(api, 'fixity.run');
    // Asking again while it runs joins the same audit rather than starting a second one.
    const joined = call<{ cancelled: boolean; checked: number }>(api, 'fixity.run');
    await call(api, 'fixity.cancel');
    const [report, again] = await Promise.all([running, joined]);
    expect(again).toEqual(report);
    expect(report.checked).toBeLessThanOrEqual(2);
    expect(report.cancelled).toBe(report.checked < 2);
    expect(progressOf(host, 'fixity.progress').length).toBeGreaterThan(0);
    await api.close();
  });

  it('backup.run asks for the folder, writes the backup with progress events, and does nothing when the dialog is cancelled', async () => {
    const { api, host, work } = await setup();
    const before = await snapshot(work);
    expect(await call(api, 'backup.run')).toEqual({ saved: false });
    expect(host.dialogsShown).toBe(2);
    expect(await snapshot(work)).toEqual(before);

    const dest = path.join(work, 'usb');
    host.queueFolder(dest);
    const result = await call<Record<string, unknown>>(api, 'backup.run');
    expect(result).toMatchObject({ saved: true, path: dest, blobsCopied: 2, blobsSkipped: 0, changedInVault: [] });
    const phases = progressOf(host, 'backup.progress').map((p) => p.phase);
    expect(phases[0]).toBe('database');
    expect(phases.at(-1)).toBe('done');
    expect(await fs.readdir(dest)).toEqual(expect.arrayContaining(['backup.json', 'vault.db', 'vault.json', 'blobs']));

    host.queueFolder(dest);
    expect(await call(api, 'backup.run')).toMatchObject({ saved: true, blobsCopied: 0, blobsSkipped: 2 });
    expect(await call(api, 'backup.cancel')).toEqual({ ok: true });
    await api.close();
  });

  it('refuses malformed inputs and a locked vault with typed errors', async () => {
    const { api } = await setup();
    for (const op of ['fixity.run', 'fixity.cancel', 'backup.run', 'backup.cancel']) {
      expect(await api.dispatch(op, { path: '/etc' })).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    }
    await call(api, 'vault.lock');
    expect(await api.dispatch('fixity.run', {})).toMatchObject({ ok: false, code: 'VAULT_LOCKED' });
    expect(await api.dispatch('backup.run', {})).toMatchObject({ ok: false, code: 'VAULT_LOCKED' });
    await api.close();
  });
});

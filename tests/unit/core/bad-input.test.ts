import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createVaultApi, type VaultApi } from '../../../electron/core/api';
import { scriptedHost, type RecordingHost } from '../helpers/scripted-host';
import { tempDir } from '../helpers/temp-dir';
import { randomWav } from '../helpers/media-files';

/**
 * Issue 2, "Bad input": each kind of bad input gets a specific error, and everything already in
 * the vault stays readable afterwards.
 */
const PASS = 'bad input passphrase';

async function call<T>(api: VaultApi, op: string, input: unknown = {}): Promise<T> {
  const env = await api.dispatch(op, input);
  if (!env.ok) throw Object.assign(new Error(env.message), { code: env.code });
  return env.value as T;
}

interface Fixture {
  api: VaultApi;
  host: RecordingHost;
  work: string;
  vault: string;
  testimonyId: string;
  files: Map<string, Buffer>;
}

async function fixture(): Promise<Fixture> {
  const work = await tempDir();
  const host = scriptedHost();
  const vault = path.join(work, 'vault');
  const api = createVaultApi({ vaultDir: vault, settingsFile: path.join(work, 'settings.json'), host });
  await call(api, 'vault.create', { passphrase: PASS });
  const { id } = await call<{ id: string }>(api, 'testimonies.create', { code: 'BI-1', title: 'Bad input' });
  const sources = [0, 1, 2].map((i) => path.join(work, `original-${i}.bin`));
  const bytes = sources.map(() => randomWav(150_000));
  await Promise.all(sources.map((s, i) => fs.writeFile(s, bytes[i]!)));
  host.queueImportFiles(sources);
  const { results } = await call<{ results: { ok: true; media: { id: string } }[] }>(api, 'media.import', { testimonyId: id });
  const files = new Map(results.map((r, i) => [r.media.id, bytes[i]!]));
  return { api, host, work, vault, testimonyId: id, files };
}

function blobOf(f: Fixture, mediaId: string): string {
  return path.join(f.vault, 'blobs', mediaId.slice(0, 2), `${mediaId}.age`);
}

async function exportMedia(f: Fixture, mediaId: string) {
  const target = path.join(f.work, `export-${randomBytes(4).toString('hex')}`);
  f.host.queueSavePath(target);
  const env = await f.api.dispatch('media.exportOriginal', { mediaId });
  return { env, target };
}

/** Every original not in `damaged` exports bit-exact, and the audit log verifies. */
async function expectRestReadable(f: Fixture, damaged: string[] = []): Promise<void> {
  for (const [id, bytes] of f.files) {
    if (damaged.includes(id)) continue;
    const { env, target } = await exportMedia(f, id);
    expect(env.ok).toBe(true);
    expect((await fs.readFile(target)).equals(bytes)).toBe(true);
  }
  expect(await call(f.api, 'audit.verify')).toMatchObject({ ok: true });
}

describe('bad input leaves the vault readable', () => {
  it('a truncated blob and an altered blob each fail with BLOB_CORRUPT, are never played, and the others stay readable', async () => {
    const f = await fixture();
    const [truncated, altered] = [...f.files.keys()];
    const t = blobOf(f, truncated!);
    await fs.truncate(t, (await fs.stat(t)).size - 70_000);
    const a = blobOf(f, altered!);
    const bytes = await fs.readFile(a);
    bytes[bytes.length - 500]! ^= 0x40;
    await fs.writeFile(a, bytes);
    // Readers opened earlier in the session are dropped by locking: start from disk.
    await call(f.api, 'vault.lock');
    await call(f.api, 'vault.unlock', { method: 'passphrase', passphrase: PASS });

    for (const id of [truncated!, altered!]) {
      const { env, target } = await exportMedia(f, id);
      expect(env).toMatchObject({ ok: false, code: 'BLOB_CORRUPT' });
      await expect(fs.access(target)).rejects.toThrow();
      const { url } = await call<{ url: string }>(f.api, 'media.playbackUrl', { mediaId: id });
      const answer = await f.api.serveMedia(url, 'bytes=0-');
      expect(answer.status).toBe(500);
      expect(answer.body).toBeNull();
    }
    await expectRestReadable(f, [truncated!, altered!]);
    await f.api.close();
  });

  it('a missing import path and a file that is not what its extension says are refused by name', async () => {
    const f = await fixture();
    const fake = path.join(f.work, 'interview.wav');
    await fs.writeFile(fake, 'not a recording at all');
    f.host.queueImportFiles([path.join(f.work, 'gone.wav'), fake]);
    const { results } = await call<{ results: { ok: boolean; code?: string; message?: string }[] }>(f.api, 'media.import', { testimonyId: f.testimonyId });
    expect(results).toEqual([
      expect.objectContaining({ ok: false, code: 'FILE_NOT_FOUND', message: expect.stringContaining('gone.wav') }),
      expect.objectContaining({ ok: false, code: 'CONTENT_MISMATCH', message: expect.stringContaining('interview.wav') }),
    ]);
    const list = await call<{ items: unknown[] }>(f.api, 'media.list', { testimonyId: f.testimonyId });
    expect(list.items).toHaveLength(3);
    await expectRestReadable(f);
    await f.api.close();
  });

  it('malformed IPC payloads get BAD_INPUT or NOT_FOUND and change nothing', async () => {
    const f = await fixture();
    const payloads: [string, unknown, string][] = [
      ['media.exportOriginal', { mediaId: 42 }, 'BAD_INPUT'],
      ['media.exportOriginal', { mediaId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
      ['media.list', null, 'BAD_INPUT'],
      ['media.import', { testimonyId: f.testimonyId, paths: ['/etc/shadow'] }, 'BAD_INPUT'],
      ['testimonies.create', { code: '<script>alert(1)</script>', title: 'x' }, 'BAD_INPUT'],
      ['vault.unlock', { method: 'passphrase', passphrase: 'x'.repeat(5000) }, 'BAD_INPUT'],
    ];
    for (const [op, input, code] of payloads) expect(await f.api.dispatch(op, input)).toMatchObject({ ok: false, code });
    await expectRestReadable(f);
    await f.api.close();
  });

  it('a corrupted vault.json is replaced by its backup; with both corrupted the error names the damage, and restoring the header brings everything back', async () => {
    const f = await fixture();
    await call(f.api, 'vault.lock');
    const header = path.join(f.vault, 'vault.json');
    const good = await fs.readFile(header);
    await fs.writeFile(header, good.subarray(0, 100));
    await call(f.api, 'vault.unlock', { method: 'passphrase', passphrase: PASS });
    await expectRestReadable(f);
    await call(f.api, 'vault.lock');

    await fs.writeFile(header, '{"format":"testimony-vault"');
    await fs.writeFile(path.join(f.vault, 'vault.json.bak'), 'garbage');
    expect(await f.api.dispatch('vault.unlock', { method: 'passphrase', passphrase: PASS })).toMatchObject({
      ok: false,
      code: 'VAULT_HEADER_CORRUPT',
      message: expect.stringMatching(/vault\.json is damaged/),
    });
    await fs.writeFile(header, good);
    await call(f.api, 'vault.unlock', { method: 'passphrase', passphrase: PASS });
    await expectRestReadable(f);
    await f.api.close();
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createVaultApi, type VaultApi } from '../../../../electron/core/api';
import { scriptedHost, type RecordingHost } from '../../helpers/scripted-host';
import { snapshot } from '../../helpers/vault';
import { tempDir } from '../../helpers/temp-dir';
import { exportedPackage, removeFixtures } from '../custody/package-fixture';

const PASS = 'receiving custodian passphrase';

afterAll(removeFixtures);

async function call<T = unknown>(api: VaultApi, op: string, input: unknown = {}): Promise<T> {
  const env = await api.dispatch(op, input);
  if (!env.ok) throw Object.assign(new Error(env.message), { code: env.code });
  return env.value as T;
}

async function receivingVault(): Promise<{ api: VaultApi; host: RecordingHost; vault: string }> {
  const work = await tempDir();
  const host = scriptedHost();
  const vault = path.join(work, 'vault');
  const api = createVaultApi({ vaultDir: vault, settingsFile: path.join(work, 'settings.json'), host });
  await call(api, 'vault.create', { passphrase: PASS });
  return { api, host, vault };
}

describe('custody.importPackage through the router', () => {
  it('asks for the package, then for the identity file; a cancelled dialog changes nothing; a second import is refused naming the code', async () => {
    const sent = await exportedPackage({ codes: ['IQ-7'] });
    const { api, host, vault } = await receivingVault();
    const before = await snapshot(vault);
    expect(await call(api, 'custody.importPackage')).toEqual({ status: 'cancelled' });
    host.queueImportFiles([sent.target]);
    expect(await call(api, 'custody.importPackage')).toEqual({ status: 'cancelled' });
    expect(host.dialogsShown).toBe(3);
    expect(await snapshot(vault)).toEqual(before);

    host.queueImportFiles([sent.target]);
    host.queueImportFiles([sent.identityFile]);
    const imported = await call<{ status: string; bagId: string; testimonies: { code: string; originals: number }[]; report: { ok: boolean } }>(api, 'custody.importPackage');
    expect(imported).toMatchObject({ status: 'imported', bagId: sent.receipt.bagId, testimonies: [{ code: 'IQ-7', originals: 2 }], report: { ok: true } });
    expect((await call<{ items: { code: string }[] }>(api, 'testimonies.list')).items.map((t) => t.code)).toEqual(['IQ-7']);

    host.queueImportFiles([sent.target]);
    host.queueImportFiles([sent.identityFile]);
    expect(await call(api, 'custody.importPackage')).toMatchObject({ status: 'refused', problems: ['testimony IQ-7: a testimony with the code "IQ-7" already exists in this vault; nothing was imported'] });
    await api.close();
  });

  it('takes the passphrase with the request (one dialog), and refuses malformed inputs', async () => {
    const sent = await exportedPackage({ passphrase: true });
    const { api, host } = await receivingVault();
    host.queueImportFiles([sent.target]);
    const passphrase = (await fs.readFile(sent.passphraseFile, 'utf8')).trimEnd();
    expect(await call(api, 'custody.importPackage', { passphrase })).toMatchObject({ status: 'imported', testimonies: [{ code: 'SY-1' }] });
    expect(host.dialogsShown).toBe(1);
    for (const input of [{ passphrase: '' }, { path: sent.target }, { passphrase: 7 }]) {
      const env = await api.dispatch('custody.importPackage', input);
      expect(env).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    }
    host.queueImportFiles([sent.target, sent.passphraseFile]);
    await expect(call(api, 'custody.importPackage', { passphrase })).rejects.toMatchObject({ code: 'BAD_INPUT', message: 'Choose one custody package at a time.' });
    await api.close();
  });
});

import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/temp-dir';
import { randomText } from '../core/custody/fixity-fixture';
import { runCli } from './run-cli';

const PASS = 'custodian passphrase for backups';
const env = { TESTIMONY_VAULT_PASSPHRASE: PASS };

async function initVault(): Promise<{ work: string; vault: string; vaultId: string }> {
  const work = await tempDir('tv-cli-custody-');
  const vault = path.join(work, 'vault');
  const init = await runCli(['init', '--vault', vault, '--json'], { env });
  expect(init.code, init.stderr).toBe(0);
  return { work, vault, vaultId: init.json().vaultId as string };
}

/** A vault made with the CLI itself: one testimony, two imported statements. */
async function vaultWithTwoOriginals() {
  const { work, vault, vaultId } = await initVault();
  expect((await runCli(['testimony', 'add', '--vault', vault, '--code', 'YE-2022-14', '--title', 'شهادة'], { env })).code).toBe(0);
  const files = ['first.txt', 'second.txt'].map((name) => path.join(work, name));
  await Promise.all(files.map((f) => fs.writeFile(f, randomText(100_000))));
  const imp = await runCli(['import', '--vault', vault, '--testimony', 'YE-2022-14', ...files, '--json'], { env });
  expect(imp.code, imp.stderr).toBe(0);
  const mediaIds = (imp.json().imported as { mediaId: string }[]).map((i) => i.mediaId);
  return { work, vault, vaultId, files, mediaIds };
}

describe('testimony-vault fixity, backup, restore', () => {
  // Every command unlocks (Argon2id, about a second) in a fresh process: these take a while.
  it('fixity: exit 0 when every original passes, 1 naming the testimony and file when one fails', { timeout: 180_000 }, async () => {
    const { vault, mediaIds } = await vaultWithTwoOriginals();
    const ok = await runCli(['fixity', '--vault', vault, '--json'], { env });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.json()).toEqual({ ok: true, checked: 2, passed: 2, failed: [] });

    const gone = mediaIds[0]!;
    await fs.rm(path.join(vault, 'blobs', gone.slice(0, 2), `${gone}.age`));
    const failed = await runCli(['fixity', '--vault', vault, '--json'], { env });
    expect(failed.code).toBe(1);
    expect(failed.json()).toEqual({
      ok: false,
      checked: 2,
      passed: 1,
      failed: [{ testimonyCode: 'YE-2022-14', mediaId: gone, originalName: 'first.txt', reason: 'BLOB_MISSING', message: expect.any(String) }],
    });
    const human = await runCli(['fixity', '--vault', vault], { env });
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('FAILED: 2 originals checked');
    expect(human.stdout).toMatch(/YE-2022-14\s+first\.txt\s+\(.*\): BLOB_MISSING/);
  });

  it('backup then restore: JSON fields, only new blobs the second time, and a restored vault that checks out', { timeout: 180_000 }, async () => {
    const { work, vault, vaultId } = await vaultWithTwoOriginals();
    const dest = path.join(work, 'backup');
    const first = await runCli(['backup', '--vault', vault, '--to', dest, '--json'], { env });
    expect(first.code, first.stderr).toBe(0);
    expect(first.json()).toEqual({
      ok: true,
      path: dest,
      vaultId,
      auditEvents: expect.any(Number),
      blobsCopied: 2,
      blobsSkipped: 0,
      blobsRemoved: 0,
      bytesCopied: expect.any(Number),
      databaseBytes: expect.any(Number),
      changedInVault: [],
    });
    const second = await runCli(['backup', '--vault', vault, '--to', dest, '--json'], { env });
    expect(second.json()).toMatchObject({ ok: true, blobsCopied: 0, blobsSkipped: 2, bytesCopied: 0 });

    const restoredDir = path.join(work, 'restored');
    const restored = await runCli(['restore', '--from', dest, '--vault', restoredDir, '--json'], { env });
    expect(restored.code, restored.stderr + restored.stdout).toBe(0);
    expect(restored.json()).toMatchObject({
      ok: true,
      path: restoredDir,
      vaultId,
      problems: [],
      audit: { ok: true, problems: [] },
      fixity: { checked: 2, passed: 2, failed: [] },
    });
    const verify = await runCli(['audit', 'verify', '--vault', restoredDir, '--json'], { env });
    expect(verify.json()).toMatchObject({ ok: true });

    const again = await runCli(['restore', '--from', dest, '--vault', restoredDir, '--json'], { env });
    expect(again.code).toBe(2);
    expect(again.json()).toMatchObject({ ok: false, code: 'VAULT_EXISTS' });
  });

  it('refuses bad usage and foreign folders with exit 2 and a message that says why', { timeout: 180_000 }, async () => {
    const a = await initVault();
    const b = await initVault();
    const noTo = await runCli(['backup', '--vault', a.vault, '--json'], { env });
    expect(noTo.code).toBe(2);
    expect(noTo.json()).toMatchObject({ ok: false, code: 'BAD_INPUT', message: expect.stringContaining('--to') });

    const dest = path.join(a.work, 'backup');
    expect((await runCli(['backup', '--vault', a.vault, '--to', dest], { env })).code).toBe(0);
    const foreign = await runCli(['backup', '--vault', b.vault, '--to', dest, '--json'], { env });
    expect(foreign.code).toBe(2);
    expect(foreign.json()).toMatchObject({ ok: false, code: 'BAD_INPUT', message: expect.stringContaining(a.vaultId) });

    const notBackup = await runCli(['restore', '--from', a.work, '--vault', path.join(a.work, 'r'), '--json'], { env });
    expect(notBackup.code).toBe(2);
    expect(notBackup.json()).toMatchObject({ ok: false, code: 'NO_VAULT' });
    const r2 = path.join(a.work, 'r2');
    const wrong = await runCli(['restore', '--from', dest, '--vault', r2, '--json'], { env: { TESTIMONY_VAULT_PASSPHRASE: 'not the passphrase at all' } });
    expect(wrong.code).toBe(1);
    expect(wrong.json()).toMatchObject({ ok: false, code: 'WRONG_PASSPHRASE' });
    // Checked against the backup's key slots first: nothing was copied.
    await expect(fs.access(r2)).rejects.toThrow();
  });
});

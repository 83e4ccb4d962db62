import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/temp-dir';
import { runCli } from './run-cli';
import { randomWav } from '../helpers/media-files';

const PASS = 'custodian passphrase 2024';

async function initVault(): Promise<{ work: string; vault: string; passFile: string; recoveryKey: string; env: Record<string, string> }> {
  const work = await tempDir('tv-cli-');
  const vault = path.join(work, 'vault');
  const passFile = path.join(work, 'pass.txt');
  await fs.writeFile(passFile, `${PASS}\n`);
  const res = await runCli(['init', '--vault', vault, '--passphrase-file', passFile, '--json']);
  expect(res.code, res.stderr + res.stdout).toBe(0);
  const out = res.json();
  expect(Object.keys(out).sort()).toEqual(['recoveryKey', 'vaultId']);
  return { work, vault, passFile, recoveryKey: out.recoveryKey as string, env: { TESTIMONY_VAULT_PASSPHRASE: PASS } };
}

describe('testimony-vault CLI', () => {
  it('init, testimony add, import, export-original, audit verify: one JSON object each, exit 0', async () => {
    const { work, vault, env } = await initVault();
    const add = await runCli(['testimony', 'add', '--vault', vault, '--code', 'IQ-2023-07', '--title', 'شهادة', '--json'], { env });
    expect(add.code, add.stderr).toBe(0);
    expect(add.json()).toMatchObject({ code: 'IQ-2023-07', title: 'شهادة' });

    const a = path.join(work, 'a.wav');
    execFileSync('sox', ['-n', '-r', '8000', '-c', '1', a, 'synth', '0.5', 'sine', '300']);
    const b = path.join(work, 'b.txt');
    await fs.writeFile(b, 'written statement');
    const imp = await runCli(['import', '--vault', vault, '--testimony', 'IQ-2023-07', a, b, '--json'], { env });
    expect(imp.code, imp.stderr).toBe(0);
    const imported = imp.json().imported as { file: string; mediaId: string; sha256: string; sha512: string; size: number; contentType: string }[];
    expect(imported).toHaveLength(2);
    const wav = await fs.readFile(a);
    expect(imported[0]).toEqual({
      file: a,
      mediaId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      sha256: createHash('sha256').update(wav).digest('hex'),
      sha512: createHash('sha512').update(wav).digest('hex'),
      size: wav.length,
      contentType: 'audio/wav',
    });
    expect(imported[1]!.contentType).toBe('text/plain');

    const out = path.join(work, 'out.wav');
    const exp = await runCli(['export-original', '--vault', vault, '--media', imported[0]!.mediaId, '--out', out, '--json'], { env });
    expect(exp.code, exp.stderr).toBe(0);
    expect((await fs.readFile(out)).equals(wav)).toBe(true);
    const again = await runCli(['export-original', '--vault', vault, '--media', imported[0]!.mediaId, '--out', out, '--json'], { env });
    expect(again.code).toBe(2);
    expect(again.json()).toMatchObject({ ok: false, code: 'FILE_EXISTS' });

    const verify = await runCli(['audit', 'verify', '--vault', vault, '--json'], { env });
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.json()).toMatchObject({ ok: true, treeSize: expect.any(Number), rootHash: expect.any(String) });
    expect((verify.json().treeSize as number) >= 5).toBe(true);
  });

  it('exports the age identities so the stock age tool decrypts a blob to the original bytes', async () => {
    const { work, vault, env } = await initVault();
    await runCli(['testimony', 'add', '--vault', vault, '--code', 'T1', '--title', 'One'], { env });
    const original = path.join(work, 'scan.bin');
    await fs.writeFile(original, randomWav(70_000));
    const imp = await runCli(['import', '--vault', vault, '--testimony', 'T1', original, '--json'], { env });
    const mediaId = (imp.json().imported as { mediaId: string }[])[0]!.mediaId;
    const ids = path.join(work, 'identities.txt');
    const exp = await runCli(['identities', 'export', '--vault', vault, '--out', ids, '--json'], { env });
    expect(exp.code, exp.stderr).toBe(0);
    expect(exp.json()).toMatchObject({ count: 1 });
    expect((await fs.stat(ids)).mode & 0o777).toBe(0o600);
    const blob = path.join(vault, 'blobs', mediaId.slice(0, 2), `${mediaId}.age`);
    expect(execFileSync('age', ['-d', '-i', ids, blob]).equals(await fs.readFile(original))).toBe(true);
  });

  it('changes the passphrase from files, and the old one stops working', async () => {
    const { work, vault, passFile } = await initVault();
    const next = path.join(work, 'next.txt');
    await fs.writeFile(next, 'the next passphrase\n');
    const change = await runCli(['passphrase', 'change', '--vault', vault, '--passphrase-file', passFile, '--new-passphrase-file', next, '--json']);
    expect(change.code, change.stderr).toBe(0);
    const old = await runCli(['testimony', 'list', '--vault', vault, '--passphrase-file', passFile, '--json']);
    expect(old.code).toBe(1);
    expect(old.json()).toMatchObject({ ok: false, code: 'WRONG_PASSPHRASE' });
    const ok = await runCli(['testimony', 'list', '--vault', vault, '--passphrase-file', next, '--json']);
    expect(ok.code).toBe(0);
  });

  it('unlocks with --recovery-key-file, and resets a forgotten passphrase with it', async () => {
    const { work, vault, recoveryKey } = await initVault();
    const keyFile = path.join(work, 'recovery.txt');
    await fs.writeFile(keyFile, `${recoveryKey}\n`);
    const list = await runCli(['testimony', 'list', '--vault', vault, '--recovery-key-file', keyFile, '--json']);
    expect(list.code, list.stderr).toBe(0);
    expect(list.json()).toEqual({ testimonies: [] });
    const reset = await runCli(['passphrase', 'change', '--vault', vault, '--recovery-key-file', keyFile, '--json'], { env: { TESTIMONY_VAULT_NEW_PASSPHRASE: 'remembered this time' } });
    expect(reset.code, reset.stderr).toBe(0);
    const ok = await runCli(['testimony', 'list', '--vault', vault, '--json'], { env: { TESTIMONY_VAULT_PASSPHRASE: 'remembered this time' } });
    expect(ok.code).toBe(0);
  });

  it('exits 2 on bad usage or input with a message naming the problem, and changes nothing', async () => {
    const { work, vault, env } = await initVault();
    const cases: [string[], RegExp][] = [
      [['frobnicate', '--vault', vault], /Unknown command/],
      [['testimony', 'add', '--vault', vault, '--title', 'No code'], /--code/],
      [['testimony', 'add', '--vault', vault, '--code', 'bad code', '--title', 'x'], /--code/],
      [['import', '--vault', vault, '--testimony', 'X', path.join(work, 'missing.wav')], /does not exist/],
      [['import', '--vault', path.join(work, 'nowhere'), '--testimony', 'X', path.join(work, 'pass.txt')], /no vault/i],
      [['audit', 'verify', '--vault', vault, '--bogus'], /bogus/],
      [['init', '--vault', vault], /already a vault/],
    ];
    for (const [args, message] of cases) {
      const res = await runCli(args, { env });
      expect(res.code, `${args.join(' ')}: ${res.stderr}`).toBe(2);
      expect(res.stderr).toMatch(message);
    }
    const weak = await runCli(['init', '--vault', path.join(work, 'other')], { env: { TESTIMONY_VAULT_PASSPHRASE: 'short' } });
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/at least 10 characters/);
  });

  it('refuses a file that is not what its extension says, importing the rest', async () => {
    const { work, vault, env } = await initVault();
    await runCli(['testimony', 'add', '--vault', vault, '--code', 'T1', '--title', 'One'], { env });
    const fake = path.join(work, 'interview.mp3');
    await fs.writeFile(fake, 'plain notes pretending to be audio');
    const real = path.join(work, 'notes.txt');
    await fs.writeFile(real, 'real notes');
    const res = await runCli(['import', '--vault', vault, '--testimony', 'T1', fake, real, '--json'], { env });
    expect(res.code).toBe(2);
    const out = res.json() as { imported: unknown[]; failed: { file: string; code: string; message: string }[] };
    expect(out.imported).toHaveLength(1);
    expect(out.failed).toEqual([{ file: fake, code: 'CONTENT_MISMATCH', message: expect.stringMatching(/interview\.mp3.*plain text/) }]);
  });

  it('fails audit verify with exit 1 when an event was edited', async () => {
    const { vault, env } = await initVault();
    await runCli(['testimony', 'add', '--vault', vault, '--code', 'T1', '--title', 'One'], { env });
    // The attacker knows the passphrase, drops the append-only trigger and rewrites history.
    const { unlockWithPassphrase } = await import('../../../electron/core/vault/open-vault');
    const { passphraseBytes } = await import('../../../electron/core/crypto/passphrase');
    const session = await unlockWithPassphrase(vault, passphraseBytes(PASS));
    session.db.exec("DROP TRIGGER audit_events_no_update; UPDATE audit_events SET actor = 'someone else' WHERE seq = 1");
    await session.close();
    const res = await runCli(['audit', 'verify', '--vault', vault, '--json'], { env });
    expect(res.code).toBe(1);
    expect(res.json()).toMatchObject({ ok: false });
  });
});

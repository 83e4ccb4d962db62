import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CHECK_NAMES } from '../../../electron/core/custody/package-verify-types';
import { copyBag, exportedPackage, extractWithStockTools, fixtureDir, removeFixtures, type Exported } from '../core/custody/package-fixture';
import { runCli } from './run-cli';

let exported: Exported;
let bag: string;

beforeAll(async () => {
  exported = await exportedPackage({ codes: ['SY-1'] });
  bag = await extractWithStockTools(exported);
});
afterAll(removeFixtures);

describe('testimony-vault verify (a recipient with no vault)', () => {
  it('verifies the package and the bag folder: one JSON object, exit 0; people get one line per check', async () => {
    const json = await runCli(['verify', exported.target, '--identity', exported.identityFile, '--json']);
    expect(json.code, json.stderr + json.stdout).toBe(0);
    const out = json.json() as { ok: boolean; checks: { check: string; ok: boolean; problems: string[] }[]; bag: Record<string, unknown> };
    expect(out.ok).toBe(true);
    expect(out.checks.map((c) => [c.check, c.ok, c.problems])).toEqual(CHECK_NAMES.map((c) => [c, true, []]));
    expect(out.bag).toMatchObject({ id: exported.receipt.bagId, testimonies: ['SY-1'], payloadOxum: expect.stringMatching(/^\d+\.\d+$/) });

    // The same bag with nothing but stock tools, as the export test does: checksums and signature.
    execFileSync('sha256sum', ['-c', '--quiet', 'manifest-sha256.txt'], { cwd: bag });
    execFileSync('sha512sum', ['-c', '--quiet', 'manifest-sha512.txt'], { cwd: bag });
    execFileSync('minisign', ['-V', '-q', '-p', 'vault-signing-key.pub', '-m', 'tagmanifest-sha256.txt'], { cwd: bag });

    const human = await runCli(['verify', bag]);
    expect(human.code, human.stderr + human.stdout).toBe(0);
    const lines = human.stdout.split('\n');
    for (const check of CHECK_NAMES.filter((c) => c !== 'decryption')) expect(lines).toContain(`✓ ${check}`);
    expect(human.stdout).toContain('VERIFIED: every check passed.');
    expect(human.stdout).toContain(`bag ${exported.receipt.bagId}`);

    const pinned = await runCli(['verify', bag, '--key', path.join(bag, 'vault-signing-key.pub'), '--json']);
    expect(pinned.code).toBe(0);
  });

  it('opens a passphrase package with --passphrase-file', async () => {
    const sent = await exportedPackage({ passphrase: true });
    const res = await runCli(['verify', sent.target, '--passphrase-file', sent.passphraseFile, '--json']);
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(res.json()).toMatchObject({ ok: true, bag: { id: sent.receipt.bagId } });
    const wrong = path.join(await fixtureDir('tv-pass-'), 'wrong.txt');
    await fs.writeFile(wrong, 'not it\n');
    const failed = await runCli(['verify', sent.target, '--passphrase-file', wrong]);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/✗ decryption\n {4}None of the given keys or passphrase opens this package/);
    expect(failed.stdout).toMatch(/not run \(the package could not be read to its end\): archive, bag-declaration/);
  });

  it('exits 1 naming every failure of a tampered bag, and of a signer that is not the expected key', async () => {
    const tampered = await copyBag(bag);
    const original = exported.originals[1]!;
    const target = `data/originals/SY-1/${original.media.id}.txt`;
    await fs.appendFile(path.join(tampered, target), 'x');
    await fs.writeFile(path.join(tampered, 'data', 'extra.txt'), 'extra');
    const res = await runCli(['verify', tampered]);
    expect(res.code).toBe(1);
    expect(res.stdout).toContain(`✗ checksums-sha256\n    ${target}: SHA-256 differs from manifest-sha256.txt\n`);
    expect(res.stdout).toContain('✗ completeness\n    data/extra.txt is not in manifest-sha256.txt (a file added to the bag?)\n');
    expect(res.stdout).toContain('✓ signature\n');
    expect(res.stdout).toContain('FAILED: 5 checks failed.');
    const json = (await runCli(['verify', tampered, '--json'])).json() as { ok: boolean; checks: { check: string; ok: boolean }[] };
    expect(json.ok).toBe(false);
    expect(json.checks.filter((c) => !c.ok).map((c) => c.check)).toEqual(['completeness', 'checksums-sha256', 'checksums-sha512', 'payload-oxum', 'ingest-hashes']);

    const dir = await fixtureDir('tv-key-');
    execFileSync('minisign', ['-G', '-W', '-p', path.join(dir, 'other.pub'), '-s', path.join(dir, 'other.key')]);
    const other = await runCli(['verify', bag, '--key', path.join(dir, 'other.pub')]);
    expect(other.code).toBe(1);
    expect(other.stdout).toMatch(/✗ signature\n {4}vault-signing-key.pub holds key [0-9A-F]{1,16}, not the expected key [0-9A-F]{1,16}\n/);
  });

  it('exits 2 for bad usage or input, with a message a person can act on', async () => {
    const dir = await fixtureDir('tv-usage-');
    const junk = path.join(dir, 'notes.txt');
    await fs.writeFile(junk, 'not a package');
    const badIdentity = path.join(dir, 'identity.txt');
    await fs.writeFile(badIdentity, '# a comment\nAGE-SECRET-KEY-1NOTAKEY\n');
    const cases: [string[], RegExp][] = [
      [['verify'], /Name the package to verify/],
      [['verify', path.join(dir, 'missing.age')], /does not exist/],
      [['verify', exported.target], /is encrypted: give the identity file \(--identity FILE\) or the passphrase \(--passphrase-file FILE\)/],
      [['verify', exported.target, '--identity', exported.identityFile, '--passphrase-file', exported.passphraseFile], /either --identity FILE or --passphrase-file FILE, not both/],
      [['verify', exported.target, '--identity', badIdentity], /Line 2 of the identity file is not an age identity/],
      [['verify', exported.target, '--identity', path.join(dir, 'nope.key')], /identity file .* cannot be read/],
      [['verify', junk], /is not a custody package/],
      [['verify', bag, '--key', junk], /not a minisign public key/],
      [['verify', bag, 'extra'], /Unexpected argument/],
    ];
    for (const [args, message] of cases) {
      const res = await runCli([...args, '--json']);
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.json()).toMatchObject({ ok: false, message: expect.stringMatching(message) });
    }
    // The secret is never echoed.
    const res = await runCli(['verify', exported.target, '--identity', badIdentity]);
    expect(res.stderr).not.toContain('NOTAKEY');
  });
});

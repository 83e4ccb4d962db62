import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { importPackage } from '../../../electron/core/custody/package-import';
import { parseIdentityFile } from '../../../electron/core/custody/package-verify';
import type { PackageSecret } from '../../../electron/core/custody/package-verify-types';
import type { TarWriter } from '../../../electron/core/custody/tar';
import { passphraseBytes } from '../../../electron/core/crypto/passphrase';
import { createVault } from '../../../electron/core/vault/open-vault';
import type { VaultSession } from '../../../electron/core/vault/session';
import { PASSPHRASE, snapshot } from '../helpers/vault';
import { exportedPackage, extractWithStockTools, fixtureDir, removeFixtures, type Exported } from '../core/custody/package-fixture';
import { ageEncrypt, bagTar, rawHeader } from '../core/custody/hostile-tar';

/**
 * The package importer under hostile archives (issue 7): a genuine bag with random hostile
 * entries added. Whatever the importer decides, it writes nothing outside the vault: not
 * beside it, not where an absolute or `..` name points, not through a link.
 */
let exported: Exported;
let bag: string;
let recipient: string;
let secret: () => Promise<PackageSecret>;
/** Parent of the receiving vault: the folder a `../` name would reach. */
let parent: string;
let receiving: { dir: string; session: VaultSession };
/** In every hostile name, so a file it made anywhere under the temp dir can be found. */
const TOKEN = `tvescape${randomBytes(4).toString('hex')}`;

beforeAll(async () => {
  exported = await exportedPackage({ codes: ['HX-1'] });
  bag = await extractWithStockTools(exported);
  recipient = execFileSync('age-keygen', ['-y', exported.identityFile]).toString().trim();
  secret = async () => ({ kind: 'identities', secretKeys: parseIdentityFile(await fs.readFile(exported.identityFile, 'utf8')) });
  parent = await fixtureDir('tv-hostile-parent-');
  const dir = path.join(parent, 'vault');
  receiving = { dir, session: (await createVault(dir, passphraseBytes(PASSPHRASE))).session };
}, 120_000);
afterAll(async () => {
  await receiving.session.close();
  await removeFixtures();
});

type Hostile =
  | { kind: 'file'; name: string; size: number }
  | { kind: 'link'; type: '1' | '2'; name: string; target: string }
  | { kind: 'oversized'; name: string; size: number };

function hostileName(root: () => string): fc.Arbitrary<string> {
  const leaf = fc.constantFrom(`${TOKEN}`, `${TOKEN}.age`, `${TOKEN}\u0301`, `e\u0301${TOKEN}`, `\u00e9${TOKEN}`, `${TOKEN}/../${TOKEN}`, `${TOKEN}\\..\\x`);
  const prefix = fc.constantFrom(
    () => `${root()}/data/originals/`,
    () => `${root()}/data/../../`,
    () => `${root()}/../../../`,
    () => '../',
    () => '/',
    () => `${parent}/`,
    () => `${root()}/data/originals/./../../../vault/blobs/`,
    () => `${root()}//data/originals//`,
    () => `${root()}/`,
  );
  return fc.oneof(
    fc.tuple(prefix, leaf).map(([p, l]) => p() + l),
    // A duplicate of a file the bag already has (the second copy differs).
    fc.constantFrom('bag-info.txt', 'manifest-sha256.txt', 'bagit.txt', 'data/originals').map((name) => `${root()}/${name}`),
    // Unicode-normalisation twin of a real name.
    fc.constant(`${root()}/data/\u006f\u0308riginals/${TOKEN}`),
  );
}

function hostileEntry(root: () => string): fc.Arbitrary<Hostile> {
  const name = hostileName(root);
  return fc.oneof(
    fc.record({ kind: fc.constant('file' as const), name, size: fc.integer({ min: 0, max: 3000 }) }),
    fc.record({
      kind: fc.constant('link' as const),
      type: fc.constantFrom('1' as const, '2' as const),
      name,
      target: fc.constantFrom('../../../', '/etc/passwd', parent, `${parent}/${TOKEN}`, '../vault/vault.json', 'bag-info.txt'),
    }),
    fc.record({ kind: fc.constant('oversized' as const), name, size: fc.constantFrom(2 ** 33, 2 ** 40, 8 ** 11 - 1) }),
  );
}

/**
 * Files named with TOKEN where an escaped write would land: a relative name resolves against
 * the working folder, an absolute one against /, a `..` one against the temp folder or the
 * vault's parent. (A recursive walk of the whole temp folder is too slow on a shared machine.)
 */
async function escapedFiles(): Promise<string[]> {
  const places = [os.tmpdir(), '/', process.cwd(), parent, path.dirname(parent), path.dirname(bag), path.dirname(path.dirname(bag))];
  const found: string[] = [];
  for (const place of places) {
    for (const name of await fs.readdir(place).catch(() => [] as string[])) if (name.includes(TOKEN)) found.push(path.join(place, name));
  }
  return found;
}

describe('the package importer under hostile archives', () => {
  it('writes nothing outside the vault, whatever the archive holds', async () => {
    const root = path.basename(bag);
    const outside = async () => {
      const all = await snapshot(parent);
      for (const key of [...all.keys()]) if (key.startsWith(`vault${path.sep}`)) all.delete(key);
      return all;
    };
    const before = await outside();
    let refused = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(hostileEntry(() => root), { minLength: 1, maxLength: 4 }), async (entries) => {
        runs++;
        const work = await fixtureDir('tv-hostile-run-');
        const raw: Buffer[] = [];
        const extra = async (tar: TarWriter) => {
          for (const e of entries) {
            if (e.kind === 'file') await tar.addBuffer(e.name, Buffer.alloc(e.size, 0x41));
          }
        };
        for (const e of entries) {
          if (e.kind === 'link') raw.push(rawHeader(e.name.slice(0, 99), { type: e.type, linkName: e.target.slice(0, 99) }));
          if (e.kind === 'oversized') raw.push(rawHeader(e.name.slice(0, 99), { size: e.size }), Buffer.alloc(512, 0x42));
        }
        const file = path.join(work, 'package');
        await fs.writeFile(file, ageEncrypt(await bagTar(bag, extra, raw), recipient));
        const outcome = await importPackage(receiving.session, { path: file, secret: await secret() });
        expect(['refused', 'imported']).toContain(outcome.status);
        if (outcome.status === 'refused') refused++;
        expect(await outside()).toEqual(before);
        expect((await fs.readdir(work)).sort()).toEqual(['package']);
        expect(await escapedFiles()).toEqual([]);
        // Inside the vault: no links, and blobs only under their own names.
        for (const name of await fs.readdir(receiving.dir, { recursive: true })) {
          const stat = await fs.lstat(path.join(receiving.dir, String(name)));
          expect(stat.isSymbolicLink()).toBe(false);
          expect(String(name)).not.toContain(TOKEN);
        }
      }),
      { numRuns: 12 },
    );
    expect(runs).toBe(12);
    // Nearly every archive holds something a bag must not (an unlisted tag file may be allowed).
    process.stdout.write(`hostile archives: ${runs} imported or refused, ${refused} refused\n`);
  }, 240_000);
});

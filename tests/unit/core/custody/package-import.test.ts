import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importPackage } from '../../../../electron/core/custody/package-import';
import { parseIdentityFile } from '../../../../electron/core/custody/package-verify';
import type { PackageSecret } from '../../../../electron/core/custody/package-verify-types';
import { passphraseBytes } from '../../../../electron/core/crypto/passphrase';
import { getTestimonyByCode, getTestimonyKey } from '../../../../electron/core/db/queries/testimonies';
import { listMedia } from '../../../../electron/core/db/queries/media';
import { getVersion, listTranscripts } from '../../../../electron/core/db/queries/transcripts';
import { blobAbsolutePath } from '../../../../electron/core/media/blob-paths';
import { recordView } from '../../../../electron/core/records/record-view';
import { createVault } from '../../../../electron/core/vault/open-vault';
import type { VaultSession } from '../../../../electron/core/vault/session';
import { newVault, PASSPHRASE, snapshot } from '../../helpers/vault';
import { copyBag, exportedPackage, extractWithStockTools, fixtureDir, removeFixtures, type Exported } from './package-fixture';
import { failures } from './package-tamper';
import { ageEncrypt, bagTar, gnuTarWithLink, paxHeader, rawHeader } from './hostile-tar';

let exported: Exported;
let bag: string;
let recipient: string;
let secret: () => Promise<PackageSecret>;
/** A vault that every refused import must leave exactly as it was. */
let receiving: { dir: string; session: VaultSession };

beforeAll(async () => {
  exported = await exportedPackage({ codes: ['SY-1', 'SY-2'] });
  bag = await extractWithStockTools(exported);
  recipient = execFileSync('age-keygen', ['-y', exported.identityFile]).toString().trim();
  secret = async () => ({ kind: 'identities', secretKeys: parseIdentityFile(await fs.readFile(exported.identityFile, 'utf8')) });
  const dir = path.join(await fixtureDir('tv-receiving-'), 'vault');
  receiving = { dir, session: (await createVault(dir, passphraseBytes(PASSPHRASE))).session };
});
afterAll(async () => {
  await receiving.session.close();
  await removeFixtures();
});

const strip = <T extends { id?: string }>(items: readonly T[]) => items.map(({ id: _id, ...rest }) => rest);

async function listing(dir: string): Promise<string[]> {
  return (await fs.readdir(dir, { recursive: true })).map(String).sort();
}

/** Imports `archive` (a tar, age-encrypted unless told) into the receiving vault and checks it was refused with nothing left behind. */
async function refused(archive: Buffer, options: { encrypt?: boolean; limits?: { maxPackageBytes: number } } = {}) {
  const work = await fixtureDir('tv-hostile-');
  const file = path.join(work, 'package');
  await fs.writeFile(file, options.encrypt === false ? archive : ageEncrypt(archive, recipient));
  const before = await snapshot(receiving.dir);
  const outcome = await importPackage(receiving.session, { path: file, secret: options.encrypt === false ? null : await secret(), ...(options.limits ? { limits: options.limits } : {}) });
  expect(outcome.status).toBe('refused');
  expect(await snapshot(receiving.dir)).toEqual(before);
  expect(await listing(work)).toEqual(['package']);
  return outcome.report;
}

describe('importing a received custody package', () => {
  it('imports into a second vault: originals bit-exact (the stock age opens them), records, transcripts, provenance and custody history', async () => {
    const { session, dir } = await newVault();
    const packageFolder = await listing(exported.work);
    const outcome = await importPackage(session, { path: exported.target, secret: await secret() });
    if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome, null, 2));
    expect(outcome).toMatchObject({ bagId: exported.receipt.bagId, people: 0, testimonies: [{ code: 'SY-1', originals: 2, transcripts: 1 }, { code: 'SY-2', originals: 2, transcripts: 1 }] });
    expect(await listing(exported.work)).toEqual(packageFolder);

    for (const sent of exported.records) {
      const t = getTestimonyByCode(session.db, sent.record.code)!;
      expect(t.id).not.toBe(sent.record.id);
      const { record } = recordView(session, t.id);
      const { id: _a, createdAt: _b, updatedAt: _c, sessions, events, source, ...overview } = sent.record;
      expect(record).toMatchObject({ ...overview, source: { ...source, notes: expect.stringContaining(`Received in custody package ${exported.receipt.bagId} from Syrian Archive Test`) } });
      expect(strip(record.sessions)).toEqual(strip(sessions));
      expect(strip(record.events)).toEqual(strip(events));
      expect(record.source.notes).toContain(`The sender's testimony ${sent.record.id}`);

      const idFile = path.join(await fixtureDir('tv-id-'), 'identity.txt');
      await fs.writeFile(idFile, `${getTestimonyKey(session.db, t.id)!.identity}\n`, { mode: 0o600 });
      const media = listMedia(session.db, t.id);
      for (const original of exported.originals.filter((o) => o.code === sent.record.code)) {
        const copy = media.find((m) => m.sha256 === original.media.sha256)!;
        expect(copy).toMatchObject({ sha512: original.media.sha512, size: original.bytes.length, originalName: original.media.originalName, contentType: original.media.contentType, kind: original.media.kind });
        expect(copy.id).not.toBe(original.media.id);
        expect(execFileSync('age', ['-d', '-i', idFile, blobAbsolutePath(dir, copy.blobPath)], { maxBuffer: 64 * 1024 * 1024 }).equals(original.bytes)).toBe(true);
        expect(copy.provenance).toMatchObject({ handedOverBy: 'Syrian Archive Test (Custodian One)', method: expect.stringContaining(exported.receipt.bagId), receivedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
        for (const fact of [`Received in custody package ${exported.receipt.bagId}`, `(media ${original.media.id})`, original.media.sha256, original.media.sha512, 'Custody history', ': ingestion of media']) expect(copy.provenance.notes).toContain(fact);
      }
      const [transcript] = listTranscripts(session.db, t.id);
      expect(transcript!.mediaId).toBe(media.find((m) => m.contentType === 'audio/wav')!.id);
      expect(getVersion(session.db, transcript!.id, 1)!.paragraphs.map((p) => p.text)).toEqual(['نص الشهادة']);
    }

    const log = session.db.prepare("SELECT type, object_type AS objectType, detail FROM audit_events WHERE detail LIKE '%custody package%'").all() as { type: string; objectType: string; detail: string }[];
    const counted = (type: string, objectType: string) => log.filter((e) => e.type === type && e.objectType === objectType && (JSON.parse(e.detail) as { bagId: string }).bagId === exported.receipt.bagId).length;
    expect([counted('creation', 'testimony'), counted('ingestion', 'media'), counted('creation', 'transcript')]).toEqual([2, 4, 2]);
    expect((await session.audit.verify()).ok).toBe(true);

    // Only ciphertext in the vault: no partial blob left, no plaintext anywhere.
    const files = await snapshot(dir);
    expect([...files.keys()].filter((f) => f.startsWith('blobs/'))).toHaveLength(4);
    expect([...files.keys()].filter((f) => f.endsWith('.partial'))).toEqual([]);
    for (const [name, bytes] of files) expect(bytes.includes('Written statement'), name).toBe(false);

    // The same package again: both codes are taken, and the refusal names them; nothing changes.
    const before = await snapshot(dir);
    const again = await importPackage(session, { path: exported.target, secret: await secret() });
    expect(again).toMatchObject({
      status: 'refused',
      problems: ['testimony SY-1: a testimony with the code "SY-1" already exists in this vault; nothing was imported', 'testimony SY-2: a testimony with the code "SY-2" already exists in this vault; nothing was imported'],
    });
    expect(await snapshot(dir)).toEqual(before);
    await session.close();
  });

  it('imports a passphrase package', async () => {
    const sent = await exportedPackage({ passphrase: true });
    const { session } = await newVault();
    const passphrase = new Uint8Array(Buffer.from((await fs.readFile(sent.passphraseFile, 'utf8')).trimEnd()));
    const outcome = await importPackage(session, { path: sent.target, secret: { kind: 'passphrase', passphrase } });
    expect(outcome).toMatchObject({ status: 'imported', testimonies: [{ code: 'SY-1', originals: 2 }] });
    await session.close();
  });

  it('refuses a package that fails verification, with the report, and writes nothing', async () => {
    const tampered = await copyBag(bag);
    const target = `data/originals/SY-1/${exported.originals[1]!.media.id}.txt`;
    await fs.appendFile(path.join(tampered, target), 'one more line\n');
    const report = await refused(await bagTar(tampered));
    expect(failures(report)['checksums-sha256']).toEqual([`${target}: SHA-256 differs from manifest-sha256.txt`]);
  });

  describe('refuses hostile packages, naming the entry, with nothing written in or outside the vault', () => {
    const canary = `tv-escape-${randomBytes(6).toString('hex')}`;
    const outside = () => [path.resolve(receiving.dir, '..', canary), path.resolve(process.cwd(), '..', canary), path.join(os.tmpdir(), canary)];
    afterAll(async () => {
      for (const place of outside()) expect(await fs.stat(place).catch(() => null), place).toBeNull();
    });

    it.each([
      ['a path climbing out', (root: string) => `${root}/../${canary}`, 'climbs out of the package ("..")'],
      ['a path climbing out through data/', (root: string) => `${root}/data/../../${canary}`, 'climbs out of the package ("..")'],
      ['an absolute path', () => path.join(os.tmpdir(), canary), 'is an absolute path'],
      ['a Windows absolute path', () => `C:\\${canary}`, 'is an absolute path'],
      ['a backslash', (root: string) => `${root}\\..\\${canary}`, 'holds a backslash (a Windows path separator)'],
      ['a control character', (root: string) => `${root}/data/a\u0007b.txt`, 'holds a control character or NUL'],
      ['a newline', (root: string) => `${root}/data/a\nb.txt`, 'holds a control character or NUL'],
      ['a NUL', (root: string) => `${root}/data/a\u0000b.txt`, 'holds a control character or NUL'],
    ])('%s', async (_, name, why) => {
      const root = path.basename(bag);
      const report = await refused(await bagTar(bag, (tar) => tar.addBuffer(name(root), Buffer.from('x'))));
      expect(failures(report)).toEqual({ archive: [`${JSON.stringify(name(root))} ${why}`] });
    });

    it('a name that appears twice, and names that are the same after NFC/NFD normalisation or case folding', async () => {
      const root = path.basename(bag);
      const wav = `${root}/data/originals/SY-1/${exported.originals[0]!.media.id}.wav`;
      const arabic = 'إفادة';
      const accented = 'déclaration';
      const report = await refused(
        await bagTar(bag, async (tar) => {
          await tar.addBuffer(wav, Buffer.from('a second file under the same name'));
          await tar.addBuffer(`${root}/${arabic.normalize('NFC')}.txt`, Buffer.from('1'));
          await tar.addBuffer(`${root}/${arabic.normalize('NFD')}.txt`, Buffer.from('2'));
          await tar.addBuffer(`${root}/${accented.normalize('NFC')}.txt`, Buffer.from('1'));
          await tar.addBuffer(`${root}/${accented.normalize('NFD')}.txt`, Buffer.from('2'));
          await tar.addBuffer(`${root}/Bag-Info.txt`, Buffer.from('Source-Organization: someone else\n'));
        }),
      );
      expect(arabic.normalize('NFC')).not.toBe(arabic.normalize('NFD'));
      expect(failures(report).archive).toEqual([
        `${JSON.stringify(wav)} appears twice in the archive`,
        `${JSON.stringify(`${root}/${arabic.normalize('NFD')}.txt`)} and ${JSON.stringify(`${root}/${arabic.normalize('NFC')}.txt`)} are the same name after Unicode normalisation (NFC/NFD)`,
        `${JSON.stringify(`${root}/${accented.normalize('NFD')}.txt`)} and ${JSON.stringify(`${root}/${accented.normalize('NFC')}.txt`)} are the same name after Unicode normalisation (NFC/NFD)`,
        `${JSON.stringify(`${root}/Bag-Info.txt`)} and ${JSON.stringify(`${root}/bag-info.txt`)} are the same name after case folding`,
      ]);
    });

    it.each(['symlink', 'hardlink'] as const)('a %s (GNU tar)', async (kind) => {
      const work = await fixtureDir('tv-link-');
      const report = await refused(await gnuTarWithLink(bag, work, kind, path.join(os.tmpdir(), canary)));
      const what = kind === 'symlink' ? 'a symbolic link' : 'a hard link';
      expect(report.checks.map((c) => [c.check, c.ok])).toEqual([
        ['decryption', true],
        ['archive', false],
      ]);
      expect(failures(report).archive).toEqual([`"${path.basename(bag)}/data/originals/link" is ${what}; only files and folders are accepted`]);
      expect(report.notRun).toContain('signature');
    });

    it('a member larger than the limit (64 GiB), and a package larger than its limit', async () => {
      const root = path.basename(bag);
      const huge = 2 ** 40;
      const report = await refused(await bagTar(bag, undefined, [paxHeader({ size: String(huge) }), rawHeader(`${root}/data/huge.bin`)]));
      expect(failures(report).archive).toEqual([`"${root}/data/huge.bin" is larger than ${64 * 1024 ** 3} bytes`]);

      const limited = await refused(await bagTar(bag), { limits: { maxPackageBytes: 100_000 } });
      expect(failures(limited).archive).toEqual([expect.stringMatching(/^the package holds more than 100000 bytes \(at ".*"\)$/)]);
    });

    it('more entries than the limit (100,000)', async () => {
      const root = path.basename(bag);
      const folders = Array.from({ length: 100_001 }, (_, i) => rawHeader(`${root}/data/f${i}/`, { type: '5' }));
      const report = await refused(await bagTar(bag, undefined, folders), { encrypt: false });
      expect(report.checks).toEqual([{ check: 'archive', ok: false, problems: ['more than 100000 entries'] }]);
    });
  });
});

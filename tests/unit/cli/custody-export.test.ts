import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { consentSchema } from '../../../shared/domain/record';
import type { Receipt } from '../../../shared/domain/custody';
import { createTestimony } from '../../../electron/core/records/testimonies';
import { updateConsent, withdrawConsent } from '../../../electron/core/records/record-service';
import { startIngest } from '../../../electron/core/media/ingest';
import { addRecipient } from '../../../electron/core/custody/address-book';
import { importPackage } from '../../../electron/core/custody/package-import';
import { parseIdentityFile } from '../../../electron/core/custody/package-verify';
import { listReceipts, putSetting } from '../../../electron/core/db/queries/custody';
import { getTestimonyByCode } from '../../../electron/core/db/queries/testimonies';
import { listMedia } from '../../../electron/core/db/queries/media';
import { recordView } from '../../../electron/core/records/record-view';
import { createVault } from '../../../electron/core/vault/open-vault';
import { passphraseBytes } from '../../../electron/core/crypto/passphrase';
import { newVault, PASSPHRASE, unlock } from '../helpers/vault';
import { fixtureDir, removeFixtures } from '../core/custody/package-fixture';
import { runCli } from './run-cli';

/**
 * `testimony-vault custody export`, and the round trip of issue 5: export with the CLI,
 * decrypt with the stock age, validate the bag with sha256sum/sha512sum, check the signature
 * with `minisign -V`, verify with our CLI, import into a second vault, compare.
 */
const env = { TESTIMONY_VAULT_PASSPHRASE: PASSPHRASE };
let vault: string;
let work: string;
let keys: { identityFile: string; publicKey: string }[];
const originals = new Map<string, Buffer>();

function ageKey(name: string) {
  const identityFile = path.join(work, `${name}.key`);
  execFileSync('age-keygen', ['-o', identityFile], { stdio: 'pipe' });
  return { identityFile, publicKey: execFileSync('age-keygen', ['-y', identityFile]).toString().trim() };
}

beforeAll(async () => {
  work = await fixtureDir('tv-cli-custody-export-');
  keys = [ageKey('icc'), ageKey('iiim'), ageKey('archive')];
  // The helpers' temp folders are emptied after each test; this vault lives for the file.
  vault = path.join(await fixtureDir('tv-cli-custody-vault-'), 'vault');
  const { session } = await createVault(vault, passphraseBytes(PASSPHRASE));
  putSetting(session.db, 'organization', 'Syrian Archive Test');
  putSetting(session.db, 'contactName', 'Custodian One');
  const scopes = consentSchema.parse({}).scopes;
  for (const [code, grants] of [
    ['SY-1', { shareInternationalCourts: true, archive: true }],
    ['SY-2', { shareInternationalCourts: true, archive: true }],
    ['NO-1', { shareInternationalCourts: false, archive: true }],
    ['WD-1', { shareInternationalCourts: true, archive: true }],
  ] as const) {
    const t = await createTestimony(session, { code, title: `شهادة ${code}` });
    await updateConsent(session, t.id, consentSchema.parse({ obtained: 'yes', scopes: { ...scopes, ...grants } }));
    const file = path.join(work, `${code}-statement.txt`);
    const bytes = Buffer.from(`Statement ${code} ${randomBytes(8).toString('hex')} — إفادة\n`.repeat(4000));
    await fs.writeFile(file, bytes);
    originals.set(code, bytes);
    await (await startIngest(session, t.id, file, () => undefined)).done;
    if (code === 'WD-1') await withdrawConsent(session, t.id, { withdrawnOn: '2025-03-01', scopes: ['shareInternationalCourts'], notes: '' });
  }
  await addRecipient(session, { name: 'Archive partner', organization: 'Archive', kind: 'archive', publicKey: keys[2]!.publicKey, notes: '' });
  await session.close();
});
afterAll(removeFixtures);

describe('testimony-vault custody export', () => {
  it('round trip: two keys; stock age, sha256sum/sha512sum, minisign -V and our verify pass; a second vault imports it identical', async () => {
    const out = path.join(work, 'handover.tar.age');
    const res = await runCli(
      ['custody', 'export', '--vault', vault, '--testimony', 'SY-1', '--testimony', 'SY-2', '--recipient', keys[0]!.publicKey, '--recipient', keys[1]!.publicKey, '--for', 'international-court', '--out', out, '--json'],
      { env },
    );
    expect(res.code, res.stdout + res.stderr).toBe(0);
    const { receipt, package: written } = res.json() as { receipt: Receipt; package: string };
    expect(written).toBe(out);
    expect(receipt.packageSha256).toBe(createHash('sha256').update(await fs.readFile(out)).digest('hex'));
    expect(receipt.testimonies.map((t) => t.code)).toEqual(['SY-1', 'SY-2']);
    expect(receipt.recipients.map((r) => [r.kind, r.publicKey])).toEqual(keys.slice(0, 2).map((k) => ['international-court', k.publicKey]));

    for (const key of keys.slice(0, 2)) {
      const bagDir = await fixtureDir('tv-rt-bag-');
      execFileSync('tar', ['-x', '-C', bagDir], { input: execFileSync('age', ['-d', '-i', key.identityFile, out], { maxBuffer: 64 * 1024 * 1024 }) });
      const bag = path.join(bagDir, `custody-${receipt.bagId}`);
      execFileSync('sha256sum', ['-c', '--quiet', 'manifest-sha256.txt'], { cwd: bag });
      execFileSync('sha512sum', ['-c', '--quiet', 'manifest-sha512.txt'], { cwd: bag });
      execFileSync('sha256sum', ['-c', '--quiet', 'tagmanifest-sha256.txt'], { cwd: bag });
      expect(execFileSync('minisign', ['-V', '-p', 'vault-signing-key.pub', '-m', 'tagmanifest-sha256.txt'], { cwd: bag }).toString()).toContain(`bag ${receipt.bagId}`);
      const info = await fs.readFile(path.join(bag, 'bag-info.txt'), 'utf8');
      expect(info).toContain('Source-Organization: Syrian Archive Test');
      expect(info).toContain('Contact-Name: Custodian One');
      const sent = (await fs.readdir(path.join(bag, 'data', 'originals', 'SY-2')))[0]!;
      expect((await fs.readFile(path.join(bag, 'data', 'originals', 'SY-2', sent))).equals(originals.get('SY-2')!)).toBe(true);
      const verified = await runCli(['verify', bag, '--json']);
      expect(verified.code, verified.stdout).toBe(0);
    }
    const verified = await runCli(['verify', out, '--identity', keys[1]!.identityFile, '--json']);
    expect(verified.code, verified.stdout).toBe(0);
    expect(verified.json()).toMatchObject({ ok: true, bag: { id: receipt.bagId, testimonies: ['SY-1', 'SY-2'] } });

    // The sending vault recorded the handover: the receipt, and a dissemination event per testimony.
    const sender = await unlock(vault);
    expect(listReceipts(sender.db)).toEqual([receipt]);
    const sentRecords = ['SY-1', 'SY-2'].map((code) => recordView(sender, getTestimonyByCode(sender.db, code)!.id));
    expect(sender.db.prepare("SELECT count(*) FROM audit_events WHERE type = 'dissemination' AND detail LIKE ?").pluck().get(`%${receipt.id}%`)).toBe(2);
    await sender.close();

    const second = await newVault();
    const secret = { kind: 'identities' as const, secretKeys: parseIdentityFile(await fs.readFile(keys[0]!.identityFile, 'utf8')) };
    const imported = await importPackage(second.session, { path: out, secret });
    expect(imported).toMatchObject({ status: 'imported', bagId: receipt.bagId, testimonies: [{ code: 'SY-1', originals: 1 }, { code: 'SY-2', originals: 1 }] });
    for (const sent of sentRecords) {
      const copy = getTestimonyByCode(second.session.db, sent.record.code)!;
      const { record } = recordView(second.session, copy.id);
      expect({ title: record.title, consent: record.consent, languages: record.languages, sensitivity: record.sensitivity }).toEqual({ title: sent.record.title, consent: sent.record.consent, languages: sent.record.languages, sensitivity: sent.record.sensitivity });
      const [media] = listMedia(second.session.db, copy.id);
      expect(media!.sha256).toBe(createHash('sha256').update(originals.get(sent.record.code)!).digest('hex'));
    }
    expect((await second.session.audit.verify()).ok).toBe(true);
    await second.session.close();
  }, 180_000);

  it('--recipient-file (one key a line, comments) and an address-book key whose kind decides consent without --for', async () => {
    const file = path.join(work, 'recipients.txt');
    await fs.writeFile(file, `# the archive partner\n\n${keys[2]!.publicKey}\n`);
    const out = path.join(work, 'archive.tar.age');
    const res = await runCli(['custody', 'export', '--vault', vault, '--testimony', 'NO-1', '--recipient-file', file, '--part', 'originals', '--out', out], { env });
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(res.stdout).toContain(`Custody package written: ${out}`);
    expect(res.stdout).toContain('for Archive partner (key ');
    const names = execFileSync('tar', ['-t'], { input: execFileSync('age', ['-d', '-i', keys[2]!.identityFile, out]) }).toString();
    expect(names).toMatch(/data\/originals\/NO-1\//);
    expect(names).not.toMatch(/data\/metadata\//);
  }, 60_000);

  it('a package passphrase from --passphrase-file with --for, the vault unlocked with --vault-passphrase-file', async () => {
    const vaultPass = path.join(work, 'vault-pass.txt');
    await fs.writeFile(vaultPass, `${PASSPHRASE}\n`);
    const packagePass = path.join(work, 'package-pass.txt');
    await fs.writeFile(packagePass, 'a passphrase sent by another channel — عبارة\n');
    const out = path.join(work, 'passphrase.tar.age');
    const res = await runCli(['custody', 'export', '--vault', vault, '--vault-passphrase-file', vaultPass, '--testimony', 'SY-1', '--passphrase-file', packagePass, '--for', 'international-court', '--out', out, '--json']);
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(res.json()).toMatchObject({ ok: true, receipt: { recipients: [{ kind: 'international-court', publicKey: null, fingerprint: 'passphrase' }] } });
    const verified = await runCli(['verify', out, '--passphrase-file', packagePass, '--json']);
    expect(verified.code, verified.stdout).toBe(0);
  }, 60_000);

  it('refused by consent: exit 1 naming every testimony and why, nothing written', async () => {
    const out = path.join(work, 'refused.tar.age');
    const args = ['custody', 'export', '--vault', vault, '--testimony', 'SY-1', '--testimony', 'NO-1', '--testimony', 'WD-1', '--recipient', keys[0]!.publicKey, '--for', 'international-court', '--out', out];
    const json = await runCli([...args, '--json'], { env });
    expect(json.code).toBe(1);
    expect(json.json()).toMatchObject({
      ok: false,
      code: 'CONSENT_REFUSED',
      refusals: [
        { code: 'NO-1', recipientKind: 'international-court', scope: 'shareInternationalCourts', decision: 'refused' },
        { code: 'WD-1', recipientKind: 'international-court', scope: 'shareInternationalCourts', decision: 'withdrawn' },
      ],
    });
    const human = await runCli(args, { env });
    expect(human.code).toBe(1);
    expect(human.stderr).toContain('Testimony NO-1 cannot be handed to a recipient of kind "international-court": consent to shareInternationalCourts is refused.');
    expect(human.stderr).toContain('Testimony WD-1 cannot be handed to a recipient of kind "international-court": consent to shareInternationalCourts is withdrawn.');
    await expect(fs.stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
  }, 60_000);

  it('bad usage and input: exit 2 with a message naming what to change', async () => {
    const out = path.join(work, 'bad.tar.age');
    const base = ['custody', 'export', '--vault', vault, '--out', out, '--json'];
    const cases: [string[], RegExp][] = [
      [['--recipient', keys[0]!.publicKey], /--testimony CODE is required/],
      [['--testimony', 'SY-1'], /exactly one of them/],
      [['--testimony', 'SY-1', '--recipient', keys[0]!.publicKey, '--passphrase-file', path.join(work, 'package-pass.txt')], /exactly one of them/],
      [['--testimony', 'SY-1', '--recipient', `${keys[0]!.publicKey.slice(0, -1)}${keys[0]!.publicKey.endsWith('q') ? 'p' : 'q'}`, '--for', 'archive'], /not a valid age recipient|checksum/i],
      [['--testimony', 'SY-1', '--recipient', keys[0]!.publicKey], /not in the address book: say what kind of recipient/],
      [['--testimony', 'SY-1', '--recipient', keys[0]!.publicKey, '--for', 'journalist'], /--for: /],
      [['--testimony', 'SY-1', '--recipient', keys[0]!.publicKey, '--for', 'archive', '--part', 'everything'], /--part: /],
      [['--testimony', 'XX-404', '--recipient', keys[0]!.publicKey, '--for', 'archive'], /no testimony with the code XX-404/],
      [['--testimony', 'SY-1', '--passphrase-file', path.join(work, 'package-pass.txt')], /--for KIND/],
    ];
    for (const [args, message] of cases) {
      const res = await runCli([...base, ...args], { env });
      expect(res.code, args.join(' ')).toBe(2);
      expect((res.json() as { message: string }).message, args.join(' ')).toMatch(message);
    }
    await fs.writeFile(out, 'already here');
    const exists = await runCli([...base, '--testimony', 'SY-1', '--recipient', keys[0]!.publicKey, '--for', 'international-court'], { env });
    expect(exists.code).toBe(2);
    expect(exists.json()).toMatchObject({ code: 'FILE_EXISTS' });
    expect(await fs.readFile(out, 'utf8')).toBe('already here');
  }, 120_000);
});

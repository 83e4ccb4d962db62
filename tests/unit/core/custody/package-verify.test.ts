import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseIdentityFile, verifyPackage } from '../../../../electron/core/custody/package-verify';
import { CHECK_NAMES, type PackageSecret } from '../../../../electron/core/custody/package-verify-types';
import { signNote } from '../../../../electron/core/custody/signed-note';
import { exportedPackage, extractWithStockTools, copyBag, fixtureDir, removeFixtures, type Exported } from './package-fixture';
import { attackerKey, editFile, failures, reseal } from './package-tamper';

let exported: Exported;
let bag: string;
let identities: () => Promise<PackageSecret>;

beforeAll(async () => {
  exported = await exportedPackage({ codes: ['SY-1', 'SY-2'] });
  bag = await extractWithStockTools(exported);
  identities = async () => ({ kind: 'identities', secretKeys: parseIdentityFile(await fs.readFile(exported.identityFile, 'utf8')) });
});
afterAll(removeFixtures);

const bagPathOf = (i: number) => {
  const o = exported.originals[i]!;
  return `data/originals/${o.code}/${o.media.id}.${o.media.contentType === 'audio/wav' ? 'wav' : 'txt'}`;
};

async function events(dir: string): Promise<{ events: { seq: number; leaf: string }[] }> {
  return JSON.parse(await fs.readFile(path.join(dir, 'data/audit/events.json'), 'utf8')) as { events: { seq: number; leaf: string }[] };
}

describe('verifying a custody package', () => {
  it('passes every check on the encrypted package, on the tar `age -d` gives, and on the folder `tar -x` gives', async () => {
    const encrypted = await verifyPackage({ path: exported.target, secret: await identities() });
    expect(encrypted.checks.map((c) => c.check)).toEqual([...CHECK_NAMES]);
    expect(failures(encrypted)).toEqual({});
    expect(encrypted.ok).toBe(true);
    const info = await fs.readFile(path.join(bag, 'bag-info.txt'), 'utf8');
    expect(encrypted.bag).toMatchObject({ id: exported.receipt.bagId, testimonies: ['SY-1', 'SY-2'], signerKeyId: expect.stringMatching(/^[0-9A-F]{1,16}$/) });
    expect(info).toContain(`Payload-Oxum: ${encrypted.bag.payloadOxum}\n`);
    expect(encrypted.bag.trustedComment).toContain(`bag ${exported.receipt.bagId}`);

    const tar = path.join(await fixtureDir('tv-tar-'), 'bag.tar');
    execFileSync('age', ['-d', '-i', exported.identityFile, '-o', tar, exported.target]);
    for (const plain of [tar, bag, path.dirname(bag)]) {
      const report = await verifyPackage({ path: plain });
      expect(failures(report), plain).toEqual({});
      expect(report.checks.map((c) => c.check)).toEqual(CHECK_NAMES.filter((c) => c !== 'decryption'));
      expect(report.bag).toEqual(encrypted.bag);
    }
  });

  it('pins the signer: --key with the vault key passes, with another key fails naming both key ids as minisign prints them', async () => {
    const vaultKey = await fs.readFile(path.join(bag, 'vault-signing-key.pub'), 'utf8');
    const pinned = await verifyPackage({ path: bag, pinnedKey: vaultKey });
    expect(pinned.ok).toBe(true);
    expect(pinned.checks.find((c) => c.check === 'signature')!.note).toBeUndefined();
    const dir = await fixtureDir('tv-minisign-');
    execFileSync('minisign', ['-G', '-W', '-p', path.join(dir, 'other.pub'), '-s', path.join(dir, 'other.key')]);
    const other = await fs.readFile(path.join(dir, 'other.pub'), 'utf8');
    const report = await verifyPackage({ path: bag, pinnedKey: other });
    const otherId = /minisign public key ([0-9A-F]{1,16})/.exec(other)![1]!;
    expect(failures(report)).toEqual({
      signature: [`vault-signing-key.pub holds key ${pinned.bag.signerKeyId}, not the expected key ${otherId}`, 'tagmanifest-sha256.txt.minisig: the signature was made with another key than the expected one'],
      'audit-checkpoint': [expect.stringContaining('holds another key than the one that signed the bag')],
      // Without a checkpoint vouched for by the signer, no event is proven.
      'audit-proofs': expect.arrayContaining(['the events cannot be proven: the checkpoint did not verify (see audit-checkpoint)']),
    });
  });

  it('opens a passphrase package, and names a wrong passphrase, a wrong key and a damaged package', async () => {
    const withPassphrase = await exportedPackage({ passphrase: true });
    const passphrase = (await fs.readFile(withPassphrase.passphraseFile, 'utf8')).trimEnd();
    const ok = await verifyPackage({ path: withPassphrase.target, secret: { kind: 'passphrase', passphrase: new Uint8Array(Buffer.from(passphrase)) } });
    expect(failures(ok)).toEqual({});
    expect(ok.bag.testimonies).toEqual(['SY-1']);

    const wrong = await verifyPackage({ path: withPassphrase.target, secret: { kind: 'passphrase', passphrase: new Uint8Array(Buffer.from('not the passphrase')) } });
    expect(wrong.ok).toBe(false);
    expect(wrong.checks).toEqual([{ check: 'decryption', ok: false, problems: [expect.stringContaining('the passphrase is wrong')] }]);
    expect(wrong.notRun).toEqual(CHECK_NAMES.filter((c) => c !== 'decryption'));

    const dir = await fixtureDir('tv-key-');
    execFileSync('age-keygen', ['-o', path.join(dir, 'other.key')], { stdio: 'pipe' });
    const other = await verifyPackage({ path: exported.target, secret: { kind: 'identities', secretKeys: parseIdentityFile(await fs.readFile(path.join(dir, 'other.key'), 'utf8')) } });
    expect(failures(other)).toEqual({ decryption: [expect.stringContaining('encrypted for someone else')] });

    const damaged = path.join(dir, 'damaged.tar.age');
    const bytes = await fs.readFile(exported.target);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    await fs.writeFile(damaged, bytes);
    const report = await verifyPackage({ path: damaged, secret: await identities() });
    expect(failures(report)).toEqual({ decryption: [expect.stringMatching(/damaged or was altered: its encrypted chunk \d+ .* fails authentication/)] });
  });

  it('names a changed, a removed and an added payload file', async () => {
    const changed = await copyBag(bag);
    const target = bagPathOf(1);
    await editFile(changed, target, (text) => text.replace('Written', 'Rewritten'));
    expect(failures(await verifyPackage({ path: changed }))).toEqual({
      'checksums-sha256': [`${target}: SHA-256 differs from manifest-sha256.txt`],
      'checksums-sha512': [`${target}: SHA-512 differs from manifest-sha512.txt`],
      'payload-oxum': [expect.stringMatching(/^bag-info.txt: Payload-Oxum says \d+\.16, the payload has \d+\.16$/)],
      'ingest-hashes': [
        `${target}: ${exported.originals[1]!.bytes.length + 2} bytes, the record says ${exported.originals[1]!.bytes.length} were ingested`,
        `${target}: SHA-256 differs from the one its record gives (recorded at ingest)`,
        `${target}: SHA-512 differs from the one its record gives (recorded at ingest)`,
        expect.stringMatching(new RegExp(`^${target}: SHA-256 differs from the one its ingestion \\(event \\d+\\) recorded$`)),
        expect.stringMatching(new RegExp(`^${target}: SHA-512 differs from the one its ingestion \\(event \\d+\\) recorded$`)),
      ],
    });

    const removed = await copyBag(bag);
    const gone = bagPathOf(0);
    await fs.rm(path.join(removed, gone));
    const oxum = (await verifyPackage({ path: bag })).bag.payloadOxum!;
    const [octets, files] = oxum.split('.').map(Number) as [number, number];
    expect(failures(await verifyPackage({ path: removed }))).toEqual({
      completeness: [`${gone} is listed in manifest-sha256.txt but missing from the bag`, `${gone} is listed in manifest-sha512.txt but missing from the bag`],
      'payload-oxum': [`bag-info.txt: Payload-Oxum says ${oxum}, the payload has ${octets - exported.originals[0]!.bytes.length}.${files - 1}`],
    });

    const added = await copyBag(bag);
    await fs.writeFile(path.join(added, 'data/originals/SY-1/planted.txt'), 'planted evidence');
    await fs.writeFile(path.join(added, 'README.txt'), 'extra');
    expect(failures(await verifyPackage({ path: added }))).toEqual({
      completeness: [
        'README.txt is an extra file: not part of this bag\'s format and not covered by its signature',
        'data/originals/SY-1/planted.txt is not in manifest-sha256.txt (a file added to the bag?)',
        'data/originals/SY-1/planted.txt is not in manifest-sha512.txt (a file added to the bag?)',
      ],
      'payload-oxum': [`bag-info.txt: Payload-Oxum says ${oxum}, the payload has ${octets + 16}.${files + 1}`],
      'ingest-hashes': ['data/originals/SY-1/planted.txt is not named data/originals/<code>/<media id>.<ext>: it cannot be matched to a record'],
    });
  });

  it('in a bag folder, refuses a symbolic link without following it, and a name that differs only in NFC/NFD', async () => {
    const linked = await copyBag(bag);
    const secretFile = path.join(await fixtureDir('tv-outside-'), 'secret.txt');
    await fs.writeFile(secretFile, 'outside the bag');
    await fs.symlink(secretFile, path.join(linked, 'data', 'originals', 'SY-1', 'link.txt'));
    await fs.writeFile(path.join(linked, 'data', 'metadata', 'SY-1', 'e\u0301.txt'), 'NFD');
    await fs.writeFile(path.join(linked, 'data', 'metadata', 'SY-1', '\u00e9.txt'), 'NFC');
    const report = await verifyPackage({ path: linked });
    expect(failures(report).archive).toEqual([
      // The folder is read in code-point order: the NFD name (e + U+0301) comes first.
      `"data/metadata/SY-1/\u00e9.txt" and "data/metadata/SY-1/e\u0301.txt" are the same name after Unicode normalisation (NFC/NFD)`,
      '"data/originals/SY-1/link.txt" is a symbolic link; only files and folders are accepted (it was not followed)',
    ]);
    // The link was not read: only the NFC/NFD file that came first counts as an extra payload file.
    expect(failures(report).completeness).toEqual([
      expect.stringMatching(/^data\/metadata\/SY-1\/.+\.txt is not in manifest-sha256.txt/),
      expect.stringMatching(/^data\/metadata\/SY-1\/.+\.txt is not in manifest-sha512.txt/),
    ]);
  });

  it('names an altered bag-info, and a tag manifest rewritten to match it breaks the signature', async () => {
    const oxum = await copyBag(bag);
    await editFile(oxum, 'bag-info.txt', (text) => text.replace(/Payload-Oxum: (\d+)\.(\d+)/, (_, a: string, b: string) => `Payload-Oxum: ${Number(a) + 1}.${b}`));
    const actual = (await verifyPackage({ path: bag })).bag.payloadOxum!;
    const [a, b] = actual.split('.');
    expect(failures(await verifyPackage({ path: oxum }))).toEqual({
      'payload-oxum': [`bag-info.txt: Payload-Oxum says ${Number(a) + 1}.${b}, the payload has ${actual}`],
      'tag-manifests': ['bag-info.txt: SHA-256 differs from tagmanifest-sha256.txt', 'bag-info.txt: SHA-512 differs from tagmanifest-sha512.txt'],
    });

    const org = await copyBag(bag);
    await editFile(org, 'bag-info.txt', (text) => text.replace('Source-Organization: Syrian Archive Test', 'Source-Organization: Someone Else'));
    expect(failures(await verifyPackage({ path: org }))).toEqual({ 'tag-manifests': ['bag-info.txt: SHA-256 differs from tagmanifest-sha256.txt', 'bag-info.txt: SHA-512 differs from tagmanifest-sha512.txt'] });
    // A careful forger updates the tag manifests too: then the signature no longer matches them.
    const { createHash } = await import('node:crypto');
    const info = await fs.readFile(path.join(org, 'bag-info.txt'));
    for (const algorithm of ['sha256', 'sha512']) {
      await editFile(org, `tagmanifest-${algorithm}.txt`, (text) => text.replace(/^[0-9a-f]+(?= {2}bag-info\.txt$)/m, createHash(algorithm).update(info).digest('hex')));
    }
    expect(failures(await verifyPackage({ path: org }))).toEqual({
      signature: ['tagmanifest-sha256.txt.minisig: the signature does not match tagmanifest-sha256.txt: the tag manifest (or what it covers) was altered after signing'],
    });

    const missing = await copyBag(bag);
    await editFile(missing, 'bag-info.txt', (text) => text.replace(/^Contact-Name: .*\n/m, ''));
    expect(failures(await verifyPackage({ path: missing }))['bag-info']).toEqual(['bag-info.txt: Contact-Name is missing']);
  });

  it('a bag re-signed with another key passes its own signature but not the pinned key, the audit checkpoint or the ingest hashes', async () => {
    const vaultKey = await fs.readFile(path.join(bag, 'vault-signing-key.pub'), 'utf8');
    const forged = await copyBag(bag);
    const target = bagPathOf(0);
    const wav = await fs.readFile(path.join(forged, target));
    wav[wav.length - 1]! ^= 0x7f;
    await fs.writeFile(path.join(forged, target), wav);
    await reseal(forged, { payload: true, key: await attackerKey() });
    const report = await verifyPackage({ path: forged });
    expect(failures(report)).toEqual({
      'audit-checkpoint': ["data/audit/verifier-key.txt holds another key than the one that signed the bag: the checkpoint is not vouched for by the bag's signer"],
      'audit-proofs': expect.arrayContaining(['the events cannot be proven: the checkpoint did not verify (see audit-checkpoint)']),
      'ingest-hashes': expect.arrayContaining([`${target}: SHA-256 differs from the one its record gives (recorded at ingest)`]),
    });
    expect(report.checks.find((c) => c.check === 'signature')!.note).toMatch(/compare this key id with the one the sender gave you/);
    const pinned = await verifyPackage({ path: forged, pinnedKey: vaultKey });
    expect(failures(pinned).signature).toEqual([
      expect.stringMatching(/^vault-signing-key.pub holds key [0-9A-F]{1,16}, not the expected key [0-9A-F]{1,16}$/),
      'tagmanifest-sha256.txt.minisig: the signature was made with another key than the expected one',
    ]);

    const swapped = await copyBag(bag);
    const { formatPublicKey } = await import('../../../../electron/core/custody/minisign');
    await fs.writeFile(path.join(swapped, 'vault-signing-key.pub'), await formatPublicKey((await attackerKey()).publicKey, 'swapped'));
    expect(failures(await verifyPackage({ path: swapped }))).toMatchObject({
      'tag-manifests': ['vault-signing-key.pub: SHA-256 differs from tagmanifest-sha256.txt', 'vault-signing-key.pub: SHA-512 differs from tagmanifest-sha512.txt'],
      signature: ['tagmanifest-sha256.txt.minisig: the signature was made with another key than vault-signing-key.pub'],
    });
  });

  it('names an event dropped from the proofs, an altered event, and a checkpoint signed by another key', async () => {
    const dropped = await copyBag(bag);
    const doc = await events(dropped);
    const media = exported.originals[0]!.media.id;
    const ingestion = doc.events.find((e) => Buffer.from(e.leaf, 'base64').toString().includes(`"id":"${media}"`) && Buffer.from(e.leaf, 'base64').toString().includes('"type":"ingestion"'))!;
    await editFile(dropped, 'data/audit/events.json', (text) => {
      const value = JSON.parse(text) as { events: { seq: number }[] };
      value.events = value.events.filter((e) => e.seq !== ingestion.seq);
      return JSON.stringify(value, null, 2);
    });
    expect(failures(await verifyPackage({ path: dropped }))).toEqual({
      'checksums-sha256': ['data/audit/events.json: SHA-256 differs from manifest-sha256.txt'],
      'checksums-sha512': ['data/audit/events.json: SHA-512 differs from manifest-sha512.txt'],
      'payload-oxum': [expect.stringContaining('bag-info.txt: Payload-Oxum says')],
      'audit-proofs': [`${bagPathOf(0)}: no valid ingestion event for it in data/audit/events.json`, `event ${ingestion.seq} (listed in data/metadata/SY-1/premis.xml) is missing from data/audit/events.json`],
    });

    const altered = await copyBag(bag);
    await editFile(altered, 'data/audit/events.json', (text) => {
      const value = JSON.parse(text) as { events: { seq: number; leaf: string }[] };
      const event = value.events.find((e) => e.seq === ingestion.seq)!;
      event.leaf = Buffer.from(Buffer.from(event.leaf, 'base64').toString().replace(/"sha256":"[0-9a-f]{64}"/, `"sha256":"${'0'.repeat(64)}"`)).toString('base64');
      return JSON.stringify(value, null, 2);
    });
    expect(failures(await verifyPackage({ path: altered }))['audit-proofs']).toEqual([
      `event ${ingestion.seq}: its leaf does not hash to its leafHash (the event was altered)`,
      `event ${ingestion.seq}: its inclusion proof does not lead to the signed root of ${(JSON.parse(await fs.readFile(path.join(bag, 'data/audit/events.json'), 'utf8')) as { treeSize: number }).treeSize} events`,
      `${bagPathOf(0)}: no valid ingestion event for it in data/audit/events.json`,
    ]);

    const otherKey = await attackerKey();
    const note = await fs.readFile(path.join(bag, 'data/audit/checkpoint.txt'), 'utf8');
    const name = /^\u2014 (\S+) /m.exec(note)![1]!;
    const forgedNote = await signNote(note.slice(0, note.indexOf('\n\n') + 1), [{ name, ...otherKey }]);
    const forged = await copyBag(bag);
    await fs.writeFile(path.join(forged, 'data/audit/checkpoint.txt'), forgedNote);
    expect(failures(await verifyPackage({ path: forged }))).toMatchObject({
      'audit-checkpoint': [expect.stringMatching(/^data\/audit\/checkpoint.txt: The note is not signed by a trusted key/)],
      'audit-proofs': expect.arrayContaining(['the events cannot be proven: the checkpoint did not verify (see audit-checkpoint)']),
    });
    // With the forger's verifier key beside it, the checkpoint opens but is not the bag signer's.
    const { formatVerifierKey } = await import('../../../../electron/core/custody/signed-note');
    await fs.writeFile(path.join(forged, 'data/audit/verifier-key.txt'), `${formatVerifierKey(name, otherKey.publicKey)}\n`);
    expect(failures(await verifyPackage({ path: forged }))['audit-checkpoint']).toEqual([
      "data/audit/verifier-key.txt holds another key than the one that signed the bag: the checkpoint is not vouched for by the bag's signer",
    ]);
  });
});

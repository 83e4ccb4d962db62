import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { consentSchema } from '../../../../shared/domain/record';
import type { Receipt } from '../../../../shared/domain/custody';
import { createTestimony } from '../../../../electron/core/records/testimonies';
import { updateConsent } from '../../../../electron/core/records/record-service';
import { startIngest } from '../../../../electron/core/media/ingest';
import { createTranscript, saveTranscript } from '../../../../electron/core/originals/transcripts-service';
import { exportPackage, type PackageRecipients } from '../../../../electron/core/custody/package-export';
import { putSetting } from '../../../../electron/core/db/queries/custody';
import type { MediaRecord } from '../../../../electron/core/db/queries/media';
import type { VaultSession } from '../../../../electron/core/vault/session';
import { recordView } from '../../../../electron/core/records/record-view';
import type { RecordView } from '../../../../shared/contract/record-operations';
import { newVault } from '../../helpers/vault';

const fixtureDirs: string[] = [];

/**
 * Folders that live for a whole describe block (the helpers' tempDir is emptied after every
 * test); removeFixtures() in afterAll removes them.
 */
export async function fixtureDir(prefix: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  fixtureDirs.push(dir);
  return dir;
}

export async function removeFixtures(): Promise<void> {
  await Promise.all(fixtureDirs.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
}

/**
 * A real custody package for the verify and import tests: a vault with testimonies holding a
 * WAV (made by sox) and a written statement, a transcript, then exportPackage to an age key
 * made by age-keygen (or to a passphrase), as the export test does.
 */
export interface Original {
  code: string;
  media: MediaRecord;
  bytes: Buffer;
}

export interface Exported {
  work: string;
  target: string;
  receipt: Receipt;
  identityFile: string;
  passphraseFile: string;
  originals: Original[];
  /** The records as the sending vault had them (its session is closed once the package is made). */
  records: RecordView[];
}

async function addTestimony(session: VaultSession, work: string, code: string): Promise<Original[]> {
  const t = await createTestimony(session, { code, title: `شهادة ${code}` });
  await updateConsent(session, t.id, consentSchema.parse({ obtained: 'yes', scopes: { ...consentSchema.parse({}).scopes, archive: true, shareInternationalCourts: true } }));
  const wav = path.join(work, `${code}-interview.wav`);
  execFileSync('sox', ['-n', '-r', '8000', '-c', '1', '-b', '16', wav, 'synth', '0.4', 'sine', String(300 + Math.floor(Math.random() * 400))]);
  const text = path.join(work, `${code}-statement.txt`);
  await fs.writeFile(text, `Written statement ${randomBytes(8).toString('hex')} — إفادة مكتوبة\n`.repeat(3000));
  const out: Original[] = [];
  for (const file of [wav, text]) {
    const media = await (await startIngest(session, t.id, file, () => undefined)).done;
    out.push({ code, media, bytes: await fs.readFile(file) });
  }
  const tr = await createTranscript(session, { testimonyId: t.id, mediaId: out[0]!.media.id, kind: 'transcript', language: 'ar', sourceId: null });
  await saveTranscript(session, tr.id, 0, [{ id: randomUUID(), start: 0, speaker: 'W', text: 'نص الشهادة' }]);
  return out;
}

export async function exportedPackage(options: { codes?: string[]; passphrase?: boolean } = {}): Promise<Exported> {
  const { session } = await newVault();
  putSetting(session.db, 'organization', 'Syrian Archive Test');
  putSetting(session.db, 'contactName', 'Custodian One');
  const work = await fixtureDir('tv-package-');
  const originals: Original[] = [];
  const ids: string[] = [];
  for (const code of options.codes ?? ['SY-1']) {
    const added = await addTestimony(session, work, code);
    originals.push(...added);
    ids.push(added[0]!.media.testimonyId);
  }
  const identityFile = path.join(work, 'recipient.key');
  execFileSync('age-keygen', ['-o', identityFile], { stdio: 'pipe' });
  const publicKey = execFileSync('age-keygen', ['-y', identityFile]).toString().trim();
  const passphraseFile = path.join(work, 'package-passphrase.txt');
  const passphrase = 'handover passphrase — كلمة المرور';
  await fs.writeFile(passphraseFile, `${passphrase}\n`);
  const recipients: PackageRecipients = options.passphrase
    ? { kind: 'passphrase', passphrase: new Uint8Array(Buffer.from(passphrase)), recipientKind: 'international-court', name: 'ICC OTP', organization: 'ICC' }
    : { kind: 'keys', recipients: [{ name: 'ICC OTP', organization: 'ICC', kind: 'international-court', publicKey }] };
  const target = path.join(work, 'handover.tar.age');
  const receipt = await exportPackage(session, { testimonyIds: ids, parts: ['originals', 'transcripts', 'metadata'], recipients, target, overwrite: false });
  const records = ids.map((id) => recordView(session, id));
  await session.close();
  return { work, target, receipt, identityFile, passphraseFile, originals, records };
}

/** What a recipient does with stock tools: `age -d`, then `tar -x`. Returns the bag folder. */
export async function extractWithStockTools(exported: Exported): Promise<string> {
  const out = await fixtureDir('tv-bag-');
  const tar = path.join(out, 'bag.tar');
  execFileSync('age', ['-d', '-i', exported.identityFile, '-o', tar, exported.target]);
  execFileSync('tar', ['-xf', tar, '-C', out]);
  await fs.rm(tar);
  return path.join(out, `custody-${exported.receipt.bagId}`);
}

/** A copy of the bag folder (a tamper test changes the copy, never the shared original). */
export async function copyBag(bag: string): Promise<string> {
  const copy = path.join(await fixtureDir('tv-bag-copy-'), path.basename(bag));
  await fs.cp(bag, copy, { recursive: true });
  return copy;
}

import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { personIdentitySchema, testimonyOverviewSchema } from '../../../shared/domain/record';
import { AgeError, AgeFileReader, decodeIdentity } from '../../../electron/core/crypto/age';
import { openPassphraseSlots } from '../../../electron/core/vault/key-slots';
import { createTestimony } from '../../../electron/core/records/testimonies';
import { createPerson } from '../../../electron/core/records/people-service';
import { linkPerson, updateOverview } from '../../../electron/core/records/record-service';
import { createTranscript, saveTranscript } from '../../../electron/core/originals/transcripts-service';
import { startIngest } from '../../../electron/core/media/ingest';
import { deleteTestimony } from '../../../electron/core/lifecycle/delete-testimony';
import { getTestimonyKey } from '../../../electron/core/db/queries/testimonies';
import { listMedia } from '../../../electron/core/db/queries/media';
import { blobAbsolutePath } from '../../../electron/core/media/blob-paths';
import { passphraseBytes } from '../../../electron/core/crypto/passphrase';
import type { VaultSession } from '../../../electron/core/vault/session';
import { newVault, PASSPHRASE, snapshot, unlock } from '../helpers/vault';
import { tempDir } from '../helpers/temp-dir';
import { randomWav } from '../helpers/media-files';
import { decryptedPages, decryptedWalFrames } from './sqlcipher-pages';

/** Unique strings that exist nowhere but in the testimony under test. */
const GONE = { title: 'qzvgonetitle4417', summary: 'qzvgonesummary9923', name: 'qzvgonename6610', transcript: 'qzvgonetranscript2284' };
const KEPT = { title: 'qzvkepttitle5531', transcript: 'qzvkepttranscript7702' };

async function importWav(session: VaultSession, testimonyId: string, work: string, name: string): Promise<void> {
  const file = path.join(work, name);
  await fs.writeFile(file, randomWav(150_000));
  const job = await startIngest(session, testimonyId, file, () => undefined);
  await job.done;
}

async function addTranscript(session: VaultSession, testimonyId: string, text: string): Promise<void> {
  const transcript = await createTranscript(session, { testimonyId, mediaId: null, kind: 'transcript', language: 'en', sourceId: null });
  await saveTranscript(session, transcript.id, 0, [{ id: randomUUID(), start: null, speaker: '', text }]);
}

/** Both ways a marker could sit in a page: UTF-8 (SQLite's encoding) and UTF-16LE. */
function holds(bytes: Buffer, marker: string): boolean {
  return bytes.includes(Buffer.from(marker, 'utf8')) || bytes.includes(Buffer.from(marker, 'utf16le'));
}

/** Every 32-byte secret a seizer could find in the vault: DB values, vault.json fields, and the keys above them. */
async function everyKeyLeft(session: VaultSession, dir: string): Promise<{ label: string; key: Uint8Array }[]> {
  const keys: { label: string; key: Uint8Array }[] = [];
  const add = (label: string, bytes: Uint8Array): void => {
    for (let i = 0; i + 32 <= bytes.length; i += 32) keys.push({ label: `${label}[${i}]`, key: bytes.slice(i, i + 32) });
  };
  const tables = session.db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index_%'").pluck().all();
  for (const table of tables) {
    for (const row of session.db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]) {
      for (const [column, value] of Object.entries(row)) {
        if (Buffer.isBuffer(value)) add(`${table}.${column}`, value);
        if (typeof value === 'string') {
          for (const match of value.matchAll(/AGE-SECRET-KEY-1[0-9A-Z]+/g)) keys.push({ label: `${table}.${column} identity`, key: decodeIdentity(match[0]) });
          if (/^[A-Za-z0-9+/]{43}=$/.test(value)) add(`${table}.${column} base64`, Buffer.from(value, 'base64'));
        }
      }
    }
  }
  const header: unknown = JSON.parse(await fs.readFile(path.join(dir, 'vault.json'), 'utf8'));
  const walk = (value: unknown, at: string): void => {
    if (typeof value === 'string' && /^[A-Za-z0-9+/_-]{40,}={0,2}$/.test(value)) add(`vault.json ${at}`, Buffer.from(value, 'base64'));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${at}.${k}`);
  };
  walk(header, '');
  const opened = await openPassphraseSlots(session.vaultId, session.header.slots, passphraseBytes(PASSPHRASE));
  keys.push({ label: 'master key', key: opened.masterKey });
  keys.push({ label: 'database key', key: await session.withDatabaseKey(session.header, (hex) => new Uint8Array(Buffer.from(hex, 'hex'))) });
  return keys;
}

describe('deleting a testimony (crypto-shredding)', () => {
  it('leaves copies of its blobs undecryptable with every key left in the vault, and no trace of its text in any page', async () => {
    const work = await tempDir('tv-shred-');
    const { dir, session } = await newVault();
    const gone = await createTestimony(session, { code: 'GONE-1', title: GONE.title });
    const kept = await createTestimony(session, { code: 'KEPT-1', title: KEPT.title });
    await updateOverview(session, gone.id, testimonyOverviewSchema.parse({ code: 'GONE-1', title: GONE.title, summary: GONE.summary }));
    const person = await createPerson(session, { code: 'W-GONE', identity: personIdentitySchema.parse({ legalName: GONE.name }) });
    await linkPerson(session, gone.id, { personId: person.id, role: 'survivor', ageAtEvents: '', notes: '' });
    await addTranscript(session, gone.id, `The witness said ${GONE.transcript}.`);
    await addTranscript(session, kept.id, `The witness said ${KEPT.transcript}.`);
    await importWav(session, gone.id, work, 'gone-a.wav');
    await importWav(session, gone.id, work, 'gone-b.wav');
    await importWav(session, kept.id, work, 'kept.wav');

    // The seizer's copy, taken before the deletion; it opens with the testimony's identity then.
    const seized = path.join(work, 'seized');
    await fs.mkdir(seized);
    const copies: string[] = [];
    for (const media of listMedia(session.db, gone.id)) {
      const copy = path.join(seized, `${media.id}.age`);
      await fs.copyFile(blobAbsolutePath(dir, media.blobPath), copy);
      copies.push(copy);
    }
    const goneIdentity = getTestimonyKey(session.db, gone.id)!.identity;
    const goneMediaIds = listMedia(session.db, gone.id).map((m) => m.id);
    const before = await AgeFileReader.open(copies[0]!, [decodeIdentity(goneIdentity)]);
    expect(before.size).toBe(150_000);
    await before.close();

    const summary = await deleteTestimony(session, gone.id, 'GONE-1');
    expect(summary).toEqual({ deleted: true, originals: 2, transcripts: 1, recordings: 0, people: 1 });

    // Blobs gone from the vault; the other testimony untouched and readable.
    for (const copy of copies) await expect(fs.stat(path.join(dir, 'blobs', path.basename(copy).slice(0, 2), path.basename(copy)))).rejects.toMatchObject({ code: 'ENOENT' });
    const [keptMedia] = listMedia(session.db, kept.id);
    const keptReader = await AgeFileReader.open(blobAbsolutePath(dir, keptMedia!.blobPath), [decodeIdentity(getTestimonyKey(session.db, kept.id)!.identity)]);
    expect(keptReader.size).toBe(150_000);
    await keptReader.close();

    // No row outside the audit log still points at it or its originals (a table without ON DELETE CASCADE would).
    const tables = session.db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'audit_%' AND name NOT LIKE 'search_index%'").pluck().all();
    for (const table of tables) {
      const cells = (session.db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]).flatMap((row) => Object.values(row).map(String));
      for (const needle of [gone.id, ...goneMediaIds]) expect(cells.some((cell) => cell.includes(needle)), `${table} still names ${needle}`).toBe(false);
    }

    // Every key and identity left: none opens the copies.
    const keys = await everyKeyLeft(session, dir);
    expect(keys.some((k) => k.label.startsWith('testimony_keys'))).toBe(true);
    for (const copy of copies) {
      for (const { label, key } of keys) {
        const attempt = AgeFileReader.open(copy, [key]).then(async (r) => {
          await r.close();
          return `opened with ${label}`;
        });
        await expect(attempt, label).rejects.toBeInstanceOf(AgeError);
      }
    }

    // The audit log kept its history, recorded the deletion, and holds no text of the testimony.
    expect((await session.audit.verify()).ok).toBe(true);
    const leaves = session.db.prepare<[], Buffer>('SELECT leaf FROM audit_events ORDER BY seq').pluck().all();
    expect(JSON.parse(leaves.at(-1)!.toString('utf8'))).toMatchObject({ type: 'deletion', object: { type: 'testimony', id: gone.id }, detail: { identityDestroyed: true } });
    for (const marker of Object.values(GONE)) expect(leaves.some((leaf) => holds(leaf, marker))).toBe(false);

    // Search knows nothing of it.
    const indexed = session.db.prepare<[], string>('SELECT content FROM search_index').pluck().all().join('\n');
    expect(indexed).toContain(KEPT.transcript);
    for (const marker of Object.values(GONE)) expect(indexed).not.toContain(marker);

    // Raw pages, free ones and WAL frames included: secure_delete zeroed what the rows held.
    expect(session.db.pragma('secure_delete', { simple: true })).toBe(1);
    const keyHex = await session.withDatabaseKey(session.header, (hex) => hex);
    const pages = Buffer.concat([await decryptedPages(path.join(dir, 'vault.db'), keyHex), await decryptedWalFrames(path.join(dir, 'vault.db-wal'), keyHex)]);
    // The scan reads plaintext (the kept testimony is there), so the absences below mean something.
    expect(holds(pages, KEPT.title)).toBe(true);
    expect(holds(pages, KEPT.transcript)).toBe(true);
    expect(pages.includes(Buffer.from(goneIdentity))).toBe(false);
    for (const marker of Object.values(GONE)) expect(holds(pages, marker), marker).toBe(false);
    // The files beside the database (header, checkpoint, lock) never held any of it.
    for (const [name, bytes] of await snapshot(dir)) {
      if (name.startsWith('vault.db')) continue;
      for (const marker of [...Object.values(GONE), goneIdentity]) expect(holds(bytes, marker), `${name}: ${marker}`).toBe(false);
    }
    await session.close();

    // It stays gone after the vault is reopened (the sweep finds nothing of it either).
    const again = await unlock(dir);
    expect(again.db.prepare('SELECT count(*) AS n FROM testimonies').get()).toEqual({ n: 1 });
    await again.close();
  });
});

import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { passphraseBytes } from '../../../../electron/core/crypto/passphrase';
import { deriveKeyArgon2id } from '../../../../electron/core/crypto/kdf';
import { open } from '../../../../electron/core/crypto/aead';
import { openEncryptedDatabase } from '../../../../electron/core/db/connection';
import { HEADER_BACKUP_FILE, HEADER_FILE, DATABASE_FILE, parseHeader, type PassphraseSlot } from '../../../../electron/core/vault/header';
import { fromSealedJson } from '../../../../electron/core/vault/key-slots';
import { editorDatabaseKeyAd, identityKeyAd, databaseKeyAd } from '../../../../electron/core/vault/key-hierarchy';
import { unlockWithPassphrase } from '../../../../electron/core/vault/open-vault';
import { addUser, listUsers, removeUser } from '../../../../electron/core/users/user-admin';
import { createPerson, findPeople } from '../../../../electron/core/records/people-service';
import { createTestimony } from '../../../../electron/core/records/testimonies';
import { linkPerson } from '../../../../electron/core/records/record-service';
import { searchTestimonyIds } from '../../../../electron/core/records/testimony-search';
import { getPerson } from '../../../../electron/core/db/queries/people';
import { findNameHits } from '../../../../electron/core/users/name-tags';
import { newVault, PASSPHRASE } from '../../helpers/vault';

const EDITOR_PASS = 'editor passphrase that is long';
const LEGAL_NAME = 'Zaynab Qutaybazz';
const ALIAS = 'زينب قتيبة';

async function vaultWithEditorAndPerson() {
  const { dir, session } = await newVault();
  const editor = await addUser(session, { username: 'Ed.Itor', displayName: 'E. Editor', role: 'editor', passphrase: passphraseBytes(EDITOR_PASS) });
  const testimony = await createTestimony(session, { code: 'T-1', title: 'First testimony' });
  const person = await createPerson(session, {
    code: 'P-7',
    identity: { legalName: LEGAL_NAME, names: [{ value: ALIAS, script: 'Arab', kind: 'alias' }], sexGender: null, birthDate: '1990-04-02', nationality: [], contact: '+00 555 0100', notes: '' },
  });
  await linkPerson(session, testimony.id, { personId: person.id, role: 'survivor', ageAtEvents: '', notes: '' });
  return { dir, session, editor, testimony, person };
}

describe('users, roles and the identity key', () => {
  it('unlocks an editor by username into an editor session that sees codes but no identity details, and cannot search names', async () => {
    const { dir, session, person, testimony } = await vaultWithEditorAndPerson();
    // The administrator finds the person by any spelling, and the testimony by the name.
    expect(findPeople(session, 'qutaybazz').map((m) => m.person.id)).toEqual([person.id]);
    expect(searchTestimonyIds(session.db, { text: 'زينب' }).ids).toEqual([testimony.id]);
    await session.close();

    await expect(unlockWithPassphrase(dir, passphraseBytes(EDITOR_PASS), { username: 'someone-else' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const editor = await unlockWithPassphrase(dir, passphraseBytes(EDITOR_PASS), { username: 'ED.ITOR' });
    try {
      expect(editor.user).toMatchObject({ username: 'ed.itor', role: 'editor', displayName: 'E. Editor' });
      expect(editor.access).toBe('editor');
      expect(editor.holdsIdentityKey).toBe(false);
      const seen = getPerson(editor.db, person.id)!;
      expect(seen.code).toBe('P-7');
      expect(seen.identity.legalName).toBe('');
      expect(seen.identity.contact).toBe('');
      expect(findPeople(editor, 'qutaybazz')).toEqual([]);
      expect(findPeople(editor, 'P-7').map((m) => m.person.id)).toEqual([person.id]);
      expect(searchTestimonyIds(editor.db, { text: 'زينب' }).ids).toEqual([]);
      expect(searchTestimonyIds(editor.db, { text: 'first' }).ids).toEqual([testimony.id]);
      // The redaction helper's name index: where a name is, and whose, without the name.
      const narrative = 'We met zaynab near the school, and later وزينب spoke again. P-7 agreed.';
      const hits = findNameHits(editor.db, narrative);
      expect(hits.map((h) => [narrative.slice(h.start, h.end), h.personId])).toEqual([
        ['zaynab', person.id],
        ['وزينب', person.id],
      ]);
      const tags = editor.db.prepare('SELECT name_tags FROM people').pluck().get() as string;
      expect(tags).not.toMatch(/zaynab|زينب/i);
      // An editor cannot write identity details (no key to seal them with).
      await expect(createPerson(editor, { code: 'P-8', identity: { legalName: 'x', names: [], sexGender: null, birthDate: null, nationality: [], contact: '', notes: '' } })).rejects.toMatchObject({ code: 'FORBIDDEN_ROLE' });
    } finally {
      await editor.close();
    }
  });

  it("with the files in hand, an editor's passphrase reaches the database but not the identity details", async () => {
    const { dir, session, person } = await vaultWithEditorAndPerson();
    await session.close();
    const header = parseHeader(JSON.parse(await fs.readFile(path.join(dir, HEADER_FILE), 'utf8')), HEADER_FILE);
    const text = await fs.readFile(path.join(dir, HEADER_FILE), 'utf8');
    expect(text).not.toMatch(/ed\.itor|admin/i);
    const slot = header.slots.find((s): s is PassphraseSlot => s.type === 'passphrase' && s.access === 'editor')!;
    // What an attacker does with the editor's passphrase: derive, unwrap the slot by hand.
    const wrapKey = await deriveKeyArgon2id({ passphrase: passphraseBytes(EDITOR_PASS), salt: Buffer.from(slot.kdf.salt, 'base64'), opsLimit: slot.kdf.opsLimit, memLimitBytes: slot.kdf.memLimitBytes });
    const { wrap, ...bound } = slot;
    const ad = new Uint8Array(Buffer.from(JSON.stringify({ v: 1, vaultId: header.vaultId, id: bound.id, type: bound.type, userId: bound.userId, kdf: { a: bound.kdf.algorithm, ops: bound.kdf.opsLimit, mem: bound.kdf.memLimitBytes, salt: bound.kdf.salt }, access: 'editor' })));
    const editorKey = await open(wrapKey, fromSealedJson(wrap), ad);
    expect(editorKey).not.toBeNull();
    // It reaches the database key…
    const databaseKey = await open(editorKey!, fromSealedJson(header.keys!.editorDatabase), editorDatabaseKeyAd(header.vaultId));
    expect(databaseKey).not.toBeNull();
    // …but it is not the master key, and opens neither the identity key nor the master key's wraps.
    expect(await open(editorKey!, fromSealedJson(header.keys!.identity), identityKeyAd(header.vaultId))).toBeNull();
    expect(await open(editorKey!, fromSealedJson(header.database.wrappedKey), databaseKeyAd(header.vaultId))).toBeNull();
    const db = openEncryptedDatabase(path.join(dir, DATABASE_FILE), Buffer.from(databaseKey!).toString('hex'));
    try {
      const stored = db.prepare('SELECT data FROM person_identities WHERE person_id = ?').pluck().get(person.id) as string;
      const everything = [
        stored,
        ...(db.prepare('SELECT content FROM search_index').pluck().all() as string[]),
        ...(db.prepare('SELECT name_index FROM people').pluck().all() as string[]),
      ].join('\n');
      for (const secret of ['zaynab', 'Zaynab', 'qutaybazz', 'زينب', 'زينب'.normalize('NFKD'), '555 0100', '1990-04-02']) expect(everything).not.toContain(secret);
      // The sealed row does not open with any key the editor holds.
      const row = JSON.parse(stored) as { nonce: string; ciphertext: string };
      const rowAd = new Uint8Array(Buffer.from(`testimony-vault/v2/person-identity/${person.id}`));
      const box = { nonce: new Uint8Array(Buffer.from(row.nonce, 'base64')), ciphertext: new Uint8Array(Buffer.from(row.ciphertext, 'base64')) };
      for (const key of [editorKey!, databaseKey!, wrapKey]) expect(await open(key, box, rowAd)).toBeNull();
    } finally {
      db.close();
    }
  });

  it('removes a user: their slot leaves vault.json and its backup, they cannot unlock, their audit history stays', async () => {
    const { dir, session, editor } = await vaultWithEditorAndPerson();
    const adminId = session.user.id;
    await session.close();
    const asEditor = await unlockWithPassphrase(dir, passphraseBytes(EDITOR_PASS), { username: 'ed.itor' });
    await asEditor.commit((record) => record({ type: 'modification', objectType: 'vault', objectId: asEditor.vaultId, detail: { marker: 'editor was here' } }));
    await asEditor.close();
    const admin = await unlockWithPassphrase(dir, passphraseBytes(PASSPHRASE), { username: 'admin' });
    await expect(removeUser(admin, adminId)).rejects.toMatchObject({ code: 'CONFLICT' });
    await removeUser(admin, editor.id);
    expect(listUsers(admin).map((u) => u.username)).toEqual(['admin']);
    const actors = admin.db.prepare('SELECT actor, type, object_type FROM audit_events ORDER BY seq').all() as { actor: string; type: string; object_type: string }[];
    expect(actors.some((e) => e.actor === editor.id)).toBe(true);
    expect(actors.at(-1)).toMatchObject({ actor: adminId, type: 'deletion', object_type: 'user' });
    expect((await admin.audit.verify()).ok).toBe(true);
    await admin.close();
    for (const file of [HEADER_FILE, HEADER_BACKUP_FILE]) {
      const h = JSON.parse(await fs.readFile(path.join(dir, file), 'utf8')) as { slots: { userId: string }[] };
      expect(h.slots.some((s) => s.userId === editor.id)).toBe(false);
    }
    await expect(unlockWithPassphrase(dir, passphraseBytes(EDITOR_PASS), { username: 'ed.itor' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(unlockWithPassphrase(dir, passphraseBytes(EDITOR_PASS))).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  });

  it('refuses a second user with the same username, and user management by a non-administrator', async () => {
    const { dir, session } = await newVault();
    await expect(addUser(session, { username: 'ADMIN', displayName: 'x', role: 'editor', passphrase: passphraseBytes(EDITOR_PASS) })).rejects.toMatchObject({ code: 'CONFLICT' });
    await addUser(session, { username: 'interviewer1', displayName: 'I', role: 'interviewer', passphrase: passphraseBytes(EDITOR_PASS) });
    await session.close();
    const interviewer = await unlockWithPassphrase(dir, passphraseBytes(EDITOR_PASS), { username: 'interviewer1' });
    try {
      expect(interviewer.holdsIdentityKey).toBe(true);
      expect(interviewer.access).toBe('full');
      expect(() => listUsers(interviewer)).toThrow(expect.objectContaining({ code: 'FORBIDDEN_ROLE' }));
    } finally {
      await interviewer.close();
    }
  });

  it("lets an editor change their own passphrase: their slot stays an editor slot, and the old passphrase stops opening it", async () => {
    const { dir, session } = await newVault();
    await addUser(session, { username: 'ed', displayName: 'Ed', role: 'editor', passphrase: passphraseBytes(EDITOR_PASS) });
    await session.close();
    const editor = await unlockWithPassphrase(dir, passphraseBytes(EDITOR_PASS), { username: 'ed' });
    const NEXT = 'a brand new editor passphrase';
    await expect(editor.changePassphrase(passphraseBytes(PASSPHRASE), passphraseBytes(NEXT))).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await editor.changePassphrase(passphraseBytes(EDITOR_PASS), passphraseBytes(NEXT));
    expect(editor.header.slots.filter((s) => s.type === 'passphrase' && s.userId === editor.user.id).map((s) => s.type === 'passphrase' && s.access)).toEqual(['editor']);
    await editor.close();
    await expect(unlockWithPassphrase(dir, passphraseBytes(EDITOR_PASS), { username: 'ed' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const again = await unlockWithPassphrase(dir, passphraseBytes(NEXT), { username: 'ed' });
    expect(again.user.role).toBe('editor');
    expect(again.holdsIdentityKey).toBe(false);
    await again.close();
  });
});

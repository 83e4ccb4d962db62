import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { passphraseBytes } from '../../../../electron/core/crypto/passphrase';
import { HEADER_BACKUP_FILE, HEADER_FILE } from '../../../../electron/core/vault/header';
import { unlockWithPassphrase, unlockWithRecoveryKey } from '../../../../electron/core/vault/open-vault';
import { createPerson } from '../../../../electron/core/records/people-service';
import { createTestimony } from '../../../../electron/core/records/testimonies';
import { linkPerson } from '../../../../electron/core/records/record-service';
import { searchTestimonyIds } from '../../../../electron/core/records/testimony-search';
import { getPerson } from '../../../../electron/core/db/queries/people';
import { newVault, PASSPHRASE } from '../../helpers/vault';

/**
 * A vault as format 1 left it: one user, slots wrapping the master key directly, no identity
 * or editor key, identity details and names in clear in the database. Built by writing a
 * vault and taking back, by hand, everything format 2 added.
 */
async function formatOneVault() {
  const { dir, session, recoveryKey } = await newVault();
  const t = await createTestimony(session, { code: 'OLD-1', title: 'Old testimony' });
  const identity = { legalName: 'Haditha Oldname', names: [], sexGender: null, birthDate: null, nationality: [], contact: 'call 0100', notes: '' };
  const person = await createPerson(session, { code: 'P-OLD', identity });
  await linkPerson(session, t.id, { personId: person.id, role: 'survivor', ageAtEvents: '', notes: '' });
  const db = session.db;
  db.prepare('UPDATE person_identities SET data = ? WHERE person_id = ?').run(JSON.stringify(identity), person.id);
  db.prepare("UPDATE people SET name_index = ''").run();
  const num = db.prepare('SELECT num FROM testimony_list WHERE id = ?').pluck().get(t.id) as number;
  // What format 1 indexed for the names field (field 8): the names in clear.
  db.prepare('UPDATE search_index SET content = ? WHERE rowid = ?').run('haditha oldname', num * 2 ** 20 + 8 * 2 ** 12);
  expect(db.prepare("SELECT count(*) FROM search_index WHERE search_index MATCH 'haditha'").pluck().get()).toBe(1);
  await session.close();
  for (const file of [HEADER_FILE, HEADER_BACKUP_FILE]) {
    const h = JSON.parse(await fs.readFile(path.join(dir, file), 'utf8')) as Record<string, unknown> & { slots: Record<string, unknown>[] };
    h.formatVersion = 1;
    delete h.users;
    delete h.keys;
    for (const slot of h.slots) delete slot.tag;
    await fs.writeFile(path.join(dir, file), JSON.stringify(h));
  }
  return { dir, recoveryKey, testimonyId: t.id, personId: person.id };
}

describe('a vault from before users', () => {
  it('opens with the passphrase alone, becomes format 2 with its user as administrator, and seals identities at once', async () => {
    const { dir, recoveryKey, testimonyId, personId } = await formatOneVault();
    const old = JSON.parse(await fs.readFile(path.join(dir, HEADER_FILE), 'utf8')) as { slots: { id: string; wrap: unknown }[] };
    const session = await unlockWithPassphrase(dir, passphraseBytes(PASSPHRASE));
    try {
      expect(session.user).toMatchObject({ username: 'admin', role: 'administrator' });
      expect(session.holdsIdentityKey).toBe(true);
      expect(getPerson(session.db, personId)!.identity.legalName).toBe('Haditha Oldname');
      const stored = session.db.prepare('SELECT data FROM person_identities WHERE person_id = ?').pluck().get(personId) as string;
      expect(stored).not.toContain('Haditha');
      const index = (session.db.prepare('SELECT content FROM search_index').pluck().all() as string[]).join(' ');
      expect(index).not.toContain('haditha');
      // Not in FTS5's own segments either (deleted terms linger there until a merge). Terms
      // are stored prefix-compressed (a term shares its start with the one before, here the
      // "h…" hashes), so look for the part no hex hash can share: "itha".
      const segments = Buffer.concat(session.db.prepare('SELECT block FROM search_index_data').pluck().all() as Buffer[]);
      expect(segments.includes(Buffer.from('itha'))).toBe(false);
      expect(searchTestimonyIds(session.db, { text: 'haditha' }).ids).toEqual([testimonyId]);
      expect((await session.audit.verify()).ok).toBe(true);
    } finally {
      await session.close();
    }
    const upgraded = JSON.parse(await fs.readFile(path.join(dir, HEADER_FILE), 'utf8')) as { formatVersion: number; keys?: unknown; slots: { id: string; type: string; tag?: string; wrap: unknown }[] };
    expect(upgraded.formatVersion).toBe(2);
    expect(upgraded.keys).toBeDefined();
    // The slots were not rewrapped (they wrap the master key as before), only tagged.
    expect(upgraded.slots.map((s) => [s.id, s.wrap])).toEqual(old.slots.map((s) => [s.id, s.wrap]));
    expect(upgraded.slots.find((s) => s.type === 'passphrase')!.tag).toBeDefined();
    const again = await unlockWithPassphrase(dir, passphraseBytes(PASSPHRASE), { username: 'admin' });
    await again.close();
    // The recovery key still opens everything, identity details included.
    const recovered = await unlockWithRecoveryKey(dir, recoveryKey);
    try {
      expect(getPerson(recovered.db, personId)!.identity.contact).toBe('call 0100');
    } finally {
      await recovered.close();
    }
  });
});

import { wipe } from '../crypto/aead';
import type { Db } from '../db/connection';
import { plainIdentityIds, resealIdentity } from '../db/queries/people';
import { testimoniesOfPerson } from '../db/queries/records';
import { refreshDerived } from '../records/record-store';
import { FORMAT_VERSION, saveHeader, type VaultHeader } from '../vault/header';
import { newKeyWraps, openDatabaseKey } from '../vault/key-hierarchy';
import type { VaultSession } from '../vault/session';
import { newTagSalt, usernameTag } from './user-tags';
import { getVaultUser } from './users-store';

/**
 * A vault from before users (format 1) at its first full unlock: the identity and editor keys
 * are created and wrapped by the master key, and every passphrase slot is tagged with its
 * user's username (migration 0006 named the creator "admin"). The header is saved before any
 * identity row is sealed: sealing first and dying before the header was written would lose
 * the only copy of the identity key.
 */
export async function upgradeHeader(dir: string, header: VaultHeader, db: Db, masterKey: Uint8Array): Promise<{ header: VaultHeader; identityKey: Uint8Array; editorKey: Uint8Array }> {
  const databaseKey = await openDatabaseKey(header, 'full', masterKey);
  try {
    const { keys, identityKey, editorKey } = await newKeyWraps(header.vaultId, masterKey, databaseKey);
    const tagSalt = newTagSalt();
    const slots = header.slots.map((slot) => {
      if (slot.type !== 'passphrase') return slot;
      const username = getVaultUser(db, slot.userId)?.username;
      return username ? { ...slot, tag: usernameTag(tagSalt, header.vaultId, username) } : slot;
    });
    const upgraded: VaultHeader = { ...header, formatVersion: FORMAT_VERSION, users: { tagSalt }, keys, slots };
    await saveHeader(dir, upgraded);
    return { header: upgraded, identityKey, editorKey };
  } finally {
    await wipe(databaseKey);
  }
}

/**
 * Seals identity rows still in clear (after an upgrade, or one interrupted before this step)
 * and moves their names in the search index to keyed hashes. One transaction with its audit
 * event; safe to run again (sealed rows are skipped). Needs a session holding the identity key.
 */
export async function sealPlainIdentities(session: VaultSession): Promise<number> {
  const db = session.db;
  const ids = plainIdentityIds(db);
  if (ids.length === 0) return 0;
  await session.commit((record) => {
    const testimonies = new Set<string>();
    for (const id of ids) {
      resealIdentity(db, id);
      for (const t of testimoniesOfPerson(db, id)) testimonies.add(t);
    }
    for (const t of testimonies) refreshDerived(db, t);
    // FTS5 keeps a deleted row's terms in its segments until they are merged, unless its
    // secure-delete option is on (migration 0007 turns it on): merge anyway, so the names
    // indexed in clear before the upgrade leave the file, not only the table.
    db.prepare("INSERT INTO search_index(search_index) VALUES ('optimize')").run();
    record({ type: 'key change', objectType: 'vault', objectId: session.vaultId, detail: { change: 'identity details sealed under the identity key', people: ids.length } });
  });
  return ids.length;
}

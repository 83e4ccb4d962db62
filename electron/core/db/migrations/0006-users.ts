import type { Migration } from '../migrate';

/**
 * Users and roles (issue 7). Every user gets a username (what they type at unlock) and a
 * role; the users of a vault from before this version (there is one: its creator) become
 * administrators, with the username "admin". A removed user keeps their row (the audit log
 * names them as actor) with removed_at set; only their key slot is gone.
 *
 * people.name_index holds the search tokens of a person's names as keyed hashes under a key
 * derived from the identity key (users/identity-cipher.ts): the full-text index must not
 * hold names in clear, since editors hold the database key but not the identity key. The
 * people.name_tags holds the same tokens hashed under a key derived from the editor key
 * (users/name-tags.ts): what the redaction helper matches a narrative's words against, so it can
 * flag a name without anyone seeing it. The
 * identity details themselves are sealed in place (person_identities.data) at the first
 * unlock that holds the identity key; a migration has no keys.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'users',
  up(db) {
    db.exec(`
      ALTER TABLE users ADD COLUMN username TEXT;
      ALTER TABLE users ADD COLUMN role TEXT NOT NULL DEFAULT 'administrator'
        CHECK (role IN ('interviewer', 'editor', 'custodian', 'administrator'));
      ALTER TABLE users ADD COLUMN removed_at TEXT;
      ALTER TABLE people ADD COLUMN name_index TEXT NOT NULL DEFAULT '';
      ALTER TABLE people ADD COLUMN name_tags TEXT NOT NULL DEFAULT '';
    `);
    const ids = db.prepare('SELECT id FROM users ORDER BY created_at, id').pluck().all() as string[];
    const setName = db.prepare('UPDATE users SET username = ? WHERE id = ?');
    ids.forEach((id, i) => setName.run(i === 0 ? 'admin' : `user-${i + 1}`, id));
    // Unique among users still present: a removed user's name may be given to someone new.
    db.exec('CREATE UNIQUE INDEX users_by_username ON users(username) WHERE removed_at IS NULL;');
  },
};

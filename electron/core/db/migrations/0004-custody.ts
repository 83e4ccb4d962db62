import type { Migration } from '../migrate';

/**
 * Custody (issue 5): the address book of recipients, the organisation named in packages, and
 * a receipt for every handover (what, to whom, when, package SHA-256, signer key), kept for
 * printing and for both parties to sign. The handover is also an audit event.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'custody',
  up(db) {
    db.exec(`
      CREATE TABLE recipients (
        id           TEXT PRIMARY KEY,
        name         TEXT NOT NULL,
        organization TEXT NOT NULL,
        kind         TEXT NOT NULL CHECK (kind IN ('un-mechanism', 'international-court', 'national-prosecutor', 'archive')),
        public_key   TEXT NOT NULL UNIQUE,
        notes        TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      ) STRICT;

      CREATE TABLE vault_settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE custody_receipts (
        id         TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        data       TEXT NOT NULL
      ) STRICT;
    `);
  },
};

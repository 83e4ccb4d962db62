import type { Migration } from '../migrate';

/**
 * The foundation: vault-level secrets, users (actors of the audit log), testimonies with
 * their own age identity, media blobs, and the append-only audit log with its checkpoints.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE vault_secrets (
        name  TEXT PRIMARY KEY,
        value BLOB NOT NULL
      ) STRICT;

      CREATE TABLE users (
        id           TEXT PRIMARY KEY,
        display_name TEXT NOT NULL,
        created_at   TEXT NOT NULL
      ) STRICT;

      CREATE TABLE testimonies (
        id         TEXT PRIMARY KEY,
        code       TEXT NOT NULL UNIQUE,
        title      TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Each testimony's X25519 age identity lives only here, inside the encrypted database.
      -- Deleting the row destroys the only key to its blobs (crypto-shredding).
      CREATE TABLE testimony_keys (
        testimony_id TEXT PRIMARY KEY REFERENCES testimonies(id) ON DELETE CASCADE,
        identity     TEXT NOT NULL,
        recipient    TEXT NOT NULL
      ) STRICT;

      CREATE TABLE media (
        id             TEXT PRIMARY KEY,
        testimony_id   TEXT NOT NULL REFERENCES testimonies(id) ON DELETE CASCADE,
        blob_path      TEXT NOT NULL UNIQUE,
        original_name  TEXT NOT NULL,
        content_type   TEXT NOT NULL,
        size           INTEGER NOT NULL CHECK (size >= 0),
        sha256         TEXT NOT NULL,
        sha512         TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        ingested_by    TEXT NOT NULL REFERENCES users(id)
      ) STRICT;
      CREATE INDEX media_by_testimony ON media(testimony_id);

      -- The leaf list of the RFC 6962 Merkle tree: leaf i is the canonical JSON in 'leaf'.
      CREATE TABLE audit_events (
        seq         INTEGER PRIMARY KEY,
        time        TEXT NOT NULL,
        actor       TEXT NOT NULL,
        type        TEXT NOT NULL,
        object_type TEXT NOT NULL,
        object_id   TEXT NOT NULL,
        detail      TEXT NOT NULL,
        leaf        BLOB NOT NULL,
        leaf_hash   BLOB NOT NULL
      ) STRICT;
      CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
        BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
      CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
        BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;

      CREATE TABLE audit_checkpoints (
        tree_size  INTEGER PRIMARY KEY,
        root_hash  BLOB NOT NULL,
        note       TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
        BEGIN SELECT RAISE(ABORT, 'audit_checkpoints is append-only'); END;
      CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
        BEGIN SELECT RAISE(ABORT, 'audit_checkpoints is append-only'); END;
    `);
  },
};

import type { Migration } from '../migrate';

/**
 * Audio redaction (issue 6): the plan of regions per original, and the redacted audio made
 * from a plan (encrypted blobs under blobs/redacted/, like originals, under the testimony's
 * key). No foreign keys: deleting a testimony removes these rows with its media explicitly.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'audio-redaction',
  up(db) {
    db.exec(`
      CREATE TABLE audio_redaction_plans (
        media_id   TEXT PRIMARY KEY,
        regions    TEXT NOT NULL,
        disguise   REAL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;

      CREATE TABLE redacted_audio (
        id           TEXT PRIMARY KEY,
        testimony_id TEXT NOT NULL,
        media_id     TEXT NOT NULL,
        format       TEXT NOT NULL CHECK (format IN ('wav', 'opus')),
        sample_rate  INTEGER NOT NULL,
        channels     INTEGER NOT NULL,
        plan_at      TEXT NOT NULL,
        regions      INTEGER NOT NULL,
        disguised    INTEGER NOT NULL,
        blob_path    TEXT NOT NULL,
        size         INTEGER NOT NULL,
        sha256       TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        created_by   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX redacted_audio_testimony ON redacted_audio (testimony_id);
    `);
  },
};

import type { Migration } from '../migrate';

/**
 * Publication (issue 6): narratives an editor derives from a testimony, with their redaction
 * document (JSON, validated by shared/redaction on every read and write), the review workflow
 * (draft → submitted → approved → published, approval by someone other than the last editor)
 * and its history; and regions of recordings to silence or bleep (audio redaction).
 * All of it lives in the encrypted database: a narrative's text is testimony plaintext.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'publish',
  up(db) {
    db.exec(`
      CREATE TABLE narratives (
        id                   TEXT PRIMARY KEY,
        testimony_id         TEXT NOT NULL REFERENCES testimonies(id) ON DELETE CASCADE,
        title                TEXT NOT NULL,
        language             TEXT NOT NULL CHECK (language IN ('ar', 'en')),
        source_kind          TEXT NOT NULL CHECK (source_kind IN ('transcript', 'translation', 'written')),
        source_transcript_id TEXT REFERENCES transcripts(id) ON DELETE SET NULL,
        source_version       INTEGER,
        status               TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'published')),
        -- Counts saves of the content; transitions name the version they act on.
        version              INTEGER NOT NULL CHECK (version >= 1),
        document             TEXT NOT NULL,
        publication          TEXT NOT NULL DEFAULT '{}',
        created_at           TEXT NOT NULL,
        created_by           TEXT NOT NULL REFERENCES users(id),
        updated_at           TEXT NOT NULL,
        last_editor          TEXT NOT NULL REFERENCES users(id),
        submitted_by         TEXT REFERENCES users(id),
        submitted_at         TEXT,
        approved_by          TEXT REFERENCES users(id),
        approved_at          TEXT,
        published_at         TEXT,
        -- The database enforces the four-eyes rule too, whatever code writes here.
        CHECK (approved_by IS NULL OR approved_by != last_editor)
      ) STRICT;
      CREATE INDEX narratives_by_testimony ON narratives(testimony_id);

      -- Who did what to a narrative, for the review screen (the audit log holds the same facts).
      CREATE TABLE narrative_history (
        narrative_id TEXT NOT NULL REFERENCES narratives(id) ON DELETE CASCADE,
        seq          INTEGER NOT NULL,
        action       TEXT NOT NULL CHECK (action IN ('created', 'saved', 'submitted', 'approved', 'returned', 'exported')),
        actor        TEXT NOT NULL REFERENCES users(id),
        at           TEXT NOT NULL,
        version      INTEGER NOT NULL,
        note         TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (narrative_id, seq)
      ) STRICT;
    `);
  },
};

import type { Migration } from '../migrate';

/**
 * Audio and written originals (issue 4): what was learnt about each original at ingest (its
 * kind, duration, whether it arrived damaged), its provenance (editable; the bytes and hashes
 * never are), waveform peaks, the segment index, time-coded transcripts and translations with
 * every save kept as a version, and recordings in progress (so a crash loses at most the last
 * chunk).
 */
export const migration0003: Migration = {
  version: 3,
  name: 'originals',
  up(db) {
    db.exec(`
      ALTER TABLE media ADD COLUMN kind TEXT NOT NULL DEFAULT 'other'
        CHECK (kind IN ('audio', 'video', 'document', 'image', 'text', 'other'));
      ALTER TABLE media ADD COLUMN duration_seconds REAL;
      -- Evidence is kept as given: a damaged but recognisable file is stored bit-exact and flagged.
      ALTER TABLE media ADD COLUMN damage TEXT NOT NULL DEFAULT '';
      ALTER TABLE media ADD COLUMN damage_detail TEXT NOT NULL DEFAULT '';
      ALTER TABLE media ADD COLUMN format_info TEXT NOT NULL DEFAULT '{}';
      ALTER TABLE media ADD COLUMN provenance TEXT NOT NULL DEFAULT '{}';
      ALTER TABLE media ADD COLUMN notes TEXT NOT NULL DEFAULT '';
      ALTER TABLE media ADD COLUMN updated_at TEXT;
      -- Originals ingested before this version: their kind follows from the sniffed type.
      UPDATE media SET kind = CASE
        WHEN content_type LIKE 'audio/%' THEN 'audio'
        WHEN content_type LIKE 'video/%' THEN 'video'
        WHEN content_type LIKE 'image/%' THEN 'image'
        WHEN content_type = 'text/plain' THEN 'text'
        WHEN content_type IN ('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') THEN 'document'
        ELSE 'other' END;

      -- Min/max pairs per bucket, computed once (WebCodecs in the renderer) and kept encrypted here.
      CREATE TABLE media_peaks (
        media_id          TEXT PRIMARY KEY REFERENCES media(id) ON DELETE CASCADE,
        buckets_per_second REAL NOT NULL,
        channels          INTEGER NOT NULL,
        duration_seconds  REAL NOT NULL,
        peaks             BLOB NOT NULL,
        created_at        TEXT NOT NULL
      ) STRICT;

      CREATE TABLE segments (
        id         TEXT PRIMARY KEY,
        media_id   TEXT NOT NULL REFERENCES media(id) ON DELETE CASCADE,
        start_s    REAL NOT NULL CHECK (start_s >= 0),
        end_s      REAL NOT NULL CHECK (end_s >= start_s),
        data       TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX segments_by_media ON segments(media_id, start_s);

      CREATE TABLE transcripts (
        id           TEXT PRIMARY KEY,
        testimony_id TEXT NOT NULL REFERENCES testimonies(id) ON DELETE CASCADE,
        media_id     TEXT REFERENCES media(id) ON DELETE SET NULL,
        kind         TEXT NOT NULL CHECK (kind IN ('transcript', 'translation')),
        language     TEXT NOT NULL,
        -- A translation is aligned paragraph by paragraph with the transcript it translates.
        source_id    TEXT REFERENCES transcripts(id) ON DELETE SET NULL,
        created_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX transcripts_by_testimony ON transcripts(testimony_id);

      -- Every save is a version; nothing is overwritten.
      CREATE TABLE transcript_versions (
        transcript_id TEXT NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
        version       INTEGER NOT NULL,
        author        TEXT NOT NULL REFERENCES users(id),
        created_at    TEXT NOT NULL,
        restored_from INTEGER,
        paragraphs    TEXT NOT NULL,
        PRIMARY KEY (transcript_id, version)
      ) STRICT;

      -- A recording being made: its chunks are journalled, encrypted, as they arrive.
      CREATE TABLE recordings (
        id           TEXT PRIMARY KEY,
        testimony_id TEXT NOT NULL REFERENCES testimonies(id) ON DELETE CASCADE,
        journal      TEXT NOT NULL UNIQUE,
        journal_key  BLOB NOT NULL,
        mime_type    TEXT NOT NULL,
        started_by   TEXT NOT NULL REFERENCES users(id),
        started_at   TEXT NOT NULL,
        markers      TEXT NOT NULL DEFAULT '[]'
      ) STRICT;

      -- Transcript paragraphs in the search index: part n of a testimony's transcript field is
      -- this paragraph (a hit opens the transcript there), and reindexing deletes exactly these.
      CREATE TABLE search_paragraphs (
        num           INTEGER NOT NULL,
        part          INTEGER NOT NULL,
        transcript_id TEXT NOT NULL,
        paragraph_id  TEXT NOT NULL,
        PRIMARY KEY (num, part)
      ) STRICT;
    `);
  },
};

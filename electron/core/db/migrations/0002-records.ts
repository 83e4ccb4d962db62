import type { Migration } from '../migrate';

/**
 * The testimony record (issue 3). Nested parts of the record are stored as JSON validated by
 * shared/domain/record.ts, with the few values the list filters and sorts on copied into
 * columns (dates, act types, roles, consent, completeness) so that filtering stays in SQL.
 *
 * People's identity details live in their own table (person_identities), apart from the rest
 * of the record, so a later migration can encrypt them under a key of their own.
 *
 * Full-text search (FTS5) lives inside the encrypted database. Its content is text already
 * normalised by shared/text/normalize.ts (Arabic letter forms, diacritics, case), one row per
 * testimony and field, so a match can say in which field it was found.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'records',
  up(db) {
    db.exec(`
      ALTER TABLE testimonies ADD COLUMN summary TEXT NOT NULL DEFAULT '';
      ALTER TABLE testimonies ADD COLUMN languages TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE testimonies ADD COLUMN status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'archived', 'in-redaction', 'approved-for-publication', 'published'));
      ALTER TABLE testimonies ADD COLUMN sensitivity TEXT NOT NULL DEFAULT 'standard'
        CHECK (sensitivity IN ('standard', 'sensitive', 'highly-sensitive'));
      ALTER TABLE testimonies ADD COLUMN content_warnings TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE testimonies ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE testimonies ADD COLUMN custom_fields TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE testimonies ADD COLUMN source TEXT NOT NULL DEFAULT '{}';
      ALTER TABLE testimonies ADD COLUMN consent TEXT NOT NULL DEFAULT '{}';
      -- Derived on every write, for the list's filters and sort.
      ALTER TABLE testimonies ADD COLUMN date_earliest TEXT;
      ALTER TABLE testimonies ADD COLUMN date_latest TEXT;
      ALTER TABLE testimonies ADD COLUMN first_interview TEXT;
      ALTER TABLE testimonies ADD COLUMN consent_granted TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE testimonies ADD COLUMN missing TEXT NOT NULL DEFAULT '[]';
      CREATE INDEX testimonies_by_status ON testimonies(status);
      CREATE INDEX testimonies_by_date ON testimonies(date_earliest);

      CREATE TABLE interview_sessions (
        id            TEXT PRIMARY KEY,
        testimony_id  TEXT NOT NULL REFERENCES testimonies(id) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        date_earliest TEXT,
        date_latest   TEXT,
        data          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sessions_by_testimony ON interview_sessions(testimony_id, position);

      CREATE TABLE people (
        id         TEXT PRIMARY KEY,
        code       TEXT NOT NULL UNIQUE COLLATE NOCASE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Sensitive: legal name, aliases in every script, sex/gender, birth, nationality, contact.
      CREATE TABLE person_identities (
        person_id TEXT PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
        data      TEXT NOT NULL
      ) STRICT;

      CREATE TABLE testimony_people (
        testimony_id   TEXT NOT NULL REFERENCES testimonies(id) ON DELETE CASCADE,
        person_id      TEXT NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
        position       INTEGER NOT NULL,
        role           TEXT NOT NULL,
        age_at_events  TEXT NOT NULL DEFAULT '',
        notes          TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (testimony_id, person_id)
      ) STRICT;
      CREATE INDEX testimony_people_by_person ON testimony_people(person_id);

      CREATE TABLE events (
        id            TEXT PRIMARY KEY,
        testimony_id  TEXT NOT NULL REFERENCES testimonies(id) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        act_type      TEXT NOT NULL,
        date_earliest TEXT,
        date_latest   TEXT,
        data          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX events_by_testimony ON events(testimony_id, position);
      CREATE INDEX events_by_act_type ON events(act_type);

      -- Victims and perpetrators named in an event must be people of the vault.
      CREATE TABLE event_people (
        event_id  TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
        part      TEXT NOT NULL CHECK (part IN ('victim', 'perpetrator')),
        PRIMARY KEY (event_id, person_id, part)
      ) STRICT;

      -- The organisation's own vocabulary terms, beside the built-in ones.
      CREATE TABLE vocabulary_terms (
        vocabulary TEXT NOT NULL,
        key        TEXT NOT NULL,
        label_en   TEXT NOT NULL,
        label_ar   TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (vocabulary, key)
      ) STRICT;

      CREATE VIRTUAL TABLE search_index USING fts5(
        testimony_id UNINDEXED,
        field UNINDEXED,
        content,
        tokenize = 'unicode61 remove_diacritics 0',
        prefix = '2 3'
      );
    `);
  },
};

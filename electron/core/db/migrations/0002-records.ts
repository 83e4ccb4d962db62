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
 * testimony and field (and, later, per transcript paragraph), so a match can say where it was
 * found.
 */
/** The completeness checklist as it stands at this version, for rows migrated from version 1. */
const V1_MISSING = [
  'summary',
  'languages',
  'interviewDate',
  'interviewPlace',
  'interviewer',
  'consentRecorded',
  'consentToShare',
  'witnessOrSurvivor',
  'eventWithActType',
  'eventDate',
  'eventPlace',
  'sourceReliability',
  'original',
];

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

      -- The list's row of each testimony, derived on every write: narrow rows, so that listing,
      -- filtering and sorting thousands of testimonies reads (and decrypts) few pages.
      CREATE TABLE testimony_list (
        -- A small integer per testimony: the search index's rowids are built on it (see below).
        num              INTEGER PRIMARY KEY,
        id               TEXT NOT NULL UNIQUE REFERENCES testimonies(id) ON DELETE CASCADE,
        code             TEXT NOT NULL,
        title            TEXT NOT NULL,
        status           TEXT NOT NULL,
        sensitivity      TEXT NOT NULL,
        languages        TEXT NOT NULL,
        content_warnings TEXT NOT NULL,
        first_interview  TEXT,
        -- The earliest day the first interview may have been (EDTF strings do not sort).
        first_interview_day TEXT,
        date_earliest    TEXT,
        date_latest      TEXT,
        consent_granted  TEXT NOT NULL,
        consent_withdrawn TEXT NOT NULL,
        missing          TEXT NOT NULL,
        media_count      INTEGER NOT NULL,
        people_count     INTEGER NOT NULL,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX testimony_list_by_status ON testimony_list(status);
      -- Testimonies of version 1 hold a code and a title only: everything else is missing.
      INSERT INTO testimony_list
        SELECT NULL, t.id, t.code, t.title, 'draft', 'standard', '[]', '[]', NULL, NULL, NULL, NULL, '[]', '[]',
               CASE WHEN (SELECT count(*) FROM media m WHERE m.testimony_id = t.id) > 0
                 THEN '${JSON.stringify(V1_MISSING.filter((item) => item !== 'original'))}'
                 ELSE '${JSON.stringify(V1_MISSING)}' END,
               (SELECT count(*) FROM media m WHERE m.testimony_id = t.id), 0, t.created_at, t.updated_at
        FROM testimonies t;

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

      -- The rowid of an indexed text says whose and which it is: testimony_list.num * 2^20 +
      -- field * 2^12 + part (see db/queries/search.ts). A match then needs no join, and a
      -- testimony's rows are one rowid range.
      CREATE VIRTUAL TABLE search_index USING fts5(
        content,
        tokenize = 'unicode61 remove_diacritics 0',
        prefix = '2 3'
      );
    `);
  },
};

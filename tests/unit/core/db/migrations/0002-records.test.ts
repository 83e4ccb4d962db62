import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { openEncryptedDatabase } from '../../../../../electron/core/db/connection';
import { migrate, schemaVersion } from '../../../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../../../electron/core/db/migrations';
import { loadRecord } from '../../../../../electron/core/db/queries/records';
import { tempDir } from '../../../helpers/temp-dir';

describe('migration 0002 (records)', () => {
  it('keeps the testimonies of version 1 and gives them an empty record with defaults', async () => {
    const db = openEncryptedDatabase(path.join(await tempDir(), 'vault.db'), randomBytes(32).toString('hex'));
    migrate(db, MIGRATIONS, 1);
    db.prepare("INSERT INTO testimonies VALUES ('11111111-1111-4111-8111-111111111111', 'SY-1', 'شهادة', '2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z')").run();
    db.prepare("INSERT INTO testimony_keys VALUES ('11111111-1111-4111-8111-111111111111', 'AGE-SECRET-KEY-1X', 'age1x')").run();
    migrate(db, MIGRATIONS, 2);
    expect(schemaVersion(db)).toBe(2);
    const record = loadRecord(db, '11111111-1111-4111-8111-111111111111')!;
    expect(record).toMatchObject({ code: 'SY-1', title: 'شهادة', status: 'draft', sensitivity: 'standard', summary: '', languages: [], sessions: [], people: [], events: [] });
    expect(record.consent).toMatchObject({ obtained: 'unknown', withdrawals: [] });
    expect(record.createdAt).toBe('2024-01-01T00:00:00Z');
    expect(db.prepare('SELECT identity FROM testimony_keys').pluck().get()).toBe('AGE-SECRET-KEY-1X');
    // It appears in the list, with everything but its code and title to be filled in.
    const row = db.prepare('SELECT code, title, status, missing, media_count FROM testimony_list').get() as { code: string; missing: string; media_count: number };
    expect(row).toMatchObject({ code: 'SY-1', title: 'شهادة', status: 'draft', media_count: 0 });
    expect(JSON.parse(row.missing)).toEqual(expect.arrayContaining(['summary', 'consentToShare', 'original']));
    db.close();
  });

  it('refuses an unknown status and keeps identity details in their own table', async () => {
    const db = openEncryptedDatabase(path.join(await tempDir(), 'vault.db'), randomBytes(32).toString('hex'));
    migrate(db, MIGRATIONS, 2);
    expect(() => db.prepare("INSERT INTO testimonies (id, code, title, created_at, updated_at, status) VALUES ('a', 'A', 'T', 'n', 'n', 'lost')").run()).toThrow(/CHECK/);
    const columns = db.prepare("SELECT name FROM pragma_table_info('people')").pluck().all();
    expect(columns).toEqual(['id', 'code', 'created_at', 'updated_at']);
    expect(db.prepare("SELECT name FROM pragma_table_info('person_identities')").pluck().all()).toEqual(['person_id', 'data']);
    // Full-text search is inside the encrypted database.
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'search_index'").pluck().get()).toBe(1);
    db.close();
  });
});

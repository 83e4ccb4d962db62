import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { openEncryptedDatabase } from '../../../../electron/core/db/connection';
import { migrate, schemaVersion, type Migration } from '../../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { tempDir } from '../../helpers/temp-dir';

async function freshDb() {
  return openEncryptedDatabase(path.join(await tempDir(), 'vault.db'), randomBytes(32).toString('hex'));
}

describe('migrations', () => {
  it('are numbered 1, 2, 3… without gaps', () => {
    MIGRATIONS.forEach((m, i) => expect(m.version).toBe(i + 1));
  });

  it('bring a new database to the newest version and record it in user_version', async () => {
    const db = await freshDb();
    migrate(db, MIGRATIONS);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    // Running again is a no-op.
    migrate(db, MIGRATIONS);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuse a database from a newer app, changing nothing', async () => {
    const db = await freshDb();
    migrate(db, MIGRATIONS);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    expect(() => migrate(db, MIGRATIONS)).toThrow(expect.objectContaining({ code: 'DATABASE_TOO_NEW' }));
    expect(schemaVersion(db)).toBe(MIGRATIONS.length + 1);
    db.close();
  });

  it('roll a failing migration back whole, leaving the previous version intact', async () => {
    const db = await freshDb();
    const failing: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'half-done',
      up(d) {
        d.exec('CREATE TABLE half_done (x INTEGER)');
        throw new Error('disk full');
      },
    };
    migrate(db, MIGRATIONS);
    expect(() => migrate(db, [...MIGRATIONS, failing])).toThrow('disk full');
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuse a list with a gap', async () => {
    const db = await freshDb();
    const bad: Migration = { version: MIGRATIONS.length + 2, name: 'gap', up: () => undefined };
    expect(() => migrate(db, [...MIGRATIONS, bad])).toThrow(/expected/);
    db.close();
  });
});

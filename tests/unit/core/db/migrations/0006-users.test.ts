import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { openEncryptedDatabase } from '../../../../../electron/core/db/connection';
import { migrate, schemaVersion } from '../../../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../../../electron/core/db/migrations';
import { tempDir } from '../../../helpers/temp-dir';

describe('migration 0006 (users)', () => {
  it("makes the single user of an older vault its administrator, named 'admin', and keeps usernames unique among present users", async () => {
    const db = openEncryptedDatabase(path.join(await tempDir(), 'vault.db'), randomBytes(32).toString('hex'));
    migrate(db, MIGRATIONS, 5);
    db.prepare("INSERT INTO users (id, display_name, created_at) VALUES ('u1', 'Owner', '2025-01-01T00:00:00Z')").run();
    db.prepare("INSERT INTO people (id, code, created_at, updated_at) VALUES ('p1', 'P-1', 't', 't')").run();
    migrate(db, MIGRATIONS, 6);
    expect(schemaVersion(db)).toBe(6);
    expect(db.prepare('SELECT id, username, role, removed_at AS removedAt FROM users').all()).toEqual([{ id: 'u1', username: 'admin', role: 'administrator', removedAt: null }]);
    expect(db.prepare("SELECT name_index FROM people WHERE id = 'p1'").pluck().get()).toBe('');
    expect(() => db.prepare("INSERT INTO users (id, display_name, created_at, username, role) VALUES ('u2', 'X', 't', 'admin', 'editor')").run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO users (id, display_name, created_at, username, role) VALUES ('u2', 'X', 't', 'x', 'boss')").run()).toThrow(/CHECK/);
    db.prepare("UPDATE users SET removed_at = 't' WHERE id = 'u1'").run();
    db.prepare("INSERT INTO users (id, display_name, created_at, username, role) VALUES ('u3', 'Y', 't', 'admin', 'editor')").run();
    db.close();
  });
});

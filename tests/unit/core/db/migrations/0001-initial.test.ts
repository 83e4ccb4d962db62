import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { openEncryptedDatabase } from '../../../../../electron/core/db/connection';
import { migrate, schemaVersion } from '../../../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../../../electron/core/db/migrations';
import { tempDir } from '../../../helpers/temp-dir';

describe('migration 0001 (initial)', () => {
  it('creates the foundation tables from an empty database', async () => {
    const db = openEncryptedDatabase(path.join(await tempDir(), 'vault.db'), randomBytes(32).toString('hex'));
    migrate(db, MIGRATIONS, 1);
    expect(schemaVersion(db)).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['audit_checkpoints', 'audit_events', 'media', 'testimonies', 'testimony_keys', 'users', 'vault_secrets']));
    db.close();
  });

  it('keeps the audit log append-only and enforces the media -> testimony link', async () => {
    const db = openEncryptedDatabase(path.join(await tempDir(), 'vault.db'), randomBytes(32).toString('hex'));
    migrate(db, MIGRATIONS, 1);
    db.prepare("INSERT INTO audit_events VALUES (0, 't', 'a', 'creation', 'vault', 'v', '{}', x'00', x'00')").run();
    expect(() => db.prepare("UPDATE audit_events SET actor = 'b'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_events').run()).toThrow(/append-only/);
    db.prepare("INSERT INTO users VALUES ('u', 'Owner', 't')").run();
    expect(() =>
      db.prepare("INSERT INTO media VALUES ('m', 'no-such-testimony', 'blobs/m', 'a.wav', 'audio/wav', 1, 'x', 'y', 't', 'u')").run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO testimonies VALUES ('t1', 'A-1', 'T', 'now', 'now'), ('t2', 'A-1', 'T', 'now', 'now')").run()).toThrow(/UNIQUE/);
    db.close();
  });
});

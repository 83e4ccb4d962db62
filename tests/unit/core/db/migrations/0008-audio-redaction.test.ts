import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { openEncryptedDatabase } from '../../../../../electron/core/db/connection';
import { migrate, schemaVersion } from '../../../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../../../electron/core/db/migrations';
import { tempDir } from '../../../helpers/temp-dir';

describe('migration 0008 (audio redaction)', () => {
  it('leaves the data of version 7 alone and adds plans and redacted audio (WAV or Opus only)', async () => {
    const db = openEncryptedDatabase(path.join(await tempDir(), 'vault.db'), randomBytes(32).toString('hex'));
    migrate(db, MIGRATIONS, 7);
    db.prepare("INSERT INTO testimonies (id, code, title, created_at, updated_at) VALUES ('t1', 'A-1', 'T', 'now', 'now')").run();
    const tables = () => db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    const before = tables();
    migrate(db, MIGRATIONS, 8);
    expect(schemaVersion(db)).toBe(8);
    expect(tables().filter((t) => !before.includes(t))).toEqual(['audio_redaction_plans', 'redacted_audio']);
    expect(db.prepare('SELECT code FROM testimonies').all()).toEqual([{ code: 'A-1' }]);
    const insert = db.prepare("INSERT INTO redacted_audio VALUES (?, 't1', 'm1', ?, 48000, 1, 'now', 0, 0, 'blobs/redacted/x.age', 1, 'h', 'now', 'u1')");
    insert.run('a1', 'opus');
    expect(() => insert.run('a2', 'mp3')).toThrow(/CHECK/);
    db.close();
  });
});

import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { openEncryptedDatabase } from '../../../../../electron/core/db/connection';
import { migrate, schemaVersion } from '../../../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../../../electron/core/db/migrations';
import { tempDir } from '../../../helpers/temp-dir';

describe('migration 0005 (publish)', () => {
  it('adds narratives whose database refuses an approval by the last editor, and their history', async () => {
    const db = openEncryptedDatabase(path.join(await tempDir(), 'vault.db'), randomBytes(32).toString('hex'));
    migrate(db, MIGRATIONS, 4);
    db.prepare("INSERT INTO users (id, display_name, created_at) VALUES ('u1', 'Editor', 't'), ('u2', 'Reviewer', 't')").run();
    db.prepare("INSERT INTO testimonies (id, code, title, created_at, updated_at) VALUES ('t1', 'T-1', 'T', 't', 't')").run();
    migrate(db, MIGRATIONS, 5);
    expect(schemaVersion(db)).toBe(5);
    const insert = db.prepare(
      `INSERT INTO narratives (id, testimony_id, title, language, source_kind, status, version, document, created_at, created_by, updated_at, last_editor, approved_by)
       VALUES (?, 't1', 'N', 'ar', 'written', ?, 1, '{}', 't', 'u1', 't', 'u1', ?)`,
    );
    insert.run('n1', 'approved', 'u2');
    // Four eyes, whatever code writes the row.
    expect(() => insert.run('n2', 'approved', 'u1')).toThrow(/CHECK/);
    expect(() => insert.run('n3', 'reviewed', null)).toThrow(/CHECK/);
    db.prepare("INSERT INTO narrative_history (narrative_id, seq, action, actor, at, version) VALUES ('n1', 1, 'approved', 'u2', 't', 1)").run();
    expect(() => db.prepare("INSERT INTO narrative_history (narrative_id, seq, action, actor, at, version) VALUES ('n1', 2, 'liked', 'u2', 't', 1)").run()).toThrow(/CHECK/);

    // Deleting the testimony takes its narratives and their history with it.
    db.prepare("DELETE FROM testimonies WHERE id = 't1'").run();
    expect(db.prepare('SELECT count(*) FROM narratives').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM narrative_history').pluck().get()).toBe(0);
    db.close();
  });
});

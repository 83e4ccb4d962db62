import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { openEncryptedDatabase } from '../../../../../electron/core/db/connection';
import { migrate } from '../../../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../../../electron/core/db/migrations';
import { tempDir } from '../../../helpers/temp-dir';

/** The FTS5 index's stored segments, as bytes: where tombstoned tokens would linger. */
function indexBytes(db: ReturnType<typeof openEncryptedDatabase>): Buffer {
  return Buffer.concat(db.prepare<[], Buffer>('SELECT block FROM search_index_data').pluck().all());
}

describe('migration 0007 (lifecycle)', () => {
  it('makes search-index deletes remove the tokens, including those earlier deletes left behind', async () => {
    const db = openEncryptedDatabase(path.join(await tempDir(), 'vault.db'), randomBytes(32).toString('hex'));
    migrate(db, MIGRATIONS.slice(0, 6));
    const insert = db.prepare('INSERT INTO search_index (rowid, content) VALUES (?, ?)');
    insert.run(1, 'oldtokenqzv kept');
    insert.run(2, 'other words');
    db.prepare('DELETE FROM search_index WHERE rowid = 1').run();
    // Before: the deleted row's token is still in a segment (a tombstone hides it from MATCH).
    expect(indexBytes(db).includes(Buffer.from('oldtokenqzv'))).toBe(true);

    migrate(db, MIGRATIONS);
    expect(indexBytes(db).includes(Buffer.from('oldtokenqzv'))).toBe(false);
    insert.run(3, 'newtokenqzv');
    db.prepare('DELETE FROM search_index WHERE rowid = 3').run();
    expect(indexBytes(db).includes(Buffer.from('newtokenqzv'))).toBe(false);
    expect(db.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ?').pluck().all('other')).toEqual([2]);
    db.close();
  });
});

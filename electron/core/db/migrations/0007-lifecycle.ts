import type { Migration } from '../migrate';

/**
 * Deleting a testimony (issue 7, crypto-shredding). FTS5 deletes by default only add a
 * tombstone: the deleted tokens (names, places, transcript words) stay in the index's
 * segments until a merge, readable by anyone holding the database key. `secure-delete`
 * (SQLite 3.42+) removes them at once; 'optimize' merges the segments once, dropping what
 * earlier deletes and edits left behind.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'lifecycle',
  up(db) {
    db.exec(`
      INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1);
      INSERT INTO search_index(search_index) VALUES ('optimize');
    `);
  },
};

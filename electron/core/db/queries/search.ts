import type { Db } from '../connection';

/**
 * The FTS5 index (search_index, inside the encrypted database). Rows hold normalised text
 * (see records/search-text.ts); nothing here normalises.
 */
export function replaceIndex(db: Db, testimonyId: string, rows: readonly { field: string; content: string }[]): void {
  db.prepare('DELETE FROM search_index WHERE testimony_id = ?').run(testimonyId);
  const insert = db.prepare('INSERT INTO search_index (testimony_id, field, content) VALUES (?, ?, ?)');
  for (const row of rows) if (row.content) insert.run(testimonyId, row.field, row.content);
}

export function deleteIndex(db: Db, testimonyId: string): void {
  db.prepare('DELETE FROM search_index WHERE testimony_id = ?').run(testimonyId);
}

/** Rows whose content matches an FTS5 query (already built from normalised, quoted tokens). */
export function matchIndex(db: Db, ftsQuery: string, fields?: readonly string[]): { testimonyId: string; field: string }[] {
  const restrict = fields && fields.length > 0 ? ` AND field IN (${fields.map(() => '?').join(', ')})` : '';
  return db
    .prepare(`SELECT testimony_id AS testimonyId, field FROM search_index WHERE search_index MATCH ?${restrict}`)
    .all(ftsQuery, ...(fields ?? [])) as { testimonyId: string; field: string }[];
}

import type { Db } from '../connection';
import { statement } from '../statements';

/**
 * The FTS5 index (search_index, inside the encrypted database). Rows hold normalised text
 * (see records/search-text.ts); nothing here normalises. A row's rowid encodes whose it is:
 *
 *   rowid = testimony number (testimony_list.num) * 2^20 + field * 2^12 + part
 *
 * so a match is decoded without a join. A field may have up to 4096 parts (transcript
 * paragraphs, later); there are up to 256 fields. Rows are deleted by exact rowid: FTS5 scans
 * the whole table for a rowid range, which made reindexing quadratic.
 */
const PER_TESTIMONY = 2 ** 20;
const PER_FIELD = 2 ** 12;

export interface IndexRow {
  field: number;
  part?: number;
  content: string;
}

export interface IndexHit {
  num: number;
  field: number;
  part: number;
}

/** Removes part 0 of fields 0..fieldCount-1 of a testimony (every row it can have today). */
export function deleteIndex(db: Db, num: number, fieldCount: number): void {
  const drop = statement(db, 'DELETE FROM search_index WHERE rowid = ?');
  for (let field = 0; field < fieldCount; field++) drop.run(num * PER_TESTIMONY + field * PER_FIELD);
}

export function replaceIndex(db: Db, num: number, rows: readonly IndexRow[], fieldCount: number): void {
  deleteIndex(db, num, fieldCount);
  const insert = statement(db, 'INSERT INTO search_index (rowid, content) VALUES (?, ?)');
  for (const row of rows) {
    // Only part 0 for now: deleteIndex would have to learn how many parts a field had.
    const part = row.part ?? 0;
    if (row.field < 0 || row.field >= fieldCount || part !== 0) throw new RangeError('search row out of range');
    if (row.content) insert.run(num * PER_TESTIMONY + row.field * PER_FIELD + part, row.content);
  }
}

/** Decoded rowids of the rows matching an FTS5 query (built from normalised, quoted tokens). */
export function matchIndex(db: Db, ftsQuery: string): IndexHit[] {
  const rowids = statement<[string], number>(db, 'SELECT rowid FROM search_index WHERE search_index MATCH ?').pluck().all(ftsQuery);
  return rowids.map((rowid) => {
    const num = Math.floor(rowid / PER_TESTIMONY);
    const rest = rowid - num * PER_TESTIMONY;
    return { num, field: Math.floor(rest / PER_FIELD), part: rest % PER_FIELD };
  });
}

/**
 * A field with many parts (transcript paragraphs): its old parts are deleted by the count
 * kept in search_paragraphs, then the new ones written with their paragraph mapping.
 */
export function replaceParagraphs(db: Db, num: number, field: number, rows: readonly { content: string; transcriptId: string; paragraphId: string }[]): void {
  const old = statement<[number], number>(db, 'SELECT count(*) FROM search_paragraphs WHERE num = ?').pluck().get(num)!;
  const drop = statement(db, 'DELETE FROM search_index WHERE rowid = ?');
  for (let part = 0; part < old; part++) drop.run(num * PER_TESTIMONY + field * PER_FIELD + part);
  statement(db, 'DELETE FROM search_paragraphs WHERE num = ?').run(num);
  if (rows.length > PER_FIELD) throw new RangeError(`at most ${PER_FIELD} paragraphs are searchable per testimony`);
  const insert = statement(db, 'INSERT INTO search_index (rowid, content) VALUES (?, ?)');
  const map = statement(db, 'INSERT INTO search_paragraphs (num, part, transcript_id, paragraph_id) VALUES (?, ?, ?, ?)');
  rows.forEach((row, part) => {
    insert.run(num * PER_TESTIMONY + field * PER_FIELD + part, row.content);
    map.run(num, part, row.transcriptId, row.paragraphId);
  });
}

export function paragraphsAt(db: Db, num: number, parts: readonly number[]): { transcriptId: string; paragraphId: string }[] {
  const get = statement<[number, number], { transcriptId: string; paragraphId: string }>(
    db,
    'SELECT transcript_id AS transcriptId, paragraph_id AS paragraphId FROM search_paragraphs WHERE num = ? AND part = ?',
  );
  return parts.flatMap((part) => get.get(num, part) ?? []);
}

import type { Db } from '../connection';
import { statement } from '../statements';
import type { TestimonySummary } from '../../../../shared/domain/testimony';

/** All SQL about testimonies. Values reach SQL only as bound parameters. */
interface TestimonyRow {
  id: string;
  code: string;
  title: string;
  created_at: string;
  updated_at: string;
  media_count: number;
}

function toSummary(row: TestimonyRow): TestimonySummary {
  return { id: row.id, code: row.code, title: row.title, createdAt: row.created_at, updatedAt: row.updated_at, mediaCount: row.media_count };
}

const SELECT_SUMMARY = `
  SELECT t.id, t.code, t.title, t.created_at, t.updated_at,
         (SELECT count(*) FROM media m WHERE m.testimony_id = t.id) AS media_count
  FROM testimonies t`;

export function listTestimonies(db: Db): TestimonySummary[] {
  return (statement(db, `${SELECT_SUMMARY} ORDER BY t.created_at DESC, t.code`).all() as TestimonyRow[]).map(toSummary);
}

export function getTestimony(db: Db, id: string): TestimonySummary | undefined {
  const row = statement(db, `${SELECT_SUMMARY} WHERE t.id = ?`).get(id) as TestimonyRow | undefined;
  return row && toSummary(row);
}

export function getTestimonyByCode(db: Db, code: string): TestimonySummary | undefined {
  const row = statement(db, `${SELECT_SUMMARY} WHERE t.code = ?`).get(code) as TestimonyRow | undefined;
  return row && toSummary(row);
}

export function codeExists(db: Db, code: string): boolean {
  // Codes are compared as the user sees them: NFC, case-insensitively for Latin letters.
  return statement(db, 'SELECT 1 FROM testimonies WHERE code = ? COLLATE NOCASE').get(code) !== undefined;
}

export function insertTestimony(db: Db, row: { id: string; code: string; title: string; now: string; identity: string; recipient: string }): void {
  statement(db, 'INSERT INTO testimonies (id, code, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(row.id, row.code, row.title, row.now, row.now);
  statement(db, 'INSERT INTO testimony_keys (testimony_id, identity, recipient) VALUES (?, ?, ?)').run(row.id, row.identity, row.recipient);
}

export function getTestimonyKey(db: Db, testimonyId: string): { identity: string; recipient: string } | undefined {
  return statement(db, 'SELECT identity, recipient FROM testimony_keys WHERE testimony_id = ?').get(testimonyId) as { identity: string; recipient: string } | undefined;
}

export function listTestimonyKeys(db: Db): { code: string; id: string; identity: string; recipient: string; createdAt: string }[] {
  return statement(db, 'SELECT t.code, t.id, k.identity, k.recipient, t.created_at AS createdAt FROM testimonies t JOIN testimony_keys k ON k.testimony_id = t.id ORDER BY t.created_at, t.code')
    .all() as { code: string; id: string; identity: string; recipient: string; createdAt: string }[];
}

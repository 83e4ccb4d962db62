import type { Db } from '../connection';
import { statement } from '../statements';
import { personIdentitySchema, type Person, type PersonIdentity } from '../../../../shared/domain/record';

/**
 * All SQL about people. A person's identity details are read and written only through
 * person_identities, apart from their code, so that they can later be encrypted separately.
 */
interface PersonRow {
  id: string;
  code: string;
  data: string | null;
}

function toPerson(row: PersonRow): Person {
  return { id: row.id, code: row.code, identity: personIdentitySchema.parse(row.data === null ? {} : (JSON.parse(row.data) as unknown)) };
}

const SELECT = 'SELECT p.id, p.code, i.data FROM people p LEFT JOIN person_identities i ON i.person_id = p.id';

export function getPerson(db: Db, id: string): Person | undefined {
  const row = statement(db, `${SELECT} WHERE p.id = ?`).get(id) as PersonRow | undefined;
  return row && toPerson(row);
}

export function getPeople(db: Db, ids: readonly string[]): Person[] {
  const byId = statement(db, `${SELECT} WHERE p.id = ?`);
  return ids.flatMap((id) => {
    const row = byId.get(id) as PersonRow | undefined;
    return row ? [toPerson(row)] : [];
  });
}

export function listAllPeople(db: Db): Person[] {
  return (statement(db, `${SELECT} ORDER BY p.code`).all() as PersonRow[]).map(toPerson);
}

export function personCodeTaken(db: Db, code: string, exceptId?: string): boolean {
  return statement(db, 'SELECT 1 FROM people WHERE code = ? AND id != ?').get(code, exceptId ?? '') !== undefined;
}

export function insertPerson(db: Db, person: Person, now: string): void {
  statement(db, 'INSERT INTO people (id, code, created_at, updated_at) VALUES (?, ?, ?, ?)').run(person.id, person.code, now, now);
  statement(db, 'INSERT INTO person_identities (person_id, data) VALUES (?, ?)').run(person.id, JSON.stringify(person.identity));
}

export function updatePerson(db: Db, id: string, code: string, identity: PersonIdentity, now: string): void {
  statement(db, 'UPDATE people SET code = ?, updated_at = ? WHERE id = ?').run(code, now, id);
  statement(db, 'INSERT INTO person_identities (person_id, data) VALUES (?, ?) ON CONFLICT(person_id) DO UPDATE SET data = excluded.data').run(id, JSON.stringify(identity));
}

export interface PriorInterview {
  testimonyId: string;
  testimonyCode: string;
  role: string;
  sessionDate: string | null;
  interviewers: string[];
}

/**
 * Every interview session of every testimony the person appears in: what "previously
 * interviewed on … by …" is built from, so a survivor is not asked to tell it all again.
 */
export function interviewsOfPerson(db: Db, personId: string): PriorInterview[] {
  const rows = statement(db, 
      `SELECT t.id AS testimonyId, t.code AS testimonyCode, tp.role AS role, s.data AS data
       FROM testimony_people tp
       JOIN testimonies t ON t.id = tp.testimony_id
       LEFT JOIN interview_sessions s ON s.testimony_id = t.id
       WHERE tp.person_id = ?
       ORDER BY coalesce(s.date_earliest, t.created_at), t.code`,
    )
    .all(personId) as { testimonyId: string; testimonyCode: string; role: string; data: string | null }[];
  return rows.map((r) => {
    const session = r.data ? (JSON.parse(r.data) as { date?: string | null; interviewers?: string[] }) : {};
    return { testimonyId: r.testimonyId, testimonyCode: r.testimonyCode, role: r.role, sessionDate: session.date ?? null, interviewers: session.interviewers ?? [] };
  });
}

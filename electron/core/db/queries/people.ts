import type { Db } from '../connection';
import { statement } from '../statements';
import { personIdentitySchema, type Person, type PersonIdentity } from '../../../../shared/domain/record';
import { identityAccess, isSealedIdentity, requireIdentityCipher } from '../../users/identity-cipher';
import { nameTaggerOf } from '../../users/name-tags';

/**
 * All SQL about people. A person's identity details are read and written only through
 * person_identities, apart from their code, so that they can later be encrypted separately.
 */
interface PersonRow {
  id: string;
  code: string;
  data: string | null;
}

/**
 * Identity details are sealed under the identity key (users/identity-cipher.ts). A session
 * without it (an editor) reads every person as their code with empty identity details.
 */
function identityText(db: Db, row: PersonRow): string | null {
  if (row.data === null) return null;
  if (!isSealedIdentity(row.data)) return row.data;
  const access = identityAccess(db);
  return access.kind === 'key' ? access.cipher.open(row.id, row.data) : null;
}

function toPerson(db: Db, row: PersonRow): Person {
  const text = identityText(db, row);
  return { id: row.id, code: row.code, identity: personIdentitySchema.parse(text === null ? {} : (JSON.parse(text) as unknown)) };
}

function storedIdentity(db: Db, personId: string, identity: PersonIdentity): { data: string; nameIndex: string; nameTags: string } {
  const cipher = requireIdentityCipher(db);
  const json = JSON.stringify(identity);
  const names = [identity.legalName, ...identity.names.map((n) => n.value)];
  const nameTags = nameTaggerOf(db)?.tagsOfNames(names) ?? '';
  if (!cipher) return { data: json, nameIndex: '', nameTags };
  return { data: cipher.seal(personId, json), nameIndex: cipher.nameIndex(names), nameTags };
}

/** The keyed hashes of each person's names (what the search index holds for them). */
export function nameIndexes(db: Db, ids: readonly string[]): Map<string, string> {
  const byId = statement(db, 'SELECT name_index FROM people WHERE id = ?').pluck();
  return new Map(ids.map((id) => [id, (byId.get(id) as string | undefined) ?? '']));
}

/** Rows still in clear (a vault from before the identity key, or one whose upgrade was interrupted). */
export function plainIdentityIds(db: Db): string[] {
  return statement(db, `SELECT person_id FROM person_identities WHERE data NOT LIKE '{"sealed":%'`).pluck().all() as string[];
}

/** Seals one row in place with the attached cipher (the upgrade to the identity key). */
export function resealIdentity(db: Db, personId: string): void {
  const person = getPerson(db, personId);
  if (!person) return;
  const stored = storedIdentity(db, personId, person.identity);
  statement(db, 'UPDATE person_identities SET data = ? WHERE person_id = ?').run(stored.data, personId);
  statement(db, 'UPDATE people SET name_index = ?, name_tags = ? WHERE id = ?').run(stored.nameIndex, stored.nameTags, personId);
}

const SELECT = 'SELECT p.id, p.code, i.data FROM people p LEFT JOIN person_identities i ON i.person_id = p.id';

export function getPerson(db: Db, id: string): Person | undefined {
  const row = statement(db, `${SELECT} WHERE p.id = ?`).get(id) as PersonRow | undefined;
  return row && toPerson(db, row);
}

export function getPeople(db: Db, ids: readonly string[]): Person[] {
  const byId = statement(db, `${SELECT} WHERE p.id = ?`);
  return ids.flatMap((id) => {
    const row = byId.get(id) as PersonRow | undefined;
    return row ? [toPerson(db, row)] : [];
  });
}

export function listAllPeople(db: Db): Person[] {
  return (statement(db, `${SELECT} ORDER BY p.code`).all() as PersonRow[]).map((row) => toPerson(db, row));
}

export function personCodeTaken(db: Db, code: string, exceptId?: string): boolean {
  return statement(db, 'SELECT 1 FROM people WHERE code = ? AND id != ?').get(code, exceptId ?? '') !== undefined;
}

export function insertPerson(db: Db, person: Person, now: string): void {
  const stored = storedIdentity(db, person.id, person.identity);
  statement(db, 'INSERT INTO people (id, code, created_at, updated_at, name_index, name_tags) VALUES (?, ?, ?, ?, ?, ?)').run(person.id, person.code, now, now, stored.nameIndex, stored.nameTags);
  statement(db, 'INSERT INTO person_identities (person_id, data) VALUES (?, ?)').run(person.id, stored.data);
}

export function updatePerson(db: Db, id: string, code: string, identity: PersonIdentity, now: string): void {
  const stored = storedIdentity(db, id, identity);
  statement(db, 'UPDATE people SET code = ?, updated_at = ?, name_index = ?, name_tags = ? WHERE id = ?').run(code, now, stored.nameIndex, stored.nameTags, id);
  statement(db, 'INSERT INTO person_identities (person_id, data) VALUES (?, ?) ON CONFLICT(person_id) DO UPDATE SET data = excluded.data').run(id, stored.data);
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

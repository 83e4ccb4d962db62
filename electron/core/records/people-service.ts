import { randomUUID } from 'node:crypto';
import { VaultError } from '../../../shared/errors';
import type { Person, PersonIdentity } from '../../../shared/domain/record';
import { normalizeForSearch, searchTokens } from '../../../shared/text/normalize';
import { getPerson, insertPerson, interviewsOfPerson, listAllPeople, personCodeTaken, updatePerson, type PriorInterview } from '../db/queries/people';
import { testimoniesOfPerson } from '../db/queries/records';
import type { VaultSession } from '../vault/session';
import { changedKeys, refreshDerived } from './record-store';
import { checkIdentity } from './vocabulary-check';

/**
 * People across testimonies. A person is known by a code (a pseudonym) everywhere; their
 * identity details are kept apart (person_identities). Finding a person again, under any
 * spelling of their name, is what lets the app say "previously interviewed on … by …".
 */
export async function createPerson(session: VaultSession, input: { code: string; identity: PersonIdentity }): Promise<Person> {
  const db = session.db;
  const code = input.code.normalize('NFC');
  if (personCodeTaken(db, code)) throw new VaultError('DUPLICATE_CODE', `A person with the code "${code}" already exists.`, { code, field: 'code' });
  checkIdentity(db, input.identity);
  const person: Person = { id: randomUUID(), code, identity: input.identity };
  await session.commit((record) => {
    insertPerson(db, person, session.now());
    record({ type: 'creation', objectType: 'person', objectId: person.id, detail: {} });
  });
  return person;
}

export async function updatePersonDetails(session: VaultSession, personId: string, input: { code: string; identity: PersonIdentity }): Promise<Person> {
  const db = session.db;
  const before = getPerson(db, personId);
  if (!before) throw new VaultError('NOT_FOUND', 'This person does not exist.');
  const code = input.code.normalize('NFC');
  if (personCodeTaken(db, code, personId)) throw new VaultError('DUPLICATE_CODE', `A person with the code "${code}" already exists.`, { code, field: 'code' });
  checkIdentity(db, input.identity);
  const fields = [...(before.code !== code ? ['code'] : []), ...changedKeys(before.identity, input.identity).map((k) => `identity.${k}`)];
  if (fields.length === 0) return before;
  await session.commit((record) => {
    updatePerson(db, personId, code, input.identity, session.now());
    // Their names and code are in the search rows of every testimony they appear in.
    for (const testimonyId of testimoniesOfPerson(db, personId)) refreshDerived(db, testimonyId);
    record({ type: 'modification', objectType: 'person', objectId: personId, detail: { section: 'person', fields: fields.join(',') } });
  });
  return { id: personId, code, identity: input.identity };
}

export interface PersonMatch {
  person: Person;
  /** Which of the person's names or code matched. */
  matched: string[];
  interviews: PriorInterview[];
}

/**
 * People whose code, legal name or any recorded spelling matches every token of the query
 * (Arabic letter forms, diacritics and case folded), with their earlier interviews. A vault
 * holds thousands of people at most; a scan is simpler and fast enough.
 */
export function findPeople(session: VaultSession, query: string, limit = 20): PersonMatch[] {
  const tokens = searchTokens(query);
  if (tokens.length === 0) return [];
  const matches: PersonMatch[] = [];
  for (const person of listAllPeople(session.db)) {
    const names = [person.code, person.identity.legalName, ...person.identity.names.map((n) => n.value)].filter((n) => n.trim() !== '');
    const normalized = names.map((n) => ` ${normalizeForSearch(n)}`);
    const hits = names.filter((_, i) => tokens.every((t) => normalized[i]!.includes(` ${t}`)));
    const all = tokens.every((t) => normalized.some((n) => n.includes(` ${t}`)));
    if (!all) continue;
    matches.push({ person, matched: hits.length > 0 ? hits : names, interviews: interviewsOfPerson(session.db, person.id) });
    if (matches.length >= limit) break;
  }
  return matches;
}

export function personHistory(session: VaultSession, personId: string): PriorInterview[] {
  if (!getPerson(session.db, personId)) throw new VaultError('NOT_FOUND', 'This person does not exist.');
  return interviewsOfPerson(session.db, personId);
}

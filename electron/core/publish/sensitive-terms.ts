import type { Db } from '../db/connection';
import { getPeople } from '../db/queries/people';
import { requireRecord } from '../records/record-store';
import { buildEntities, type RedactionSource } from '../../../shared/redaction/entities';
import type { Entity, RedactionDocument } from '../../../shared/redaction/types';
import type { TestimonyRecord } from '../../../shared/domain/record';
import type { Person } from '../../../shared/domain/record';
import { findNameHits } from '../users/name-tags';

/**
 * The one place where publication reads who the testimony's people are: names in every
 * recorded spelling, aliases, contact details, birth dates, the places and units of its
 * events, interviewers. Suggestions and the leak check both take their terms from here.
 *
 * Why one module: issue 7 moves identity details under a key editors do not hold. Then this
 * module is what changes: instead of plaintext names it will hand the leak check a keyed-hash
 * index of normalised terms (and suggestions will match hashes of normalised text windows),
 * so an editor's session can still refuse a leaking export without ever seeing the names.
 * Callers only see `Entity` lists and never query people themselves.
 */

export interface TestimonyTerms {
  readonly record: TestimonyRecord;
  readonly entities: Entity[];
}

/** Every person the testimony refers to: its people list, event victims and named perpetrators. */
function personIds(record: TestimonyRecord): string[] {
  const ids = new Set<string>(record.people.map((p) => p.personId));
  for (const e of record.events) {
    for (const v of e.victims) ids.add(v);
    for (const p of e.perpetrators) if (p.personId !== null) ids.add(p.personId);
  }
  return [...ids];
}

/**
 * In a session without the identity key (an editor's), people come back without their names.
 * Their names are still found in the narrative through the keyed-hash index (users/name-tags.ts):
 * each word of the text that is a form of a person's name becomes a spelling of that person, so
 * suggestions, "every other occurrence" and the export's leak check work on them as on recorded
 * names. The editor learns only words already in front of them, never the recorded names.
 */
function withNamesFoundByTag(db: Db, people: Person[], text: string): Person[] {
  const nameless = people.filter((p) => p.identity.legalName === '' && p.identity.names.length === 0);
  if (nameless.length === 0 || text === '') return people;
  const found = new Map<string, Set<string>>();
  for (const hit of findNameHits(db, text, nameless.map((p) => p.id))) {
    const words = found.get(hit.personId) ?? new Set<string>();
    words.add(text.slice(hit.start, hit.end));
    found.set(hit.personId, words);
  }
  return people.map((p) => {
    const words = [...(found.get(p.id) ?? [])];
    if (words.length === 0 || !nameless.includes(p)) return p;
    const script = (w: string) => (/[\u0600-\u06ff]/u.test(w) ? 'Arab' : 'Latn');
    return { ...p, identity: { ...p.identity, legalName: words[0]!, names: words.map((value) => ({ value, script: script(value), kind: 'spelling' as const })) } };
  });
}

export function redactionSource(db: Db, record: TestimonyRecord, doc: RedactionDocument): RedactionSource {
  return {
    people: withNamesFoundByTag(db, getPeople(db, personIds(record)), doc.text),
    roles: record.people.map((p) => ({ personId: p.personId, role: p.role })),
    events: record.events,
    sessions: record.sessions,
    custom: doc.customEntities,
  };
}

/** The record and the sensitive entities of one testimony, with the editor's custom ones. */
export function testimonyTerms(db: Db, testimonyId: string, doc: RedactionDocument): TestimonyTerms {
  const record = requireRecord(db, testimonyId);
  return { record, entities: buildEntities(redactionSource(db, record, doc)) };
}

/** People whose identity a publication may name when consent covers it: the testimony's own voices. */
export function firstPartyPersonIds(record: Pick<TestimonyRecord, 'people'> | { people: readonly { personId: string; role: string }[] }): string[] {
  return record.people.filter((p) => p.role === 'survivor' || p.role === 'witness').map((p) => p.personId);
}

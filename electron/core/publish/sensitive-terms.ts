import type { Db } from '../db/connection';
import { getPeople } from '../db/queries/people';
import { requireRecord } from '../records/record-store';
import { buildEntities, type RedactionSource } from '../../../shared/redaction/entities';
import type { Entity, RedactionDocument } from '../../../shared/redaction/types';
import type { TestimonyRecord } from '../../../shared/domain/record';

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

export function redactionSource(db: Db, record: TestimonyRecord, doc: RedactionDocument): RedactionSource {
  return {
    people: getPeople(db, personIds(record)),
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

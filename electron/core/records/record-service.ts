import { VaultError } from '../../../shared/errors';
import type { Consent, InterviewSession, Source, TestimonyOverview, TestimonyPerson, VaultEvent } from '../../../shared/domain/record';
import { type consentWithdrawalSchema, type TestimonyRecord } from '../../../shared/domain/record';
import type { z } from 'zod';
import { codeExists } from '../db/queries/testimonies';
import { getPerson } from '../db/queries/people';
import {
  deleteEvent,
  deleteLink,
  deleteSession,
  eventOwner,
  eventsNaming,
  saveConsent,
  saveOverview,
  saveSource,
  sessionOwner,
  touch,
  upsertEvent,
  upsertLink,
  upsertSession,
} from '../db/queries/records';
import type { VaultSession } from '../vault/session';
import { changedKeys, edtfBounds, refreshDerived, requireRecord } from './record-store';
import { checkConsent, checkEvent, checkLink, checkOverview, checkSession, checkSource } from './vocabulary-check';

/**
 * Writes to the sections of a testimony record. Each is one transaction holding the change,
 * the refreshed list columns and search rows, and an audit event that names the section and
 * the fields that changed (the values stay in the record, inside the encrypted database).
 */
type Section = 'overview' | 'source' | 'consent' | 'session' | 'event' | 'person';

function modified(section: Section, fields: string[], extra: Record<string, string | number | boolean | null> = {}) {
  return { section, fields: fields.join(','), ...extra };
}

export async function updateOverview(session: VaultSession, testimonyId: string, overview: TestimonyOverview): Promise<void> {
  const db = session.db;
  const before = requireRecord(db, testimonyId);
  const next = { ...overview, code: overview.code.normalize('NFC'), title: overview.title.normalize('NFC') };
  if (next.code.toLowerCase() !== before.code.toLowerCase() && codeExists(db, next.code)) {
    throw new VaultError('DUPLICATE_CODE', `A testimony with the code "${next.code}" already exists.`, { code: next.code, field: 'code' });
  }
  checkOverview(db, next);
  const fields = changedKeys(pickOverview(before), next);
  if (fields.length === 0) return;
  await session.commit((record) => {
    saveOverview(db, testimonyId, next, session.now());
    refreshDerived(db, testimonyId);
    record({ type: 'modification', objectType: 'testimony', objectId: testimonyId, detail: modified('overview', fields) });
  });
}

function pickOverview(r: TestimonyRecord): TestimonyOverview {
  return {
    code: r.code,
    title: r.title,
    summary: r.summary,
    languages: r.languages,
    status: r.status,
    sensitivity: r.sensitivity,
    contentWarnings: r.contentWarnings,
    tags: r.tags,
    customFields: r.customFields,
  };
}

export async function updateSource(session: VaultSession, testimonyId: string, source: Source): Promise<void> {
  const db = session.db;
  const before = requireRecord(db, testimonyId);
  checkSource(db, source);
  const fields = changedKeys(before.source, source);
  if (fields.length === 0) return;
  await session.commit((record) => {
    saveSource(db, testimonyId, source, session.now());
    refreshDerived(db, testimonyId);
    record({ type: 'modification', objectType: 'testimony', objectId: testimonyId, detail: modified('source', fields) });
  });
}

/**
 * Replaces the consent record. A withdrawal already recorded cannot be taken back by an
 * edit: consent given again is new consent, recorded as such, never an erased withdrawal.
 */
export async function updateConsent(session: VaultSession, testimonyId: string, consent: Consent): Promise<void> {
  const db = session.db;
  const before = requireRecord(db, testimonyId);
  checkConsent(db, consent);
  const kept = before.consent.withdrawals.every((w) => consent.withdrawals.some((n) => JSON.stringify(n) === JSON.stringify(w)));
  if (!kept) {
    throw new VaultError('BAD_INPUT', 'Invalid consent.withdrawals: a recorded withdrawal cannot be removed or changed.', { field: 'consent.withdrawals', reason: 'withdrawal kept' });
  }
  const fields = changedKeys(before.consent, consent);
  if (fields.length === 0) return;
  await session.commit((record) => {
    saveConsent(db, testimonyId, consent, session.now());
    refreshDerived(db, testimonyId);
    record({ type: 'modification', objectType: 'testimony', objectId: testimonyId, detail: modified('consent', fields) });
  });
}

/** Records a withdrawal; it takes effect at once for every feature that reads consent. */
export async function withdrawConsent(session: VaultSession, testimonyId: string, withdrawal: z.output<typeof consentWithdrawalSchema>): Promise<void> {
  const db = session.db;
  const before = requireRecord(db, testimonyId);
  const consent: Consent = { ...before.consent, withdrawals: [...before.consent.withdrawals, withdrawal] };
  await session.commit((record) => {
    saveConsent(db, testimonyId, consent, session.now());
    refreshDerived(db, testimonyId);
    record({
      type: 'modification',
      objectType: 'testimony',
      objectId: testimonyId,
      detail: modified('consent', ['withdrawals'], { change: 'consent withdrawn', scopes: withdrawal.scopes.join(',') }),
    });
  });
}

export async function saveSession(session: VaultSession, testimonyId: string, interview: InterviewSession): Promise<void> {
  const db = session.db;
  const before = requireRecord(db, testimonyId);
  const owner = sessionOwner(db, interview.id);
  if (owner !== undefined && owner !== testimonyId) throw new VaultError('NOT_FOUND', 'This interview session belongs to another testimony.');
  checkSession(db, interview);
  const previous = before.sessions.find((s) => s.id === interview.id);
  const fields = previous ? changedKeys(previous, interview) : ['new'];
  if (fields.length === 0) return;
  await session.commit((record) => {
    upsertSession(db, testimonyId, interview, edtfBounds(interview.date));
    touch(db, testimonyId, session.now());
    refreshDerived(db, testimonyId);
    record({ type: previous ? 'modification' : 'creation', objectType: 'interview-session', objectId: interview.id, detail: modified('session', fields, { testimonyId }) });
  });
}

export async function removeSession(session: VaultSession, testimonyId: string, sessionId: string): Promise<void> {
  const db = session.db;
  requireRecord(db, testimonyId);
  if (sessionOwner(db, sessionId) !== testimonyId) throw new VaultError('NOT_FOUND', 'This interview session does not exist.');
  await session.commit((record) => {
    deleteSession(db, sessionId);
    touch(db, testimonyId, session.now());
    refreshDerived(db, testimonyId);
    record({ type: 'deletion', objectType: 'interview-session', objectId: sessionId, detail: { testimonyId } });
  });
}

function assertPeopleLinked(record: TestimonyRecord, event: VaultEvent): void {
  const linked = new Set(record.people.map((p) => p.personId));
  const named = [...event.victims, ...event.perpetrators.flatMap((p) => (p.personId ? [p.personId] : []))];
  const stranger = named.find((id) => !linked.has(id));
  if (stranger) {
    throw new VaultError('BAD_INPUT', 'Invalid event: it names a person who is not among the people of this testimony. Add them to the testimony first.', {
      field: 'event.victims',
      reason: 'person not in testimony',
    });
  }
}

export async function saveEvent(session: VaultSession, testimonyId: string, event: VaultEvent): Promise<void> {
  const db = session.db;
  const before = requireRecord(db, testimonyId);
  const owner = eventOwner(db, event.id);
  if (owner !== undefined && owner !== testimonyId) throw new VaultError('NOT_FOUND', 'This event belongs to another testimony.');
  checkEvent(db, event);
  assertPeopleLinked(before, event);
  const previous = before.events.find((e) => e.id === event.id);
  const fields = previous ? changedKeys(previous, event) : ['new'];
  if (fields.length === 0) return;
  await session.commit((record) => {
    upsertEvent(db, testimonyId, event, edtfBounds(event.date));
    touch(db, testimonyId, session.now());
    refreshDerived(db, testimonyId);
    record({ type: previous ? 'modification' : 'creation', objectType: 'event', objectId: event.id, detail: modified('event', fields, { testimonyId }) });
  });
}

export async function removeEvent(session: VaultSession, testimonyId: string, eventId: string): Promise<void> {
  const db = session.db;
  requireRecord(db, testimonyId);
  if (eventOwner(db, eventId) !== testimonyId) throw new VaultError('NOT_FOUND', 'This event does not exist.');
  await session.commit((record) => {
    deleteEvent(db, eventId);
    touch(db, testimonyId, session.now());
    refreshDerived(db, testimonyId);
    record({ type: 'deletion', objectType: 'event', objectId: eventId, detail: { testimonyId } });
  });
}

export async function linkPerson(session: VaultSession, testimonyId: string, link: TestimonyPerson): Promise<void> {
  const db = session.db;
  const before = requireRecord(db, testimonyId);
  if (!getPerson(db, link.personId)) throw new VaultError('NOT_FOUND', 'This person does not exist.');
  checkLink(db, link);
  const previous = before.people.find((p) => p.personId === link.personId);
  const fields = previous ? changedKeys(previous, link) : ['new'];
  if (fields.length === 0) return;
  await session.commit((record) => {
    upsertLink(db, testimonyId, link);
    touch(db, testimonyId, session.now());
    refreshDerived(db, testimonyId);
    record({ type: 'modification', objectType: 'testimony', objectId: testimonyId, detail: modified('person', fields, { personId: link.personId }) });
  });
}

export async function unlinkPerson(session: VaultSession, testimonyId: string, personId: string): Promise<void> {
  const db = session.db;
  const before = requireRecord(db, testimonyId);
  if (!before.people.some((p) => p.personId === personId)) throw new VaultError('NOT_FOUND', 'This person is not part of this testimony.');
  if (eventsNaming(db, testimonyId, personId) > 0) {
    throw new VaultError('BAD_INPUT', 'Invalid person: events of this testimony still name them as victim or perpetrator. Change those events first.', {
      field: 'personId',
      reason: 'named in events',
    });
  }
  await session.commit((record) => {
    deleteLink(db, testimonyId, personId);
    touch(db, testimonyId, session.now());
    refreshDerived(db, testimonyId);
    record({ type: 'modification', objectType: 'testimony', objectId: testimonyId, detail: modified('person', ['removed'], { personId }) });
  });
}

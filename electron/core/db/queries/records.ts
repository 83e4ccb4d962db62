import type { Db } from '../connection';
import { statement } from '../statements';
import {
  consentSchema,
  eventSchema,
  interviewSessionSchema,
  sourceSchema,
  testimonyOverviewSchema,
  testimonyPersonSchema,
  type Consent,
  type InterviewSession,
  type Source,
  type TestimonyOverview,
  type TestimonyPerson,
  type TestimonyRecord,
  type VaultEvent,
} from '../../../../shared/domain/record';

/**
 * All SQL about the parts of a testimony record. JSON columns are parsed back with the same
 * schemas that validated them on the way in, so a row written by an older version (with
 * fewer fields) reads with today's defaults.
 */
interface TestimonyRow {
  id: string;
  code: string;
  title: string;
  summary: string;
  languages: string;
  status: string;
  sensitivity: string;
  content_warnings: string;
  tags: string;
  custom_fields: string;
  source: string;
  consent: string;
  created_at: string;
  updated_at: string;
}

const json = (text: string): unknown => JSON.parse(text) as unknown;

function overviewFrom(row: TestimonyRow): TestimonyOverview {
  return testimonyOverviewSchema.parse({
    code: row.code,
    title: row.title,
    summary: row.summary,
    languages: json(row.languages),
    status: row.status,
    sensitivity: row.sensitivity,
    contentWarnings: json(row.content_warnings),
    tags: json(row.tags),
    customFields: json(row.custom_fields),
  });
}

export function loadRecord(db: Db, testimonyId: string): TestimonyRecord | undefined {
  const row = statement(db, 'SELECT * FROM testimonies WHERE id = ?').get(testimonyId) as TestimonyRow | undefined;
  if (!row) return undefined;
  return {
    id: row.id,
    ...overviewFrom(row),
    source: sourceSchema.parse(json(row.source)),
    consent: consentSchema.parse(json(row.consent)),
    sessions: listSessions(db, testimonyId),
    people: listLinks(db, testimonyId),
    events: listEvents(db, testimonyId),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function saveOverview(db: Db, testimonyId: string, overview: TestimonyOverview, now: string): void {
  statement(db, 
    `UPDATE testimonies SET code = ?, title = ?, summary = ?, languages = ?, status = ?, sensitivity = ?,
       content_warnings = ?, tags = ?, custom_fields = ?, updated_at = ? WHERE id = ?`,
  ).run(
    overview.code,
    overview.title,
    overview.summary,
    JSON.stringify(overview.languages),
    overview.status,
    overview.sensitivity,
    JSON.stringify(overview.contentWarnings),
    JSON.stringify(overview.tags),
    JSON.stringify(overview.customFields),
    now,
    testimonyId,
  );
}

export function saveSource(db: Db, testimonyId: string, source: Source, now: string): void {
  statement(db, 'UPDATE testimonies SET source = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(source), now, testimonyId);
}

export function saveConsent(db: Db, testimonyId: string, consent: Consent, now: string): void {
  statement(db, 'UPDATE testimonies SET consent = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(consent), now, testimonyId);
}

export function touch(db: Db, testimonyId: string, now: string): void {
  statement(db, 'UPDATE testimonies SET updated_at = ? WHERE id = ?').run(now, testimonyId);
}

export function listSessions(db: Db, testimonyId: string): InterviewSession[] {
  const rows = statement(db, 'SELECT data FROM interview_sessions WHERE testimony_id = ? ORDER BY position, id').pluck().all(testimonyId) as string[];
  return rows.map((data) => interviewSessionSchema.parse(json(data)));
}

export function sessionOwner(db: Db, sessionId: string): string | undefined {
  return statement(db, 'SELECT testimony_id FROM interview_sessions WHERE id = ?').pluck().get(sessionId) as string | undefined;
}

export function upsertSession(db: Db, testimonyId: string, session: InterviewSession, bounds: { earliest: string | null; latest: string | null }): void {
  const position = (statement(db, 'SELECT coalesce(max(position) + 1, 0) FROM interview_sessions WHERE testimony_id = ?').pluck().get(testimonyId) as number) ?? 0;
  statement(db, 
    `INSERT INTO interview_sessions (id, testimony_id, position, date_earliest, date_latest, data) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET date_earliest = excluded.date_earliest, date_latest = excluded.date_latest, data = excluded.data`,
  ).run(session.id, testimonyId, position, bounds.earliest, bounds.latest, JSON.stringify(session));
}

export function deleteSession(db: Db, sessionId: string): void {
  statement(db, 'DELETE FROM interview_sessions WHERE id = ?').run(sessionId);
}

export function listEvents(db: Db, testimonyId: string): VaultEvent[] {
  const rows = statement(db, 'SELECT data FROM events WHERE testimony_id = ? ORDER BY position, id').pluck().all(testimonyId) as string[];
  return rows.map((data) => eventSchema.parse(json(data)));
}

export function eventOwner(db: Db, eventId: string): string | undefined {
  return statement(db, 'SELECT testimony_id FROM events WHERE id = ?').pluck().get(eventId) as string | undefined;
}

export function upsertEvent(db: Db, testimonyId: string, event: VaultEvent, bounds: { earliest: string | null; latest: string | null }): void {
  const position = statement(db, 'SELECT coalesce(max(position) + 1, 0) FROM events WHERE testimony_id = ?').pluck().get(testimonyId) as number;
  statement(db, 
    `INSERT INTO events (id, testimony_id, position, act_type, date_earliest, date_latest, data) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET act_type = excluded.act_type, date_earliest = excluded.date_earliest,
       date_latest = excluded.date_latest, data = excluded.data`,
  ).run(event.id, testimonyId, position, event.actType, bounds.earliest, bounds.latest, JSON.stringify(event));
  statement(db, 'DELETE FROM event_people WHERE event_id = ?').run(event.id);
  const link = statement(db, 'INSERT OR IGNORE INTO event_people (event_id, person_id, part) VALUES (?, ?, ?)');
  for (const personId of event.victims) link.run(event.id, personId, 'victim');
  for (const p of event.perpetrators) if (p.personId) link.run(event.id, p.personId, 'perpetrator');
}

export function deleteEvent(db: Db, eventId: string): void {
  statement(db, 'DELETE FROM events WHERE id = ?').run(eventId);
}

interface LinkRow {
  person_id: string;
  role: string;
  age_at_events: string;
  notes: string;
}

export function listLinks(db: Db, testimonyId: string): TestimonyPerson[] {
  const rows = statement(db, 'SELECT person_id, role, age_at_events, notes FROM testimony_people WHERE testimony_id = ? ORDER BY position').all(testimonyId) as LinkRow[];
  return rows.map((r) => testimonyPersonSchema.parse({ personId: r.person_id, role: r.role, ageAtEvents: r.age_at_events, notes: r.notes }));
}

export function upsertLink(db: Db, testimonyId: string, link: TestimonyPerson): void {
  const position = statement(db, 'SELECT coalesce(max(position) + 1, 0) FROM testimony_people WHERE testimony_id = ?').pluck().get(testimonyId) as number;
  statement(db, 
    `INSERT INTO testimony_people (testimony_id, person_id, position, role, age_at_events, notes) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(testimony_id, person_id) DO UPDATE SET role = excluded.role, age_at_events = excluded.age_at_events, notes = excluded.notes`,
  ).run(testimonyId, link.personId, position, link.role, link.ageAtEvents, link.notes);
}

export function deleteLink(db: Db, testimonyId: string, personId: string): void {
  statement(db, 'DELETE FROM testimony_people WHERE testimony_id = ? AND person_id = ?').run(testimonyId, personId);
}

/** Events of this testimony that still name the person (as victim or perpetrator). */
export function eventsNaming(db: Db, testimonyId: string, personId: string): number {
  return statement(db, 'SELECT count(*) FROM event_people ep JOIN events e ON e.id = ep.event_id WHERE e.testimony_id = ? AND ep.person_id = ?')
    .pluck()
    .get(testimonyId, personId) as number;
}

export interface ListRowValues {
  dateEarliest: string | null;
  dateLatest: string | null;
  firstInterview: string | null;
  firstInterviewDay: string | null;
  consentGranted: string[];
  consentWithdrawn: string[];
  missing: string[];
  mediaCount: number;
}

/**
 * Rewrites the testimony's row of the list (testimony_list) from its record and derived
 * values, and returns its number (kept for the testimony's lifetime: the search index's
 * rowids are built on it).
 */
export function saveListRow(db: Db, record: TestimonyRecord, derived: ListRowValues): number {
  statement(
    db,
    `INSERT INTO testimony_list (id, code, title, status, sensitivity, languages, content_warnings, first_interview, first_interview_day,
       date_earliest, date_latest, consent_granted, consent_withdrawn, missing, media_count, people_count, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET code = excluded.code, title = excluded.title, status = excluded.status,
       sensitivity = excluded.sensitivity, languages = excluded.languages, content_warnings = excluded.content_warnings,
       first_interview = excluded.first_interview, first_interview_day = excluded.first_interview_day,
       date_earliest = excluded.date_earliest, date_latest = excluded.date_latest, consent_granted = excluded.consent_granted,
       consent_withdrawn = excluded.consent_withdrawn, missing = excluded.missing, media_count = excluded.media_count,
       people_count = excluded.people_count, created_at = excluded.created_at, updated_at = excluded.updated_at`,
  ).run(
    record.id,
    record.code,
    record.title,
    record.status,
    record.sensitivity,
    JSON.stringify(record.languages),
    JSON.stringify(record.contentWarnings),
    derived.firstInterview,
    derived.firstInterviewDay,
    derived.dateEarliest,
    derived.dateLatest,
    JSON.stringify(derived.consentGranted),
    JSON.stringify(derived.consentWithdrawn),
    JSON.stringify(derived.missing),
    derived.mediaCount,
    record.people.length,
    record.createdAt,
    record.updatedAt,
  );
  return statement<[string], number>(db, 'SELECT num FROM testimony_list WHERE id = ?').pluck().get(record.id)!;
}

/** Testimonies a person appears in (for reindexing after their names change, and their history). */
export function testimoniesOfPerson(db: Db, personId: string): string[] {
  return statement(db, 'SELECT testimony_id FROM testimony_people WHERE person_id = ?').pluck().all(personId) as string[];
}

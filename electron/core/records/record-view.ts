import { completeness } from '../../../shared/domain/completeness';
import type { RecordView } from '../../../shared/contract/record-operations';
import { getPeople, interviewsOfPerson } from '../db/queries/people';
import type { VaultSession } from '../vault/session';
import { requireRecord } from './record-store';

/** A testimony as its page shows it: the record, its people, its checklist, and who was interviewed before. */
export function recordView(session: VaultSession, testimonyId: string): RecordView {
  const db = session.db;
  const record = requireRecord(db, testimonyId);
  const people = getPeople(
    db,
    record.people.map((p) => p.personId),
  );
  const mediaCount = db.prepare('SELECT count(*) FROM media WHERE testimony_id = ?').pluck().get(testimonyId) as number;
  const priorInterviews: RecordView['priorInterviews'] = {};
  for (const person of people) {
    const elsewhere = interviewsOfPerson(db, person.id).filter((i) => i.testimonyId !== testimonyId);
    if (elsewhere.length > 0) priorInterviews[person.id] = elsewhere;
  }
  return { record, people, completeness: completeness(record, mediaCount), priorInterviews };
}

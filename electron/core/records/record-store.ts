import { VaultError } from '../../../shared/errors';
import { parseEdtf } from '../../../shared/domain/edtf';
import { consentDecision, grantedScopes } from '../../../shared/domain/consent';
import { CONSENT_SCOPES } from '../../../shared/domain/record';
import { missingItems } from '../../../shared/domain/completeness';
import type { TestimonyRecord } from '../../../shared/domain/record';
import type { Db } from '../db/connection';
import { getPeople, nameIndexes } from '../db/queries/people';
import { loadRecord, saveListRow } from '../db/queries/records';
import { replaceIndex } from '../db/queries/search';
import { indexRows, SEARCH_FIELDS } from './search-text';

/**
 * Reading a whole record, and keeping what is derived from it (list columns, search index)
 * in step with every write. Called inside the writing transaction, so the record and its
 * derived values always commit together.
 */
export function requireRecord(db: Db, testimonyId: string): TestimonyRecord {
  const record = loadRecord(db, testimonyId);
  if (!record) throw new VaultError('NOT_FOUND', 'This testimony does not exist.');
  return record;
}

export function edtfBounds(date: string | null): { earliest: string | null; latest: string | null } {
  if (date === null) return { earliest: null, latest: null };
  const parsed = parseEdtf(date);
  return parsed.ok ? parsed.value.bounds : { earliest: null, latest: null };
}

function mediaCount(db: Db, testimonyId: string): number {
  return db.prepare('SELECT count(*) FROM media WHERE testimony_id = ?').pluck().get(testimonyId) as number;
}

/** Recomputes the list columns and the search rows of one testimony from its stored record. */
export function refreshDerived(db: Db, testimonyId: string): void {
  const record = requireRecord(db, testimonyId);
  const dated = [...record.sessions.map((s) => s.date), ...record.events.map((e) => e.date)].map(edtfBounds);
  const earliest = dated.map((b) => b.earliest).filter((d): d is string => d !== null).sort()[0] ?? null;
  const latest = dated.map((b) => b.latest).filter((d): d is string => d !== null).sort().at(-1) ?? null;
  const sessionDates = record.sessions
    .filter((s) => s.date !== null)
    .map((s) => ({ date: s.date!, earliest: edtfBounds(s.date).earliest ?? '' }))
    .sort((a, b) => a.earliest.localeCompare(b.earliest));
  const media = mediaCount(db, testimonyId);
  const num = saveListRow(db, record, {
    dateEarliest: earliest,
    dateLatest: latest,
    firstInterview: sessionDates[0]?.date ?? null,
    firstInterviewDay: sessionDates[0]?.earliest || null,
    consentGranted: grantedScopes(record.consent),
    consentWithdrawn: CONSENT_SCOPES.filter((scope) => consentDecision(record.consent, scope) === 'withdrawn'),
    missing: missingItems(record, media),
    mediaCount: media,
  });
  const people = getPeople(
    db,
    record.people.map((p) => p.personId),
  );
  replaceIndex(db, num, indexRows(record, people, nameIndexes(db, people.map((p) => p.id))), SEARCH_FIELDS.length);
}

/** Names of the top-level keys whose values differ: what an audit event says changed. */
export function changedKeys(before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();
}

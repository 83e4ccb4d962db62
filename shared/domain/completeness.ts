import { consentDecision, ACCOUNTABILITY_SCOPES } from './consent';
import type { TestimonyRecord } from './record';

/**
 * What a testimony still lacks before it can go to an accountability mechanism, as a
 * checklist (not a score: a court needs each item, not a percentage). Based on what the
 * Eurojust/ICC guidelines for civil society documentation ask a submission to show.
 */
export const COMPLETENESS_ITEMS = [
  'summary',
  'languages',
  'interviewDate',
  'interviewPlace',
  'interviewer',
  'consentRecorded',
  'consentToShare',
  'witnessOrSurvivor',
  'eventWithActType',
  'eventDate',
  'eventPlace',
  'sourceReliability',
  'original',
] as const;
export type CompletenessItem = (typeof COMPLETENESS_ITEMS)[number];

export interface CompletenessCheck {
  item: CompletenessItem;
  done: boolean;
}

export function completeness(record: TestimonyRecord, mediaCount: number): CompletenessCheck[] {
  const checks: Record<CompletenessItem, boolean> = {
    summary: record.summary.trim().length > 0,
    languages: record.languages.length > 0,
    interviewDate: record.sessions.some((s) => s.date !== null),
    interviewPlace: record.sessions.some((s) => s.place.text.trim() !== '' || s.place.adminArea.trim() !== ''),
    interviewer: record.sessions.some((s) => s.interviewers.length > 0),
    consentRecorded: record.consent.obtained === 'yes' && (record.consent.obtainedOn !== null || record.consent.method !== null),
    consentToShare: ACCOUNTABILITY_SCOPES.some((scope) => consentDecision(record.consent, scope) === 'granted'),
    witnessOrSurvivor: record.people.some((p) => p.role === 'witness' || p.role === 'survivor' || p.role === 'victim'),
    eventWithActType: record.events.length > 0,
    eventDate: record.events.some((e) => e.date !== null),
    eventPlace: record.events.some((e) => e.place.text.trim() !== '' || e.place.adminArea.trim() !== ''),
    sourceReliability: record.source.reliability !== null,
    original: mediaCount > 0,
  };
  return COMPLETENESS_ITEMS.map((item) => ({ item, done: checks[item] }));
}

export function missingItems(record: TestimonyRecord, mediaCount: number): CompletenessItem[] {
  return completeness(record, mediaCount)
    .filter((c) => !c.done)
    .map((c) => c.item);
}

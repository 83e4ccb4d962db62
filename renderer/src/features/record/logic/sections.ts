import type { CompletenessItem } from '../../../../../shared/domain/completeness';

/**
 * The sections of a testimony page, in the order an interviewer works: what the testimony is,
 * consent before anything is recorded (Murad Code), the interview itself, who is in it, what
 * happened, where it came from, and the files.
 */
export const SECTION_IDS = ['overview', 'consent', 'sessions', 'people', 'events', 'source', 'files'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** The section that fixes each item of the completeness checklist. */
export const CHECKLIST_SECTION: Readonly<Record<CompletenessItem, SectionId>> = {
  summary: 'overview',
  languages: 'overview',
  interviewDate: 'sessions',
  interviewPlace: 'sessions',
  interviewer: 'sessions',
  consentRecorded: 'consent',
  consentToShare: 'consent',
  witnessOrSurvivor: 'people',
  eventWithActType: 'events',
  eventDate: 'events',
  eventPlace: 'events',
  sourceReliability: 'source',
  original: 'files',
};

/** The id of a section's heading, the target of the table of contents and the checklist. */
export function sectionHeadingId(section: SectionId): string {
  return `record-${section}-heading`;
}

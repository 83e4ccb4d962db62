import { arabicTokenVariants, searchTokens } from '../../../shared/text/normalize';
import type { Person, TestimonyRecord } from '../../../shared/domain/record';

/**
 * What the search index holds for a testimony: one row per field, each the normalised tokens
 * of that field plus their forms without an attached article or particle (بالمدينة is found
 * by مدينة). Fields are named so that a hit can say where it was found.
 */
/** Fields of the record, one row each (part 0). Stored by position in the rowids: only append. */
export const SEARCH_FIELDS = ['code', 'title', 'summary', 'tags', 'customFields', 'places', 'interviewers', 'people', 'names', 'events', 'notes'] as const;
/** Transcripts and translations: one row per paragraph, after the record's fields. */
export const TRANSCRIPT_FIELD = SEARCH_FIELDS.length;
export const FIELD_NAMES: readonly string[] = [...SEARCH_FIELDS, 'transcripts'];
export type SearchField = (typeof SEARCH_FIELDS)[number] | 'transcripts';

export function indexContent(text: string): string {
  const out = new Set<string>();
  for (const token of searchTokens(text)) for (const variant of arabicTokenVariants(token)) out.add(variant);
  return [...out].join(' ');
}

const join = (parts: readonly string[]) => parts.filter((p) => p.trim() !== '').join(' \n ');

export type RecordField = (typeof SEARCH_FIELDS)[number];

/**
 * `nameIndex`: each person's names as keyed hashes (people.name_index, users/identity-cipher.ts).
 * Names never enter the index in clear: editors hold the database key but not the identity key.
 */
export function fieldTexts(record: TestimonyRecord, people: readonly Person[], nameIndex: ReadonlyMap<string, string>): Record<RecordField, string> {
  const places = [...record.sessions.map((s) => s.place), ...record.events.map((e) => e.place)].flatMap((p) => [p.text, p.adminArea]);
  return {
    code: record.code,
    title: record.title,
    summary: record.summary,
    tags: join(record.tags),
    customFields: join(record.customFields.flatMap((f) => [f.key, f.value])),
    places: join(places),
    interviewers: join(record.sessions.flatMap((s) => [...s.interviewers, s.interpreter])),
    people: join(people.map((p) => p.code)),
    names: join(people.map((p) => nameIndex.get(p.id) ?? '')),
    events: join(record.events.flatMap((e) => [e.description, e.consequences, ...e.perpetrators.flatMap((p) => [p.unit, p.affiliation])])),
    notes: join([
      ...record.sessions.flatMap((s) => [s.wellbeingNotes, s.referralsOffered, s.othersPresent]),
      record.source.notes,
      record.consent.restrictions,
      ...record.people.map((p) => p.notes),
    ]),
  };
}

/** Rows for db/queries/search.ts: a field is stored as its index in SEARCH_FIELDS (append only). */
export function indexRows(record: TestimonyRecord, people: readonly Person[], nameIndex: ReadonlyMap<string, string>): { field: number; content: string }[] {
  const texts = fieldTexts(record, people, nameIndex);
  // The hashes are already index tokens: normalising them again would change nothing but time.
  return SEARCH_FIELDS.map((field, index) => ({ field: index, content: field === 'names' ? texts[field].replace(/ \n /g, ' ') : indexContent(texts[field]) }));
}

import { normalizeForSearch } from '../text/normalize';
import type { Entity, RedactionDocument } from './types';

/**
 * What must not appear in anything a publication writes (leak-check.ts searches for it):
 * - every redacted string, whatever the editor decided elsewhere;
 * - every entity that was redacted at least once, in all its recorded forms: redacting one
 *   "Branch 215" and leaving another is a leak;
 * - the names (every recorded spelling, alias and name part), contact details and birth date
 *   of every person of the testimony, interviewers and interpreters included, redacted or
 *   not. Rejecting a person's name as a suggestion does NOT take it off this list: only the
 *   core can exempt a person (exemptPersonIds), e.g. when consent to publish their identity was
 *   given, and that decision belongs in the audit log, not in a click on a suggestion;
 * - every recorded place, unless the editor rejected that place everywhere (a city of millions
 *   the narrative may name: an editorial decision the rejection records).
 * Units, affiliations and event dates are listed only once redacted: naming an army division
 * or the year of a massacre is often the point of a publication.
 */

export type LeakTermKind = 'redacted' | 'name' | 'namePart' | 'contact' | 'birthDate' | 'place' | 'organisation' | 'date' | 'other';

export interface LeakTerm {
  readonly text: string;
  readonly kind: LeakTermKind;
  readonly entityId: string | null;
}

export interface LeakTermOptions {
  /** People whose identity may be published (the core checks consent before passing them). */
  readonly exemptPersonIds?: readonly string[];
}

function isPersonLike(e: Entity): boolean {
  return e.origin === 'person' || e.origin === 'staff' || (e.origin === 'custom' && (e.category === 'person' || e.category === 'thirdParty'));
}

function kindOf(e: Entity): LeakTermKind {
  if (isPersonLike(e)) return 'name';
  if (e.origin === 'contact') return 'contact';
  if (e.origin === 'birthDate') return 'birthDate';
  switch (e.category) {
    case 'place':
      return 'place';
    case 'organisation':
      return 'organisation';
    case 'date':
      return 'date';
    default:
      return 'other';
  }
}

export function buildLeakTerms(doc: RedactionDocument, entities: readonly Entity[], options: LeakTermOptions = {}): LeakTerm[] {
  const exempt = new Set(options.exemptPersonIds ?? []);
  const redactedEntities = new Set(doc.redactions.map((r) => r.entityId));
  const rejectedPlaces = new Set(doc.rejections.filter((r) => r.start === null && r.category === 'place').map((r) => r.key));
  const terms: LeakTerm[] = [];
  const seen = new Set<string>();
  const add = (text: string, kind: LeakTermKind, entityId: string | null) => {
    // One term per text and entity: a hit then names every person it may point to.
    const key = `${entityId ?? ''}\u0000${normalizeForSearch(text)}`;
    if (normalizeForSearch(text) === '' || seen.has(key)) return;
    seen.add(key);
    terms.push({ text, kind, entityId });
  };
  for (const r of doc.redactions) add(doc.text.slice(r.start, r.end), 'redacted', r.entityId);
  for (const e of entities) {
    const redacted = redactedEntities.has(e.id);
    const kind = kindOf(e);
    const listed =
      redacted ||
      (e.personId !== null && exempt.has(e.personId) ? false : kind === 'name' || kind === 'contact' || kind === 'birthDate' || kind === 'place');
    if (!listed) continue;
    for (const v of e.variants) {
      if (!redacted && kind === 'place' && rejectedPlaces.has(normalizeForSearch(v))) continue;
      add(v, kind, e.id);
    }
    for (const p of e.parts) add(p, 'namePart', e.id);
  }
  return terms;
}

/**
 * How many times each text may appear in one output: the occurrences the editor looked at and
 * rejected one by one (the word نور, light, in a testimony by a woman called Nour). Counted,
 * not located, because offsets in a PDF or DOCX are not those of the text.
 */
export function leakAllowances(doc: RedactionDocument): Map<string, number> {
  const allowances = new Map<string, number>();
  for (const r of doc.rejections) if (r.start !== null) allowances.set(r.key, (allowances.get(r.key) ?? 0) + 1);
  return allowances;
}

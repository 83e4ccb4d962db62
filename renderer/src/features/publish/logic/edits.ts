import { boundaryProblem } from '../../../../../shared/redaction/document';
import { acceptSuggestions } from '../../../../../shared/redaction/decisions';
import { normalizeForSearch } from '../../../../../shared/text/normalize';
import type { CustomEntity, Redaction, RedactionCategory, RedactionDocument, ReplacementPolicy, Suggestion } from '../../../../../shared/redaction/types';

/**
 * The editor's own changes to a redaction document (accepting and rejecting suggestions are
 * the engine's decisions.ts). Each returns a new document; none changes its input.
 */

export const newId = (): string => crypto.randomUUID();

/**
 * A selection widened to whole written characters and trimmed of surrounding spaces: a span
 * that cut a letter from its diacritics would leave part of a name in the publication.
 */
export function snapSelection(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  while (s > 0 && boundaryProblem(text, s) !== null) s--;
  while (e < text.length && boundaryProblem(text, e) !== null) e++;
  return e > s ? { start: s, end: e } : null;
}

export interface ManualRedaction {
  readonly start: number;
  readonly end: number;
  readonly category: RedactionCategory;
  readonly policy: ReplacementPolicy;
  /** An entity the span belongs to; null: a new entity named by the selected text. */
  readonly entityId: string | null;
}

/**
 * Marks a span by hand. Without an entity, the selected text becomes a new entity of the
 * editor's own (customEntities), so that its other occurrences are suggested, it keeps one
 * pseudonym, and the leak check searches for it. An existing entity with the same text and
 * category is reused rather than duplicated. Overlapping redactions merge (decisions.ts).
 */
export function addManualRedaction(doc: RedactionDocument, mark: ManualRedaction): RedactionDocument {
  const piece = doc.text.slice(mark.start, mark.end);
  let entityId = mark.entityId;
  let customEntities = doc.customEntities;
  if (entityId === null) {
    const key = normalizeForSearch(piece);
    const same = doc.customEntities.find((c) => c.category === mark.category && [c.display, ...c.variants].some((v) => normalizeForSearch(v) === key));
    if (same !== undefined) entityId = same.id;
    else {
      const created: CustomEntity = { id: `custom:${newId()}`, category: mark.category, display: piece.trim(), variants: [], adminArea: '', role: null };
      customEntities = [...customEntities, created];
      entityId = created.id;
    }
  }
  const suggestion: Suggestion = {
    start: mark.start,
    end: mark.end,
    text: piece,
    key: normalizeForSearch(piece),
    entityId,
    candidates: [entityId],
    category: mark.category,
    policy: mark.policy,
    source: 'record',
    reason: 'custom',
  };
  return acceptSuggestions({ ...doc, customEntities }, [suggestion], newId);
}

export function removeRedaction(doc: RedactionDocument, redactionId: string): RedactionDocument {
  return { ...doc, redactions: doc.redactions.filter((r) => r.id !== redactionId) };
}

/**
 * One policy for every span of an entity (or for one hand-marked span): an entity that is
 * "Witness A" in one sentence and "[name]" in the next would read as two people.
 */
export function setPolicy(doc: RedactionDocument, redactionId: string, policy: ReplacementPolicy): RedactionDocument {
  const target = doc.redactions.find((r) => r.id === redactionId);
  if (target === undefined) return doc;
  const same = (id: string, entityId: string | null) => id === redactionId || (target.entityId !== null && entityId === target.entityId);
  return { ...doc, redactions: doc.redactions.map((r) => (same(r.id, r.entityId) ? { ...r, policy } : r)) };
}

/** The editor's own pseudonym for an entity; empty text goes back to the generated one. */
export function setPseudonym(doc: RedactionDocument, entityId: string, text: string): RedactionDocument {
  const others = doc.pseudonyms.filter((p) => p.entityId !== entityId);
  const trimmed = text.trim();
  return { ...doc, pseudonyms: trimmed === '' ? others : [...others, { entityId, text: trimmed }] };
}

/**
 * Joins redactions of one entity that only spaces separate ("فاطمه" + " " + "عبدالرحمن",
 * found as two name parts): published apart they read "Survivor A Survivor A", and the space
 * between two halves of a name is part of the name.
 */
export function joinAdjacent(doc: RedactionDocument): RedactionDocument {
  const sorted = [...doc.redactions].sort((a, b) => a.start - b.start);
  const joined: Redaction[] = [];
  for (const r of sorted) {
    const last = joined[joined.length - 1];
    const between = last === undefined ? null : doc.text.slice(last.end, r.start);
    if (
      last !== undefined &&
      between !== null &&
      /^[^\S\n]*$/u.test(between) &&
      last.entityId !== null &&
      last.entityId === r.entityId &&
      last.policy === r.policy &&
      last.replacement === null &&
      r.replacement === null
    )
      joined[joined.length - 1] = { ...last, end: r.end };
    else joined.push(r);
  }
  return joined.length === doc.redactions.length ? doc : { ...doc, redactions: joined };
}

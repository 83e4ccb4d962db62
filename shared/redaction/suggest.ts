import { normalizeForSearch, normalizeWithSpans } from '../text/normalize';
import { buildTermIndex, findTerms } from './matching';
import { findPatterns, type PatternKind } from './patterns';
import {
  defaultPolicy,
  type Entity,
  type EntityOrigin,
  type RedactionCategory,
  type RedactionDocument,
  type ReplacementPolicy,
  type Suggestion,
  type SuggestionReason,
  type SuggestionSource,
} from './types';

/**
 * What the editor should look at: every occurrence of the record's entities (names in every
 * spelling and their parts, contacts, places, units, dates), every pattern (phones, e-mails,
 * ID and passport numbers, dates), and every other occurrence of something already redacted
 * ("sameEntity": once one "Abu Samir" is redacted, all are flagged, with the same policy).
 *
 * Left out: occurrences already inside a redaction, and rejected ones. A rejection everywhere
 * (key + category) silences record and pattern suggestions of that text; it never silences
 * sameEntity ones: once the editor redacted an entity, a forgotten occurrence of it is the
 * leak the check exists for. A suggestion inside a longer one (the given name inside the
 * full name) is left out too; it comes back if the longer one is rejected.
 */

export interface SuggestOptions {
  /** Also suggest function words that fold to a name (على for علي): off, see matching.ts. */
  readonly includeLowConfidence?: boolean;
}

const REASON_OF_ORIGIN: Readonly<Record<EntityOrigin, SuggestionReason>> = {
  person: 'name',
  contact: 'contact',
  birthDate: 'birthDate',
  eventPlace: 'place',
  sessionPlace: 'place',
  unit: 'organisation',
  affiliation: 'organisation',
  eventDate: 'recordedDate',
  staff: 'staff',
  custom: 'custom',
};
const PATTERN_REASON: Readonly<Record<PatternKind, SuggestionReason>> = { phone: 'phone', email: 'email', idNumber: 'idNumber', passport: 'passport', date: 'date' };
const PRIORITY: Readonly<Record<SuggestionSource, number>> = { sameEntity: 0, record: 1, pattern: 2 };

interface TermInfo {
  readonly entity: Entity | null;
  readonly part: boolean;
  /** For terms taken from a redaction: its category and policy. */
  readonly fromRedaction: { readonly category: RedactionCategory; readonly policy: ReplacementPolicy } | null;
}

export function suggest(doc: RedactionDocument, entities: readonly Entity[], options: SuggestOptions = {}): Suggestion[] {
  const { text } = doc;
  const byId = new Map(entities.map((e) => [e.id, e]));
  const redactedPolicy = new Map<string, ReplacementPolicy>();
  for (const r of doc.redactions) if (r.entityId !== null && !redactedPolicy.has(r.entityId)) redactedPolicy.set(r.entityId, r.policy);

  const terms: string[] = [];
  const info: TermInfo[] = [];
  const addTerm = (term: string, i: TermInfo) => {
    terms.push(term);
    info.push(i);
  };
  for (const e of entities) {
    for (const v of e.variants) addTerm(v, { entity: e, part: false, fromRedaction: null });
    for (const p of e.parts) addTerm(p, { entity: e, part: true, fromRedaction: null });
  }
  // The redacted texts themselves: a span linked to an entity may be a form the record lacks.
  for (const r of doc.redactions) {
    const entity = r.entityId === null ? null : (byId.get(r.entityId) ?? null);
    addTerm(text.slice(r.start, r.end), { entity, part: false, fromRedaction: { category: r.category, policy: r.policy } });
  }

  const spans = normalizeWithSpans(text);
  const groups = new Map<string, { start: number; end: number; terms: number[]; low: boolean }>();
  for (const m of findTerms(text, buildTermIndex(terms), spans)) {
    const key = `${m.start}:${m.end}`;
    const g = groups.get(key) ?? { start: m.start, end: m.end, terms: [], low: true };
    g.terms.push(m.term);
    g.low &&= m.lowConfidence;
    groups.set(key, g);
  }

  const all: Suggestion[] = [];
  for (const g of groups.values()) {
    if (g.low && options.includeLowConfidence !== true) continue;
    const infos = g.terms.map((t) => info[t]!);
    const whole = unique(infos.filter((i) => !i.part && i.entity !== null).map((i) => i.entity!.id));
    const partOf = unique(infos.filter((i) => i.part).map((i) => i.entity!.id));
    const candidates = unique([...whole, ...partOf]);
    const entityId = whole.length === 1 ? whole[0]! : whole.length === 0 && partOf.length === 1 ? partOf[0]! : null;
    const adHoc = infos.find((i) => i.fromRedaction !== null && i.entity === null)?.fromRedaction ?? null;
    const piece = text.slice(g.start, g.end);
    const base = { start: g.start, end: g.end, text: piece, key: normalizeForSearch(piece), entityId, candidates };
    const entity = byId.get(entityId ?? candidates[0] ?? '');
    if (entity === undefined) {
      // Only a hand-marked span's text matched here: flag it like that span.
      if (adHoc !== null) all.push({ ...base, category: adHoc.category, policy: adHoc.policy, source: 'sameEntity', reason: 'sameText' });
      continue;
    }
    const decided = entityId === null ? undefined : redactedPolicy.get(entityId);
    all.push({
      ...base,
      category: entity.category,
      policy: decided ?? defaultPolicy(entity.category),
      source: decided === undefined ? 'record' : 'sameEntity',
      reason: decided !== undefined ? 'sameEntity' : whole.length === 0 ? 'namePart' : REASON_OF_ORIGIN[entity.origin],
    });
  }
  for (const p of findPatterns(text, spans)) {
    const piece = text.slice(p.start, p.end);
    all.push({
      start: p.start,
      end: p.end,
      text: piece,
      key: normalizeForSearch(piece),
      entityId: null,
      candidates: [],
      category: p.category,
      policy: defaultPolicy(p.category),
      source: 'pattern',
      reason: PATTERN_REASON[p.kind],
    });
  }
  return prune(all, doc);
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function prune(all: readonly Suggestion[], doc: RedactionDocument): Suggestion[] {
  const redactions = [...doc.redactions].sort((a, b) => a.start - b.start);
  const covered = (s: Suggestion) => {
    let reach = s.start;
    for (const r of redactions) {
      if (r.start > reach) break;
      if (r.end > reach) reach = r.end;
      if (reach >= s.end) return true;
    }
    return false;
  };
  const rejected = (s: Suggestion) =>
    doc.rejections.some((r) =>
      r.start === null ? s.source !== 'sameEntity' && r.key === s.key && r.category === s.category : r.start === s.start && r.end === s.end && r.key === s.key,
    );
  const candidates = all
    .filter((s) => !covered(s) && !rejected(s))
    .sort((a, b) => a.start - b.start || b.end - a.end || PRIORITY[a.source] - PRIORITY[b.source]);
  const kept: Suggestion[] = [];
  let reach = -1;
  for (const s of candidates) {
    if (s.end <= reach) continue;
    kept.push(s);
    reach = Math.max(reach, s.end);
  }
  return kept;
}

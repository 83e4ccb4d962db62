import { assertSoundDocument } from './document';
import type { Redaction, RedactionDocument, Suggestion } from './types';

/**
 * The editor's answers to suggestions, as new documents (the input is never changed).
 *
 * Accepting turns suggestions into redactions. Suggestions may overlap each other or an
 * existing redaction (the full name of one person over the given name of another); overlapping
 * spans are merged into one, because apply() needs disjoint spans and a half-redacted name is
 * a leak. A merged span keeps its entity only when every piece agrees on it (else it becomes a
 * hand-marked span), and the category and policy of its longest piece.
 */

export function acceptSuggestions(doc: RedactionDocument, suggestions: readonly Suggestion[], newId: () => string): RedactionDocument {
  const added: Redaction[] = suggestions.map((s) => ({
    id: newId(),
    start: s.start,
    end: s.end,
    entityId: s.entityId,
    category: s.category,
    policy: s.policy,
    replacement: null,
  }));
  const all = [...doc.redactions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Redaction[] = [];
  let cluster: Redaction[] = [];
  const flush = () => {
    if (cluster.length === 0) return;
    if (cluster.length === 1) merged.push(cluster[0]!);
    else {
      const longest = cluster.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
      const entities = new Set(cluster.map((r) => r.entityId));
      // An existing redaction keeps its id, so the editor's history of it survives the merge.
      const kept = cluster.find((r) => doc.redactions.includes(r)) ?? longest;
      merged.push({
        id: kept.id,
        start: Math.min(...cluster.map((r) => r.start)),
        end: Math.max(...cluster.map((r) => r.end)),
        entityId: entities.size === 1 ? longest.entityId : null,
        category: longest.category,
        policy: longest.policy,
        replacement: null,
      });
    }
    cluster = [];
  };
  let reach = -1;
  for (const r of all) {
    if (r.start >= reach) flush();
    cluster.push(r);
    reach = Math.max(reach, r.end);
  }
  flush();
  const next = { ...doc, redactions: merged };
  assertSoundDocument(next);
  return next;
}

/**
 * Records that a suggestion is not sensitive: here only (this occurrence) or everywhere (this
 * text in this category, e.g. a city of millions the narrative may name).
 */
export function rejectSuggestion(doc: RedactionDocument, suggestion: Suggestion, scope: 'here' | 'everywhere'): RedactionDocument {
  const rejection = {
    key: suggestion.key,
    category: suggestion.category,
    start: scope === 'here' ? suggestion.start : null,
    end: scope === 'here' ? suggestion.end : null,
  };
  const known = doc.rejections.some(
    (r) => r.key === rejection.key && r.category === rejection.category && r.start === rejection.start && r.end === rejection.end,
  );
  return known ? doc : { ...doc, rejections: [...doc.rejections, rejection] };
}

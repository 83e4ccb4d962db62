import type { Entity, RedactionCategory, Suggestion } from '../../../../../shared/redaction/types';

/**
 * Suggestions gathered the way an editor decides them: all occurrences of one entity (every
 * spelling of one person) together, so "accept all of Witness A" is one action; suggestions
 * without a single entity (a phone number pattern, a name two people share) by their text.
 * Same-entity flags (a forgotten occurrence of something already redacted) come first: they are
 * the leaks the export would refuse.
 */

export interface SuggestionGroup {
  readonly key: string;
  /** What the group is called in the list: the entity's display name, or the text found. */
  readonly label: string;
  readonly category: RedactionCategory;
  readonly entityId: string | null;
  /** True when an occurrence of an entity the editor already redacted is left unredacted. */
  readonly flagged: boolean;
  readonly items: readonly Suggestion[];
}

export function groupSuggestions(suggestions: readonly Suggestion[], entities: readonly Entity[]): SuggestionGroup[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const groups = new Map<string, { label: string; category: RedactionCategory; entityId: string | null; flagged: boolean; items: Suggestion[] }>();
  for (const s of suggestions) {
    const entity = s.entityId === null ? undefined : byId.get(s.entityId);
    const key = entity !== undefined ? `entity:${entity.id}` : `text:${s.category}:${s.key}`;
    const group = groups.get(key) ?? { label: entity?.display ?? s.text, category: s.category, entityId: entity?.id ?? null, flagged: false, items: [] };
    group.items.push(s);
    group.flagged ||= s.source === 'sameEntity';
    groups.set(key, group);
  }
  return [...groups.entries()]
    .map(([key, g]) => ({ key, ...g }))
    .sort((a, b) => Number(b.flagged) - Number(a.flagged) || a.items[0]!.start - b.items[0]!.start);
}

/** Up to `reach` characters each side of a span, cut at word boundaries, for the list. */
export function excerptAround(text: string, start: number, end: number, reach = 30): { before: string; match: string; after: string } {
  let from = Math.max(0, start - reach);
  let to = Math.min(text.length, end + reach);
  while (from > 0 && from < start && !/\s/u.test(text[from - 1]!)) from++;
  while (to < text.length && to > end && !/\s/u.test(text[to]!)) to--;
  const flat = (s: string) => s.replace(/\s+/gu, ' ');
  return {
    before: `${from > 0 ? '…' : ''}${flat(text.slice(from, start))}`,
    match: text.slice(start, end),
    after: `${flat(text.slice(end, to))}${to < text.length ? '…' : ''}`,
  };
}

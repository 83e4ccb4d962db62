import { cliticVariants } from './arabic-clitics';
import { normalizeWithSpans, searchTokens } from './normalize';

export interface TextRange {
  /** UTF-16 index in the original text, inclusive. */
  readonly start: number;
  /** UTF-16 index in the original text, exclusive. */
  readonly end: number;
}

/**
 * A query token of one letter matches only a whole word: as a prefix it would light up most of
 * a text. The search index applies the same rule (electron/core/records/testimony-search.ts).
 */
export const MIN_PREFIX_LENGTH = 2;

/**
 * Where a query is found in a text, for highlighting: each query token that starts a word of
 * the text, or starts one of its forms without attached particles and article (arabic-clitics:
 * مدينة finds بالمدينة, and only مدينة is highlighted), both sides normalised (normalize.ts).
 * Ranges are in the ORIGINAL text and cover whole written characters with their diacritics;
 * they are sorted, and overlapping or touching ranges are merged.
 */
export function findMatches(text: string, query: string): TextRange[] {
  const queryTokens = [...new Set(searchTokens(query))];
  if (queryTokens.length === 0) return [];
  const { normalized, starts, ends } = normalizeWithSpans(text);
  const ranges: TextRange[] = [];
  let offset = 0;
  for (const word of normalized.split(' ')) {
    if (word !== '') {
      const variants = cliticVariants(word);
      for (const q of queryTokens) {
        const whole = [...q].length < MIN_PREFIX_LENGTH;
        // The least-stripped form that matches: one range per word and query token.
        const v = variants.find((c) => (whole ? c.text === q : c.text.startsWith(q)) && (!c.restoredAlef || q.length >= 2));
        if (v === undefined) continue;
        const from = offset + v.start;
        const to = from + q.length - (v.restoredAlef ? 1 : 0);
        ranges.push({ start: starts[from]!, end: ends[to - 1]! });
      }
    }
    offset += word.length + 1;
  }
  return mergeRanges(ranges);
}

export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && r.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, r.end) };
    else merged.push(r);
  }
  return merged;
}

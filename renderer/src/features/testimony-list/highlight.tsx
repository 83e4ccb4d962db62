import { findMatches } from '../../../../shared/text/match';

/**
 * A value with the parts that match the search marked. The matching is the core's own
 * (Arabic-aware: أحمد is marked for a search typed احمد), and the ranges are in the original
 * text, so diacritics stay attached to their letters. The whole value is one isolate: a Latin
 * code in an Arabic row keeps its own direction.
 */
export function Highlight({ text, query }: { text: string; query: string }) {
  const ranges = query.trim() === '' ? [] : findMatches(text, query);
  if (ranges.length === 0) return <bdi>{text}</bdi>;
  const parts = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start > at) parts.push(text.slice(at, range.start));
    parts.push(<mark key={range.start}>{text.slice(range.start, range.end)}</mark>);
    at = range.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <bdi>{parts}</bdi>;
}

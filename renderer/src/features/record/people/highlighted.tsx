import { findMatches } from '../../../../../shared/text/match';

/** A name with the parts that matched the search marked (Arabic-aware, as the search itself). */
export function Highlighted({ text, query }: { text: string; query: string }) {
  const ranges = findMatches(text, query);
  const parts: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start > at) parts.push({ text: text.slice(at, range.start), hit: false });
    parts.push({ text: text.slice(range.start, range.end), hit: true });
    at = range.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return (
    <bdi>
      {parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </bdi>
  );
}

import type { Redaction, Suggestion } from '../../../../../shared/redaction/types';

/**
 * The narrative cut into what the editor sees: paragraphs (each laid out in its own direction)
 * made of pieces that are plain text, a redaction, or a suggestion. Redactions are disjoint
 * (the engine refuses overlaps) and suggestions are disjoint among themselves; where a
 * suggestion runs into a redaction the redaction wins, since it is what will be published.
 * Offsets stay those of the whole text, so a selection maps back to the document.
 */

export type Piece =
  | { readonly kind: 'plain'; readonly start: number; readonly end: number }
  | { readonly kind: 'redaction'; readonly start: number; readonly end: number; readonly redaction: Redaction }
  | { readonly kind: 'suggestion'; readonly start: number; readonly end: number; readonly suggestion: Suggestion };

export interface Paragraph {
  readonly start: number;
  readonly end: number;
  readonly pieces: readonly Piece[];
}

type Mark = Exclude<Piece, { kind: 'plain' }>;

function marksOf(redactions: readonly Redaction[], suggestions: readonly Suggestion[]): Mark[] {
  const marks: Mark[] = redactions.map((r) => ({ kind: 'redaction', start: r.start, end: r.end, redaction: r }));
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  for (const s of suggestions) {
    // Clip the suggestion to the parts no redaction covers; a fully covered one is not shown.
    let start = s.start;
    for (const r of sorted) {
      if (r.end <= start || r.start >= s.end) continue;
      if (r.start > start) marks.push({ kind: 'suggestion', start, end: r.start, suggestion: s });
      start = Math.max(start, r.end);
    }
    if (start < s.end) marks.push({ kind: 'suggestion', start, end: s.end, suggestion: s });
  }
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function paragraphsOf(text: string, redactions: readonly Redaction[], suggestions: readonly Suggestion[]): Paragraph[] {
  const marks = marksOf(redactions, suggestions);
  const paragraphs: Paragraph[] = [];
  let at = 0;
  let m = 0;
  while (at <= text.length) {
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline;
    const pieces: Piece[] = [];
    let cursor = at;
    // A mark may span a line break (rare: a pasted name over two lines); it is cut at the break.
    while (m < marks.length && marks[m]!.end <= at) m++;
    for (let i = m; i < marks.length && marks[i]!.start < end; i++) {
      const mark = marks[i]!;
      const s = Math.max(mark.start, at, cursor);
      const e = Math.min(mark.end, end);
      if (e <= s) continue;
      if (s > cursor) pieces.push({ kind: 'plain', start: cursor, end: s });
      pieces.push({ ...mark, start: s, end: e });
      cursor = e;
    }
    if (cursor < end) pieces.push({ kind: 'plain', start: cursor, end });
    paragraphs.push({ start: at, end, pieces });
    if (newline === -1) break;
    at = newline + 1;
  }
  return paragraphs;
}

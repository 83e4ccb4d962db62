import { mergeRanges } from '../text/match';
import { normalizeForSearch, normalizeWithSpans } from '../text/normalize';
import type { LeakTerm, LeakTermKind } from './leak-terms';
import { buildTermIndex, findTerms } from './matching';

/**
 * The last gate before a publication is written: every sensitive term (leak-terms.ts) is
 * searched for in every output, with the matcher the suggestions use (matching.ts: Arabic
 * and Latin variants, attached particles, words split or joined, digits of any class), and any
 * hit refuses the export. The caller passes each output as text: the narrative, the PDF's text
 * layer (pdftotext), each DOCX part's text (xml-text.ts), the metadata, every file name.
 *
 * Decisions:
 * - Threshold: a term is skipped only when it normalises to fewer than 2 letters or digits
 *   (an initial, a lone digit): as a whole word it would match every "a", "و" or "5" and
 *   the check would refuse everything, which teaches people to work around it. Two-letter
 *   recorded names (Jo, Li) are kept: a refusal the editor can resolve is cheaper than a
 *   leak. Derived name parts already start at 3 letters (name-parts.ts). Skipped terms are
 *   returned so the screen can say so.
 * - A hit is allowed (reported, not refusing) when the editor rejected that many occurrences of
 *   the text one by one (leakAllowances), or when it is a function word that only folds to a
 *   name (على for علي, see matching.ts): flagging every "on" of an Arabic text would make
 *   the check unusable. This is the one known gap: a name typed as على by someone who writes
 *   every final ya without dots is not caught unless it was recorded that way.
 * - The report never contains a term's text: a hit gives the index of the term in the list
 *   the caller passed (the caller shows the editor which name it is), and its excerpt masks
 *   every hit in it. Reports travel through IPC, error envelopes and perhaps logs; an excerpt
 *   that repeated the name would be the leak it reports.
 */

export interface LeakOutput {
  /** Where the text is, for the editor: "narrative.pdf text layer", "file name". */
  readonly where: string;
  readonly text: string;
}

export interface LeakHit {
  readonly where: string;
  /** UTF-16 offsets in that output's text. */
  readonly start: number;
  readonly end: number;
  /** Indexes into the terms passed to checkLeaks. */
  readonly terms: readonly number[];
  readonly kinds: readonly LeakTermKind[];
  readonly entityIds: readonly string[];
  /** Up to ~40 characters each side, whole words, every hit masked. */
  readonly excerpt: string;
  readonly allowed: boolean;
}

export interface LeakReport {
  /** True when no hit refuses the export. */
  readonly ok: boolean;
  readonly hits: readonly LeakHit[];
  /** Terms too short to search for (indexes). */
  readonly skipped: readonly number[];
}

export interface LeakCheckOptions {
  /** Normalised text -> how many hits of it each output may contain (leakAllowances). */
  readonly allowances?: ReadonlyMap<string, number>;
}

export const MIN_LEAK_TERM_LENGTH = 2;
const MASK = '█████';
const CONTEXT = 40;

function excerpt(text: string, start: number, end: number, masked: readonly { start: number; end: number }[]): string {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(text.length, end + CONTEXT);
  // Whole words only: a cut word may be the part of a name no term covers.
  if (from > 0) {
    const space = text.slice(from, start).search(/\s/u);
    from = space === -1 ? start : from + space + 1;
  }
  if (to < text.length) {
    const lastSpace = text.slice(end, to).search(/\s\S*$/u);
    to = lastSpace === -1 ? end : end + lastSpace;
  }
  // masked is sorted and disjoint: start at the first range that reaches into the window.
  let lo = 0;
  let hi = masked.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (masked[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  let out = '';
  let at = from;
  for (let i = lo; i < masked.length && masked[i]!.start < to; i++) {
    const m = masked[i]!;
    out += text.slice(at, Math.max(at, m.start)) + MASK;
    at = Math.min(m.end, to);
  }
  out += text.slice(at, to);
  return out.replace(/\s+/gu, ' ').trim();
}

export function checkLeaks(outputs: readonly LeakOutput[], terms: readonly LeakTerm[], options: LeakCheckOptions = {}): LeakReport {
  const skipped: number[] = [];
  const searched: number[] = [];
  terms.forEach((t, i) => {
    if ([...normalizeForSearch(t.text).replace(/ /gu, '')].length < MIN_LEAK_TERM_LENGTH) skipped.push(i);
    else searched.push(i);
  });
  const index = buildTermIndex(searched.map((i) => terms[i]!.text));
  const keys = terms.map((t) => normalizeForSearch(t.text));
  const hits: LeakHit[] = [];
  for (const output of outputs) {
    const budget = new Map(options.allowances ?? []);
    const groups = new Map<string, { start: number; end: number; terms: number[]; low: boolean }>();
    for (const m of findTerms(output.text, index, normalizeWithSpans(output.text))) {
      const key = `${m.start}:${m.end}`;
      const g = groups.get(key) ?? { start: m.start, end: m.end, terms: [], low: true };
      g.terms.push(searched[m.term]!);
      g.low &&= m.lowConfidence;
      groups.set(key, g);
    }
    const found = [...groups.values()].sort((a, b) => a.start - b.start || b.end - a.end);
    const masked = mergeRanges(found);
    // A hit inside a longer one (the given name inside the full name) is the same occurrence.
    let reach = -1;
    for (const g of found) {
      if (g.end <= reach) continue;
      reach = g.end;
      let allowed = g.low;
      if (!allowed) {
        const key = g.terms.map((t) => keys[t]!).find((k) => (budget.get(k) ?? 0) > 0);
        if (key !== undefined) {
          budget.set(key, budget.get(key)! - 1);
          allowed = true;
        }
      }
      hits.push({
        where: output.where,
        start: g.start,
        end: g.end,
        terms: g.terms,
        kinds: [...new Set(g.terms.map((t) => terms[t]!.kind))],
        entityIds: [...new Set(g.terms.map((t) => terms[t]!.entityId).filter((id) => id !== null))],
        excerpt: excerpt(output.text, g.start, g.end, masked),
        allowed,
      });
    }
  }
  return { ok: hits.every((h) => h.allowed), hits, skipped };
}

import { buildLeakTerms, leakAllowances, type LeakTerm } from '../../../shared/redaction/leak-terms';
import { checkLeaks } from '../../../shared/redaction/leak-check';
import { normalizeForSearch, normalizeWithSpans } from '../../../shared/text/normalize';
import type { Entity, RedactionDocument } from '../../../shared/redaction/types';
import type { LeakHitView } from '../../../shared/contract/publish-operations';

/**
 * The gate before anything is written: every sensitive term of the testimony (redacted
 * strings, every recorded name, alias, name part, contact detail, birth date and place of its
 * people; shared/redaction/leak-terms.ts) is searched for, normalised, in every text view of
 * every output. Hits come back with where they are; the caller refuses and writes nothing.
 *
 * A second, literal pass covers terms built of words joined by punctuation (e-mail addresses,
 * user names, web addresses): the engine's matcher does not find "mariam@example.org" as a
 * whole (it finds its name part at best), so such terms are also searched as normalised text
 * between word boundaries. A hit of either pass inside a longer one is the same occurrence.
 */

export interface CheckedText {
  /** The output file ('' for the list of file names). */
  readonly file: string;
  /** Which view of it: 'text', 'text layer', 'word/document.xml (text)', 'file names'. */
  readonly part: string;
  /** PDF page, 1-based. */
  readonly page: number | null;
  readonly text: string;
}

export interface LeakCheckInput {
  readonly document: RedactionDocument;
  readonly entities: readonly Entity[];
  /** People whose identity consent lets the publication name. */
  readonly exemptPersonIds: readonly string[];
}

interface Found {
  readonly output: number;
  readonly start: number;
  readonly end: number;
  readonly kinds: LeakHitView['kinds'];
  readonly entityIds: string[];
}

const JOINED = /[@._:/]/u;
const MASK = '█████';
const CONTEXT = 40;

function literalHits(outputs: readonly CheckedText[], terms: readonly LeakTerm[]): Found[] {
  const joined = terms.filter((t) => JOINED.test(t.text.trim())).map((t) => ({ term: t, key: normalizeForSearch(t.text) }));
  const usable = joined.filter((j) => [...j.key.replace(/ /gu, '')].length >= 3);
  if (usable.length === 0) return [];
  const found: Found[] = [];
  outputs.forEach((output, index) => {
    const spans = normalizeWithSpans(output.text);
    const hay = spans.normalized;
    for (const { term, key } of usable) {
      for (let at = hay.indexOf(key); at !== -1; at = hay.indexOf(key, at + 1)) {
        const end = at + key.length;
        if ((at > 0 && hay[at - 1] !== ' ') || (end < hay.length && hay[end] !== ' ')) continue;
        found.push({ output: index, start: spans.starts[at]!, end: spans.ends[end - 1]!, kinds: [term.kind], entityIds: term.entityId === null ? [] : [term.entityId] });
      }
    }
  });
  return found;
}

/** Context of a hit in whole words, every known hit in it masked: the excerpt must not be the leak. */
function excerptOf(text: string, start: number, end: number, masked: readonly Found[]): string {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(text.length, end + CONTEXT);
  if (from > 0) from = Math.min(start, from + Math.max(0, text.slice(from, start).search(/\s/u)) + 1);
  if (to < text.length) {
    const last = text.slice(end, to).search(/\s\S*$/u);
    to = last === -1 ? end : end + last;
  }
  const ranges = masked.filter((m) => m.end > from && m.start < to).sort((a, b) => a.start - b.start);
  let out = '';
  let at = from;
  for (const m of ranges) {
    if (m.end <= at) continue;
    out += text.slice(at, Math.max(at, m.start)) + MASK;
    at = Math.min(m.end, to);
  }
  out += text.slice(at, to);
  return out.replace(/\s+/gu, ' ').trim();
}

export function findLeaks(outputs: readonly CheckedText[], input: LeakCheckInput): LeakHitView[] {
  const terms = buildLeakTerms(input.document, input.entities, { exemptPersonIds: input.exemptPersonIds });
  const report = checkLeaks(
    outputs.map((o, i) => ({ where: String(i), text: o.text })),
    terms,
    { allowances: leakAllowances(input.document) },
  );
  const engine: Found[] = report.hits
    .filter((h) => !h.allowed)
    .map((h) => ({ output: Number(h.where), start: h.start, end: h.end, kinds: [...h.kinds], entityIds: [...h.entityIds] }));
  const all = [...engine, ...literalHits(outputs, terms)].sort((a, b) => a.output - b.output || a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const f of all) {
    const outer = kept.at(-1);
    if (outer !== undefined && outer.output === f.output && f.start >= outer.start && f.end <= outer.end) continue;
    kept.push(f);
  }
  return kept.map((f) => {
    const output = outputs[f.output]!;
    return {
      file: output.file,
      part: output.part,
      page: output.page,
      start: f.start,
      end: f.end,
      excerpt: excerptOf(output.text, f.start, f.end, kept.filter((k) => k.output === f.output)),
      kinds: f.kinds,
      entityIds: f.entityIds,
      found: output.text.slice(f.start, f.end),
    };
  });
}

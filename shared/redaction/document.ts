import { isCombiningMark } from '../text/fold';
import { normalizeForSearch } from '../text/normalize';
import { RedactionError, redactionDocumentSchema, type RedactionDocument, type RedactionErrorCode } from './types';

/**
 * Loading and checking a redaction document. The core stores it encrypted and the renderer
 * sends edits of it, so it is parsed like any outside input: the schema first, then what a
 * schema cannot say about offsets. A span that overlaps another, runs past the text or cuts a
 * character in two would make apply() produce text nobody reviewed, so it is refused with the
 * ids involved (never the text: messages may reach logs).
 */

export interface DocumentIssue {
  readonly code: RedactionErrorCode;
  readonly message: string;
  readonly ids: readonly string[];
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Why an offset cannot be a span boundary: inside a surrogate pair or before a diacritic. */
export function boundaryProblem(text: string, offset: number): 'surrogate' | 'mark' | null {
  if (offset <= 0 || offset >= text.length) return null;
  if (isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset))) return 'surrogate';
  const next = String.fromCodePoint(text.codePointAt(offset)!);
  // A combining mark (tashkeel, an accent) belongs to the letter before it: a boundary here
  // would leave a vowel sign on the replacement, or part of a letter unredacted.
  return isCombiningMark(next) ? 'mark' : null;
}

function spanIssues(text: string, id: string, start: number, end: number, what: string): DocumentIssue[] {
  if (end > text.length || start > text.length)
    return [{ code: 'out-of-range', message: `${what} ${id} (${start}–${end}) runs past the end of the text (${text.length}).`, ids: [id] }];
  if (start > end) return [{ code: 'out-of-range', message: `${what} ${id} ends (${end}) before it starts (${start}).`, ids: [id] }];
  if (start === end) return [{ code: 'empty-span', message: `${what} ${id} is empty (${start}–${end}).`, ids: [id] }];
  const issues: DocumentIssue[] = [];
  for (const [edge, offset] of [
    ['starts', start],
    ['ends', end],
  ] as const) {
    const problem = boundaryProblem(text, offset);
    if (problem === 'surrogate')
      issues.push({ code: 'splits-character', message: `${what} ${id} ${edge} at ${offset}, inside a character (a surrogate pair).`, ids: [id] });
    else if (problem === 'mark')
      issues.push({ code: 'splits-character', message: `${what} ${id} ${edge} at ${offset}, between a letter and its diacritic.`, ids: [id] });
  }
  return issues;
}

/** Every problem of a schema-valid document, in a stable order; empty when it is sound. */
export function documentIssues(doc: RedactionDocument): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const seen = new Set<string>();
  for (const r of doc.redactions) {
    if (seen.has(r.id)) issues.push({ code: 'duplicate-id', message: `Two redactions have the id ${r.id}.`, ids: [r.id] });
    seen.add(r.id);
    issues.push(...spanIssues(doc.text, r.id, r.start, r.end, 'Redaction'));
  }
  const sorted = [...doc.redactions].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (b.start < a.end)
      issues.push({ code: 'overlap', message: `Redactions ${a.id} (${a.start}–${a.end}) and ${b.id} (${b.start}–${b.end}) overlap.`, ids: [a.id, b.id] });
  }
  doc.rejections.forEach((r, i) => {
    if ((r.start === null) !== (r.end === null))
      issues.push({ code: 'out-of-range', message: `Rejection ${i} has a start without an end or an end without a start.`, ids: [String(i)] });
    else if (r.start !== null && r.end !== null) issues.push(...spanIssues(doc.text, String(i), r.start, r.end, 'Rejection'));
  });
  const entityIds = new Set<string>();
  for (const e of doc.customEntities) {
    if (entityIds.has(e.id)) issues.push({ code: 'duplicate-id', message: `Two custom entities have the id ${e.id}.`, ids: [e.id] });
    entityIds.add(e.id);
  }
  const chosenFor = new Set<string>();
  const chosen = new Map<string, string>();
  for (const p of doc.pseudonyms) {
    if (chosenFor.has(p.entityId)) issues.push({ code: 'duplicate-id', message: `Entity ${p.entityId} has two chosen pseudonyms.`, ids: [p.entityId] });
    chosenFor.add(p.entityId);
    const key = normalizeForSearch(p.text);
    const other = chosen.get(key);
    if (other !== undefined && other !== p.entityId)
      issues.push({ code: 'duplicate-pseudonym', message: `Entities ${other} and ${p.entityId} were given the same pseudonym.`, ids: [other, p.entityId] });
    chosen.set(key, p.entityId);
  }
  return issues;
}

/** Throws the first issue of a schema-valid document as a RedactionError. */
export function assertSoundDocument(doc: RedactionDocument): void {
  const first = documentIssues(doc)[0];
  if (first !== undefined) throw new RedactionError(first.code, first.message, first.ids);
}

/**
 * Parses a stored or received document: schema, then offsets. Throws RedactionError with a
 * specific code ('invalid-document' for the schema, else the offset problem).
 */
export function parseRedactionDocument(input: unknown): RedactionDocument {
  const parsed = redactionDocumentSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.length > 0 ? issue.path.join('.') : 'document';
    throw new RedactionError('invalid-document', `Redaction document: ${path}: ${issue.message}`);
  }
  assertSoundDocument(parsed.data);
  return parsed.data;
}

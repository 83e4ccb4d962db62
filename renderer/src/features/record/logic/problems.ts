import type { z } from 'zod';
import { parseEdtf } from '../../../../../shared/domain/edtf';
import type { EdtfErrorCode } from '../../../../../shared/domain/edtf';

/**
 * Inline validation messages. The forms check with the same zod schemas the core parses with
 * (shared/domain/record.ts), so a form refuses exactly what the vault would; zod's English
 * messages are replaced by translation keys chosen from the issue and the field it is about.
 */
export type ProblemKey =
  | 'record.problems.required'
  | 'record.problems.tooLong'
  | 'record.problems.tooMany'
  | 'record.problems.oneLine'
  | 'record.problems.invalid'
  | 'record.problems.refused'
  | 'record.problems.number'
  | 'record.problems.wholeNumber'
  | 'record.problems.atLeast'
  | 'record.problems.atMost'
  | 'record.problems.languageCode'
  | 'record.problems.time'
  | 'record.problems.coordinatesPair'
  | 'record.problems.unknownTerm'
  | 'record.problems.termKey'
  | 'record.problems.termLabel'
  | 'record.problems.chooseOne'
  | 'record.problems.offset'
  | 'record.problems.customFieldName'
  | 'people.problems.script'
  | 'people.problems.country'
  | 'people.problems.codeTaken'
  | 'people.problems.namedInEvents'
  | 'events.problems.endBeforeStart'
  | 'events.problems.personNotLinked'
  | 'consent.problems.withdrawalKept'
  | 'testimony.codeEmpty'
  | 'testimony.codeTooLong'
  | 'testimony.codePattern'
  | 'testimony.titleEmpty'
  | 'testimony.titleTooLong'
  | 'testimony.titleControl'
  | 'errors.DUPLICATE_CODE'
  | `edtf.problems.${EdtfErrorCode}`;

export interface Problem {
  key: ProblemKey;
  values?: Record<string, string | number>;
}

/** Problems by field path ("place.latitude", "names.2.value"); the first one found per field. */
export type Problems = Readonly<Record<string, Problem>>;

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problems };

/** Fields holding EDTF dates, wherever they sit in a record. */
const EDTF_FIELDS = new Set(['date', 'obtainedOn', 'receivedOn', 'birthDate', 'withdrawnOn']);

export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/** The message for a date the schema refused: why EDTF refused it. */
export function edtfProblem(text: string): Problem | null {
  const parsed = parseEdtf(text.trim());
  return parsed.ok ? null : { key: `edtf.problems.${parsed.code}` };
}

function formatProblem(path: readonly PropertyKey[]): Problem {
  const names = path.filter((p): p is string => typeof p === 'string');
  const last = names.at(-1);
  if (last === 'time') return { key: 'record.problems.time' };
  if (last === 'script') return { key: 'people.problems.script' };
  if (names.includes('nationality')) return { key: 'people.problems.country' };
  if (names.includes('languages') || names.includes('languagesUsed')) return { key: 'record.problems.languageCode' };
  return { key: 'record.problems.invalid' };
}

export function issueProblem(issue: z.core.$ZodIssue, input: unknown): Problem {
  const last = issue.path.at(-1);
  if (typeof last === 'string' && EDTF_FIELDS.has(last)) {
    const value = valueAt(input, issue.path);
    const edtf = typeof value === 'string' ? edtfProblem(value) : null;
    if (edtf) return edtf;
  }
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return { key: 'record.problems.tooLong', values: { max: Number(issue.maximum) } };
      if (issue.origin === 'array') return { key: 'record.problems.tooMany', values: { max: Number(issue.maximum) } };
      return { key: 'record.problems.atMost', values: { max: Number(issue.maximum) } };
    case 'too_small':
      if (issue.origin === 'string') return { key: 'record.problems.required' };
      if (issue.origin === 'array') return { key: 'record.problems.chooseOne' };
      return { key: 'record.problems.atLeast', values: { min: Number(issue.minimum) } };
    case 'invalid_format':
      return formatProblem(issue.path);
    case 'invalid_type':
      return issue.expected === 'number' ? { key: 'record.problems.number' } : { key: 'record.problems.invalid' };
    case 'custom':
      // Every refinement of a text in the record is about line breaks or control characters.
      return { key: 'record.problems.oneLine' };
    default:
      return { key: 'record.problems.invalid' };
  }
}

/** Parses `input` with `schema`; on failure, one translated problem per field. */
export function check<S extends z.ZodType>(schema: S, input: unknown, earlier: Problems = {}): Checked<z.output<S>> {
  const result = schema.safeParse(input);
  const problems: Record<string, Problem> = { ...earlier };
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = pathKey(issue.path);
      problems[key] ??= issueProblem(issue, input);
    }
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return result.success ? { ok: true, value: result.data } : { ok: false, problems };
}

/** The problem of a field, or of any of its items ("interviewers" finds "interviewers.3"). */
export function problemAt(problems: Problems, path: string): Problem | undefined {
  if (problems[path]) return problems[path];
  const prefix = `${path}.`;
  const key = Object.keys(problems).find((k) => k.startsWith(prefix));
  return key === undefined ? undefined : problems[key];
}

/**
 * Rows left empty are dropped before checking; this puts the problems of the rows that were
 * checked back on the rows as the form shows them ("names.1" of the kept rows may be row 3).
 */
export function renumber(problems: Problems, list: string, kept: readonly number[]): Record<string, Problem> {
  const out: Record<string, Problem> = {};
  const prefix = `${list}.`;
  for (const [path, problem] of Object.entries(problems)) {
    const match = path.startsWith(prefix) ? /^(\d+)(.*)$/.exec(path.slice(prefix.length)) : null;
    out[match ? `${prefix}${kept[Number(match[1])] ?? match[1]}${match[2]}` : path] = problem;
  }
  return out;
}

/** Indexes of the rows that are not entirely empty. */
export function keptRows<T>(rows: readonly T[], empty: (row: T) => boolean): number[] {
  return rows.flatMap((row, i) => (empty(row) ? [] : [i]));
}

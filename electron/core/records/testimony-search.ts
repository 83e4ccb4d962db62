import { searchTokens } from '../../../shared/text/normalize';
import { testimonyQuerySchema, type TestimonyListItem, type TestimonyQuery, type TestimonyQueryResult, type TestimonySearchResult } from '../../../shared/domain/testimony-query';
import type { Db } from '../db/connection';
import { matchIndex, paragraphsAt } from '../db/queries/search';
import { statement } from '../db/statements';
import { FIELD_NAMES, TRANSCRIPT_FIELD, type SearchField } from './search-text';
import { identityAccess } from '../users/identity-cipher';

/**
 * The testimony list: full-text search in the encrypted FTS5 index (every query token must
 * match, as a prefix, somewhere in the testimony, after the same Arabic-aware normalisation
 * as the index), then filters and sort in SQL on the derived columns.
 */
const MAX_TOKENS = 8;
const SMALL_HIT_SET = 500;
const MAX_PARAGRAPH_HITS = 20;

/** FTS5 phrase syntax: a token between double quotes, quotes doubled; `*` for a prefix. */
function ftsTerm(token: string): string {
  const quoted = `"${token.replace(/"/g, '""')}"`;
  // One-letter prefixes would match most of the index; they must match a whole token.
  return [...token].length >= 2 ? `${quoted}*` : quoted;
}

interface TextHits {
  /** testimony number -> field indexes where the tokens matched */
  fields: Map<number, Set<number>>;
  /** testimony number -> transcript paragraphs (parts of the transcript field) that matched */
  parts: Map<number, Set<number>>;
}

/**
 * Testimonies where every token matched, with where (null: no text query). Rows come straight
 * from the FTS5 rowids (no join), so even a word found in most testimonies costs a
 * millisecond or two.
 */
function textMatches(db: Db, text: string, fields?: readonly SearchField[]): TextHits | null {
  const tokens = [...new Set(searchTokens(text))].slice(0, MAX_TOKENS);
  if (tokens.length === 0) return null;
  const allowed = fields ? new Set(fields.map((f) => FIELD_NAMES.indexOf(f))) : null;
  let result: TextHits | null = null;
  // Names are indexed as keyed hashes (whole words); only a session holding the identity key can form them.
  const access = identityAccess(db);
  for (const token of tokens) {
    const hits: TextHits = { fields: new Map(), parts: new Map() };
    const term = access.kind === 'key' ? `(${ftsTerm(token)} OR "${access.cipher.hashToken(token)}")` : ftsTerm(token);
    for (const hit of matchIndex(db, `content : ${term}`)) {
      if (allowed && !allowed.has(hit.field)) continue;
      if (result && !result.fields.has(hit.num)) continue;
      let set = hits.fields.get(hit.num);
      if (!set) hits.fields.set(hit.num, (set = new Set<number>()));
      set.add(hit.field);
      if (hit.field === TRANSCRIPT_FIELD) {
        let parts = hits.parts.get(hit.num);
        if (!parts) hits.parts.set(hit.num, (parts = new Set<number>()));
        parts.add(hit.part);
      }
    }
    if (result) {
      for (const [num, set] of hits.fields) for (const f of result.fields.get(num)!) set.add(f);
      // A paragraph hit stays only when the paragraph matched every token so far.
      for (const [num, parts] of hits.parts) {
        const before = result.parts.get(num);
        hits.parts.set(num, new Set([...parts].filter((p) => before?.has(p))));
      }
    }
    result = hits;
    if (result.fields.size === 0) break;
  }
  return result;
}

interface ListRow {
  num: number;
  id: string;
  code: string;
  title: string;
  status: TestimonyListItem['status'];
  sensitivity: TestimonyListItem['sensitivity'];
  languages: string;
  content_warnings: string;
  first_interview: string | null;
  date_earliest: string | null;
  date_latest: string | null;
  media_count: number;
  people_count: number;
  consent_granted: string;
  consent_withdrawn: string;
  missing: string;
  created_at: string;
  updated_at: string;
}

const SORT_SQL: Record<string, string> = {
  code: 't.code COLLATE NOCASE',
  title: 't.title COLLATE NOCASE',
  status: 't.status',
  date: 't.date_earliest',
  firstInterview: 't.first_interview_day',
  createdAt: 't.created_at',
  updatedAt: 't.updated_at',
};

/**
 * The search proper: the ids of the matching testimonies in the asked order, and where each
 * matched. Cheap whatever the number of hits (no row is materialised), so the list can keep
 * its rows and ask only this on every keystroke.
 */
export function searchTestimonyIds(db: Db, input: TestimonyQuery): TestimonySearchResult {
  const query = testimonyQuerySchema.parse(input);
  const f = query.filters;
  const where: string[] = [];
  const params: unknown[] = [];
  const inList = (column: string, values: readonly string[]) => {
    where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  if (f.statuses?.length) inList('t.status', f.statuses);
  if (f.actTypes?.length) {
    where.push(`t.id IN (SELECT e.testimony_id FROM events e WHERE e.act_type IN (${f.actTypes.map(() => '?').join(', ')}))`);
    params.push(...f.actTypes);
  }
  if (f.dateFrom || f.dateTo) {
    // An interview or an event whose own dates overlap the range (not merely the testimony's span).
    const overlap = '(x.date_latest IS NOT NULL AND x.date_latest >= ?) AND (x.date_earliest IS NOT NULL AND x.date_earliest <= ?)';
    const from = f.dateFrom ?? '0000-01-01';
    const to = f.dateTo ?? '9999-12-31';
    where.push(
      `(EXISTS (SELECT 1 FROM events x WHERE x.testimony_id = t.id AND ${overlap}) OR EXISTS (SELECT 1 FROM interview_sessions x WHERE x.testimony_id = t.id AND ${overlap}))`,
    );
    params.push(from, to, from, to);
  }
  if (f.languages?.length) {
    where.push(`EXISTS (SELECT 1 FROM json_each(t.languages) WHERE value IN (${f.languages.map(() => '?').join(', ')}))`);
    params.push(...f.languages);
  }
  for (const scope of f.consentScopes ?? []) {
    where.push('EXISTS (SELECT 1 FROM json_each(t.consent_granted) WHERE value = ?)');
    params.push(scope);
  }
  if (f.completeness === 'complete') where.push("t.missing = '[]'");
  if (f.completeness === 'incomplete') where.push("t.missing != '[]'");

  const placeMatches = f.place ? textMatches(db, f.place, ['places']) : null;
  const matches = textMatches(db, query.text);
  const restrictTo = [placeMatches, matches].filter((m): m is TextHits => m !== null).map((m) => m.fields);
  let keep: Set<number> | null = null;
  if (restrictTo.length > 0) {
    keep = new Set([...restrictTo[0]!.keys()].filter((num) => restrictTo.every((m) => m.has(num))));
    if (keep.size === 0) return { ids: [], matches: {}, paragraphs: {} };
    // A few hits: let SQLite look them up. Many: scanning the list in order and keeping the
    // hits is cheaper than handing SQLite thousands of numbers to look up.
    if (keep.size <= SMALL_HIT_SET) {
      where.push('t.num IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify([...keep]));
    }
  }

  const direction = query.sort.direction === 'asc' ? 'ASC' : 'DESC';
  // Undated testimonies go last whichever way the list is sorted: a newest-first list that opens
  // on a block of undated records hides the ones the user is looking for.
  const nulls = query.sort.by === 'date' || query.sort.by === 'firstInterview' ? ' NULLS LAST' : '';
  const ordered = statement<unknown[], { num: number; id: string }>(
    db,
    `SELECT t.num, t.id FROM testimony_list t
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY ${SORT_SQL[query.sort.by]} ${direction}${nulls}, t.code COLLATE NOCASE`,
  ).all(...params);
  const rows = keep ? ordered.filter((r) => keep.has(r.num)) : ordered;
  const ids = rows.map((r) => r.id);
  const matched: Record<string, string[]> = {};
  const paragraphs: TestimonySearchResult['paragraphs'] = {};
  if (matches) {
    for (const r of rows) {
      matched[r.id] = [...(matches.fields.get(r.num) ?? [])].map((f) => FIELD_NAMES[f] ?? 'other').sort();
      const parts = matches.parts.get(r.num);
      // The first few paragraph hits per testimony: enough to open the transcript at one.
      if (parts && parts.size > 0) paragraphs[r.id] = paragraphsAt(db, r.num, [...parts].sort((a, b) => a - b).slice(0, MAX_PARAGRAPH_HITS));
    }
  }
  return { ids, matches: matched, paragraphs };
}

function toItem(r: ListRow): TestimonyListItem {
  return {
    id: r.id,
    code: r.code,
    title: r.title,
    status: r.status,
    sensitivity: r.sensitivity,
    languages: JSON.parse(r.languages) as string[],
    contentWarnings: JSON.parse(r.content_warnings) as string[],
    firstInterview: r.first_interview,
    dateEarliest: r.date_earliest,
    dateLatest: r.date_latest,
    mediaCount: r.media_count,
    peopleCount: r.people_count,
    consentGranted: JSON.parse(r.consent_granted) as TestimonyListItem['consentGranted'],
    consentWithdrawn: JSON.parse(r.consent_withdrawn) as TestimonyListItem['consentWithdrawn'],
    missing: JSON.parse(r.missing) as TestimonyListItem['missing'],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The list rows of the given testimonies (all of them when `ids` is undefined), keyed by id. */
export function listRows(db: Db, ids?: readonly string[]): Map<string, TestimonyListItem> {
  const rows =
    ids === undefined
      ? statement<[], ListRow>(db, 'SELECT * FROM testimony_list').all()
      : statement<[string], ListRow>(db, 'SELECT * FROM testimony_list WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids));
  return new Map(rows.map((r) => [r.id, toItem(r)]));
}

/** Search and rows in one answer (the CLI; the list screen asks the two separately). */
export function queryTestimonies(db: Db, input: TestimonyQuery): TestimonyQueryResult {
  const { ids, matches } = searchTestimonyIds(db, input);
  const rows = listRows(db, ids);
  return { items: ids.map((id) => rows.get(id)!), matches };
}

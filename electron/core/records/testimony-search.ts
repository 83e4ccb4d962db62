import { searchTokens } from '../../../shared/text/normalize';
import { testimonyQuerySchema, type TestimonyListItem, type TestimonyQuery, type TestimonyQueryResult } from '../../../shared/domain/testimony-query';
import type { Db } from '../db/connection';
import { matchIndex } from '../db/queries/search';
import type { SearchField } from './search-text';

/**
 * The testimony list: full-text search in the encrypted FTS5 index (every query token must
 * match, as a prefix, somewhere in the testimony, after the same Arabic-aware normalisation
 * as the index), then filters and sort in SQL on the derived columns.
 */
const MAX_TOKENS = 8;

/** FTS5 phrase syntax: a token between double quotes, quotes doubled; `*` for a prefix. */
function ftsTerm(token: string): string {
  const quoted = `"${token.replace(/"/g, '""')}"`;
  // One-letter prefixes would match most of the index; they must match a whole token.
  return [...token].length >= 2 ? `${quoted}*` : quoted;
}

/** testimony id -> fields where every token matched (null: no text query). */
function textMatches(db: Db, text: string, fields?: readonly SearchField[]): Map<string, Set<string>> | null {
  const tokens = [...new Set(searchTokens(text))].slice(0, MAX_TOKENS);
  if (tokens.length === 0) return null;
  let result: Map<string, Set<string>> | null = null;
  for (const token of tokens) {
    const hits = new Map<string, Set<string>>();
    for (const row of matchIndex(db, `content : ${ftsTerm(token)}`, fields)) {
      if (result && !result.has(row.testimonyId)) continue;
      const set = hits.get(row.testimonyId) ?? new Set<string>();
      set.add(row.field);
      hits.set(row.testimonyId, set);
    }
    if (result) for (const [id, set] of hits) for (const f of result.get(id)!) set.add(f);
    result = hits;
    if (result.size === 0) break;
  }
  return result;
}

interface ListRow {
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
  missing: string;
  created_at: string;
  updated_at: string;
}

const SORT_SQL: Record<string, string> = {
  code: 't.code COLLATE NOCASE',
  title: 't.title COLLATE NOCASE',
  status: 't.status',
  date: 't.date_earliest',
  createdAt: 't.created_at',
  updatedAt: 't.updated_at',
};

export function queryTestimonies(db: Db, input: TestimonyQuery): TestimonyQueryResult {
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
    where.push(`EXISTS (SELECT 1 FROM events e WHERE e.testimony_id = t.id AND e.act_type IN (${f.actTypes.map(() => '?').join(', ')}))`);
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
  const restrictTo = [placeMatches, matches].filter((m): m is Map<string, Set<string>> => m !== null);
  if (restrictTo.length > 0) {
    const ids = [...restrictTo[0]!.keys()].filter((id) => restrictTo.every((m) => m.has(id)));
    if (ids.length === 0) return { items: [], matches: {} };
    where.push('t.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(ids));
  }

  const direction = query.sort.direction === 'asc' ? 'ASC' : 'DESC';
  const nulls = query.sort.by === 'date' ? ` NULLS ${direction === 'ASC' ? 'LAST' : 'FIRST'}` : '';
  const rows = db
    .prepare(
      `SELECT t.id, t.code, t.title, t.status, t.sensitivity, t.languages, t.content_warnings, t.first_interview,
              t.date_earliest, t.date_latest, t.consent_granted, t.missing, t.created_at, t.updated_at,
              (SELECT count(*) FROM media m WHERE m.testimony_id = t.id) AS media_count,
              (SELECT count(*) FROM testimony_people p WHERE p.testimony_id = t.id) AS people_count
       FROM testimonies t
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY ${SORT_SQL[query.sort.by]} ${direction}${nulls}, t.code COLLATE NOCASE`,
    )
    .all(...params) as ListRow[];
  const items = rows.map(
      (r): TestimonyListItem => ({
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
        missing: JSON.parse(r.missing) as TestimonyListItem['missing'],
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      }),
    );
  const matched: Record<string, string[]> = {};
  if (matches) for (const item of items) matched[item.id] = [...(matches.get(item.id) ?? [])].sort();
  return { items, matches: matched };
}

import type { ConsentScope } from '../../../../shared/domain/record';
import type { TestimonyStatus } from '../../../../shared/domain/vocabularies';
import type { TestimonyFilters, TestimonyQuery, TestimonySort } from '../../../../shared/domain/testimony-query';

/**
 * What the person chose in the list (search box, filter panel, sort) and how it becomes a
 * `testimonies.query`. The screen keeps values as its controls hold them (empty strings for
 * empty fields); the query carries only what narrows the list, in the contract's limits.
 */
export type Completeness = 'any' | 'complete' | 'incomplete';

export interface ListFilters {
  statuses: readonly TestimonyStatus[];
  /** One act type (term key), or '' for any. */
  actType: string;
  /** YYYY-MM-DD as a date input gives it, or ''. */
  dateFrom: string;
  dateTo: string;
  place: string;
  /** One ISO 639 code, or '' for any. */
  language: string;
  /** Every one of these granted. */
  consentScopes: readonly ConsentScope[];
  completeness: Completeness;
}

export interface ListState {
  text: string;
  filters: ListFilters;
  sort: TestimonySort;
}

export const EMPTY_FILTERS: ListFilters = Object.freeze({
  statuses: [],
  actType: '',
  dateFrom: '',
  dateTo: '',
  place: '',
  language: '',
  consentScopes: [],
  completeness: 'any',
});

/** Most recently changed first: what an interviewer usually returns to. */
export const DEFAULT_SORT: TestimonySort = Object.freeze({ by: 'updatedAt', direction: 'desc' });

export const INITIAL_LIST_STATE: ListState = Object.freeze({ text: '', filters: EMPTY_FILTERS, sort: DEFAULT_SORT });

/** The contract's bounds (shared/domain/testimony-query.ts): longer input is cut, not refused. */
const TEXT_MAX = 500;
const PLACE_MAX = 200;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date input may hold a year of five or six digits while it is being typed; the contract
 * takes four-digit years only, so such a value narrows nothing until it is a real date.
 */
function day(value: string): string | undefined {
  return ISO_DAY.test(value) ? value : undefined;
}

export function toFilters(filters: ListFilters): TestimonyFilters {
  const out: TestimonyFilters = {};
  if (filters.statuses.length > 0) out.statuses = [...filters.statuses];
  if (filters.actType !== '') out.actTypes = [filters.actType];
  let from = day(filters.dateFrom);
  let to = day(filters.dateTo);
  // "From 2024 to 2012" means the years between them: reversed ends are swapped, not an empty list.
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  if (from !== undefined) out.dateFrom = from;
  if (to !== undefined) out.dateTo = to;
  const place = filters.place.trim().slice(0, PLACE_MAX);
  if (place !== '') out.place = place;
  if (filters.language !== '') out.languages = [filters.language];
  if (filters.consentScopes.length > 0) out.consentScopes = [...filters.consentScopes];
  if (filters.completeness !== 'any') out.completeness = filters.completeness;
  return out;
}

export function toQuery(state: ListState): TestimonyQuery {
  return { text: state.text.trim().slice(0, TEXT_MAX), filters: toFilters(state.filters), sort: { ...state.sort } };
}

/** How many filters narrow the list (each chosen value counts once; a date range counts once). */
export function activeFilterCount(filters: ListFilters): number {
  const f = toFilters(filters);
  return (
    (f.statuses?.length ?? 0) +
    (f.actTypes?.length ?? 0) +
    (f.dateFrom !== undefined || f.dateTo !== undefined ? 1 : 0) +
    (f.place !== undefined ? 1 : 0) +
    (f.languages?.length ?? 0) +
    (f.consentScopes?.length ?? 0) +
    (f.completeness !== undefined ? 1 : 0)
  );
}

/** A list with the value added, or removed when it was there (a checkbox). */
export function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/**
 * Clicking a column's header: the same column flips direction; another column starts
 * A to Z for words and newest first for dates.
 */
export function nextSort(current: TestimonySort, by: TestimonySort['by']): TestimonySort {
  if (current.by === by) return { by, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  const dated = by === 'date' || by === 'firstInterview' || by === 'createdAt' || by === 'updatedAt';
  return { by, direction: dated ? 'desc' : 'asc' };
}

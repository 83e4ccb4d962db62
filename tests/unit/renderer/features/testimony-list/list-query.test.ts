import { describe, expect, it } from 'vitest';
import { testimonyQuerySchema } from '../../../../../shared/domain/testimony-query';
import {
  DEFAULT_SORT,
  EMPTY_FILTERS,
  INITIAL_LIST_STATE,
  activeFilterCount,
  nextSort,
  toQuery,
  toggled,
  type ListFilters,
} from '../../../../../renderer/src/features/testimony-list/list-query';

const filters = (patch: Partial<ListFilters>): ListFilters => ({ ...EMPTY_FILTERS, ...patch });

describe('the list state as a testimonies.query', () => {
  it('asks for everything, most recently changed first, when nothing is chosen', () => {
    expect(toQuery(INITIAL_LIST_STATE)).toEqual({ text: '', filters: {}, sort: { by: 'updatedAt', direction: 'desc' } });
    expect(activeFilterCount(EMPTY_FILTERS)).toBe(0);
  });

  it('carries every chosen filter in the contract’s shape, and the query passes the contract schema', () => {
    const state = {
      text: '  احمد مصطفي ',
      filters: filters({
        statuses: ['draft', 'archived'],
        actType: 'torture',
        dateFrom: '2012-01-01',
        dateTo: '2013-12-31',
        place: ' حلب ',
        language: 'ar',
        consentScopes: ['archive', 'shareUnMechanisms'],
        completeness: 'incomplete',
      }),
      sort: { by: 'code', direction: 'asc' } as const,
    };
    const query = toQuery(state);
    expect(query).toEqual({
      text: 'احمد مصطفي',
      filters: {
        statuses: ['draft', 'archived'],
        actTypes: ['torture'],
        dateFrom: '2012-01-01',
        dateTo: '2013-12-31',
        place: 'حلب',
        languages: ['ar'],
        consentScopes: ['archive', 'shareUnMechanisms'],
        completeness: 'incomplete',
      },
      sort: { by: 'code', direction: 'asc' },
    });
    expect(testimonyQuerySchema.safeParse(query).success).toBe(true);
    // Two statuses, an act type, a date range, a place, a language, two scopes, completeness.
    expect(activeFilterCount(state.filters)).toBe(9);
  });

  it('leaves out empty fields and a blank search', () => {
    expect(toQuery({ ...INITIAL_LIST_STATE, text: '   ', filters: filters({ place: '  ', completeness: 'any' }) }).filters).toEqual({});
  });

  it('swaps a date range typed the wrong way round instead of finding nothing', () => {
    expect(toQuery({ ...INITIAL_LIST_STATE, filters: filters({ dateFrom: '2020-05-01', dateTo: '2011-01-01' }) }).filters).toEqual({
      dateFrom: '2011-01-01',
      dateTo: '2020-05-01',
    });
  });

  it('ignores a date the contract cannot take (a year still being typed) and keeps an open-ended range', () => {
    const query = toQuery({ ...INITIAL_LIST_STATE, filters: filters({ dateFrom: '20111-01-01', dateTo: '2015-06-30' }) });
    expect(query.filters).toEqual({ dateTo: '2015-06-30' });
    expect(testimonyQuerySchema.safeParse(query).success).toBe(true);
  });

  it('cuts over-long input to the contract’s limits rather than sending a query the core refuses', () => {
    const query = toQuery({ ...INITIAL_LIST_STATE, text: 'ا'.repeat(800), filters: filters({ place: 'x'.repeat(300) }) });
    expect(query.text).toHaveLength(500);
    expect(query.filters?.place).toHaveLength(200);
    expect(testimonyQuerySchema.safeParse(query).success).toBe(true);
  });

  it('toggles a checkbox value in and out of a list without changing the original', () => {
    const original = ['draft'] as const;
    expect(toggled(original, 'archived')).toEqual(['draft', 'archived']);
    expect(toggled(original, 'draft')).toEqual([]);
    expect(original).toEqual(['draft']);
  });

  it('flips the direction on the same column, and starts words A to Z and dates newest first', () => {
    expect(nextSort({ by: 'code', direction: 'asc' }, 'code')).toEqual({ by: 'code', direction: 'desc' });
    expect(nextSort({ by: 'code', direction: 'desc' }, 'code')).toEqual({ by: 'code', direction: 'asc' });
    expect(nextSort(DEFAULT_SORT, 'title')).toEqual({ by: 'title', direction: 'asc' });
    expect(nextSort({ by: 'title', direction: 'asc' }, 'date')).toEqual({ by: 'date', direction: 'desc' });
    expect(nextSort({ by: 'date', direction: 'desc' }, 'firstInterview')).toEqual({ by: 'firstInterview', direction: 'desc' });
  });
});

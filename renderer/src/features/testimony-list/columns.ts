import type { TestimonySort } from '../../../../shared/domain/testimony-query';

/**
 * The list's columns, in reading order (the grid mirrors them in Arabic). `sort` names the
 * core sort key of a sortable column. The first-interview column sorts by the earliest day
 * its (EDTF) date may be (`firstInterview`); the core's `date` sort, by the earliest date of
 * interviews AND events, is another date, offered in the "Sort by" menu under its own name.
 */
export const COLUMNS = [
  { id: 'code', sort: 'code' },
  { id: 'title', sort: 'title' },
  { id: 'status', sort: 'status' },
  { id: 'interview', sort: 'firstInterview' },
  { id: 'languages' },
  { id: 'people' },
  { id: 'files' },
  { id: 'completeness' },
  { id: 'consent' },
  { id: 'warnings' },
] as const satisfies readonly { id: string; sort?: TestimonySort['by'] }[];

export type ColumnId = (typeof COLUMNS)[number]['id'];

/**
 * Every row has this height (px), kept in step with `.list-row` in styles/list.css: the
 * virtual window is computed from it.
 */
export const ROW_HEIGHT = 60;

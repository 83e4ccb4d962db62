import { z } from 'zod';
import { CONSENT_SCOPES, languageCodeSchema, sensitivitySchema, termKeySchema, testimonyStatusSchema } from './record';
import { COMPLETENESS_ITEMS } from './completeness';

/** The list of testimonies: what can be searched, filtered and sorted, and what a row shows. */
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date as YYYY-MM-DD.');

export const testimonyFiltersSchema = z
  .object({
    statuses: z.array(testimonyStatusSchema).max(10).optional(),
    actTypes: z.array(termKeySchema).max(50).optional(),
    /** Testimonies whose interview or event dates overlap this range. */
    dateFrom: isoDay.optional(),
    dateTo: isoDay.optional(),
    place: z.string().max(200).optional(),
    languages: z.array(languageCodeSchema).max(20).optional(),
    /** Every one of these consent scopes currently granted. */
    consentScopes: z.array(z.enum(CONSENT_SCOPES)).max(10).optional(),
    completeness: z.enum(['complete', 'incomplete']).optional(),
  })
  .strict();
export type TestimonyFilters = z.infer<typeof testimonyFiltersSchema>;

export const SORT_KEYS = ['code', 'title', 'status', 'date', 'firstInterview', 'createdAt', 'updatedAt'] as const;
export const testimonySortSchema = z.object({ by: z.enum(SORT_KEYS), direction: z.enum(['asc', 'desc']) }).strict();
export type TestimonySort = z.infer<typeof testimonySortSchema>;

export const testimonyQuerySchema = z
  .object({
    text: z.string().max(500).default(''),
    filters: testimonyFiltersSchema.default({}),
    sort: testimonySortSchema.default({ by: 'updatedAt', direction: 'desc' }),
  })
  .strict();
export type TestimonyQuery = z.input<typeof testimonyQuerySchema>;

export const testimonyListItemSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  status: testimonyStatusSchema,
  sensitivity: sensitivitySchema,
  languages: z.array(z.string()),
  contentWarnings: z.array(z.string()),
  firstInterview: z.string().nullable(),
  dateEarliest: z.string().nullable(),
  dateLatest: z.string().nullable(),
  mediaCount: z.number().int(),
  peopleCount: z.number().int(),
  consentGranted: z.array(z.enum(CONSENT_SCOPES)),
  consentWithdrawn: z.array(z.enum(CONSENT_SCOPES)),
  missing: z.array(z.enum(COMPLETENESS_ITEMS)),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TestimonyListItem = z.infer<typeof testimonyListItemSchema>;

/**
 * The answer to a search: the matching ids in the asked order, and for a text search where
 * each matched. Cheap whatever the number of hits; the list asks the rows it shows with
 * `testimonies.rows` (10,000 full rows on every keystroke would not be).
 */
export const testimonySearchResultSchema = z.object({
  ids: z.array(z.string()),
  /** For a text search: testimony id -> the fields where it matched. */
  matches: z.record(z.string(), z.array(z.string())),
  /** For a text search: testimony id -> transcript paragraphs that matched (a hit opens the transcript there). */
  paragraphs: z.record(z.string(), z.array(z.object({ transcriptId: z.string(), paragraphId: z.string() }))),
});
export type TestimonySearchResult = z.infer<typeof testimonySearchResultSchema>;

/** Search and rows together (the CLI's `search`). */
export const testimonyQueryResultSchema = z.object({
  items: z.array(testimonyListItemSchema),
  matches: z.record(z.string(), z.array(z.string())),
});
export type TestimonyQueryResult = z.infer<typeof testimonyQueryResultSchema>;

export const MAX_ROWS_PER_CALL = 1000;

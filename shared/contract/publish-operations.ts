import type { z } from 'zod';

/**
 * Schemas of issue 6: narratives, redaction, review workflow, audio redaction and publication export: the names are in names-publish.ts. Merged into `operations` in operations.ts and
 * `events` in events.ts.
 */
export const publishOperations = {} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export const publishEvents = {} as const satisfies Record<string, z.ZodType>;

import type { z } from 'zod';

/**
 * Schemas of issue 5: the address book of recipients, vault details for bag-info, custody export and handover receipts: the names are in names-custody-export.ts. Merged into `operations` in operations.ts and
 * `events` in events.ts.
 */
export const custodyExportOperations = {} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export const custodyExportEvents = {} as const satisfies Record<string, z.ZodType>;

import type { z } from 'zod';

/**
 * Schemas of issue 7: deleting a testimony (crypto-shredding) and other whole-testimony lifecycle operations: the names are in names-lifecycle.ts. Merged into `operations` in operations.ts and
 * `events` in events.ts.
 */
export const lifecycleOperations = {} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export const lifecycleEvents = {} as const satisfies Record<string, z.ZodType>;

import type { z } from 'zod';

/**
 * Schemas of issue 7: users, roles and the identity key: the names are in names-users.ts. Merged into `operations` in operations.ts and
 * `events` in events.ts.
 */
export const userOperations = {} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export const userEvents = {} as const satisfies Record<string, z.ZodType>;

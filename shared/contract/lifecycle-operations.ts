import { z } from 'zod';
import { idSchema, testimonyCodeSchema } from '../domain/testimony';

/**
 * Schemas of issue 7: deleting a testimony (crypto-shredding) and other whole-testimony lifecycle operations: the names are in names-lifecycle.ts. Merged into `operations` in operations.ts and
 * `events` in events.ts.
 */
export const lifecycleOperations = {
  /**
   * Deletes a testimony for good: its records, transcripts, originals and the age identity
   * that encrypts them (copies of its blobs become undecryptable). `confirmCode` is the
   * testimony's code typed by the user: a stray click or a replayed request for another
   * testimony deletes nothing.
   */
  'testimonies.delete': {
    input: z.object({ testimonyId: idSchema, confirmCode: testimonyCodeSchema }).strict(),
    output: z.object({
      deleted: z.literal(true),
      originals: z.number().int().nonnegative(),
      transcripts: z.number().int().nonnegative(),
      recordings: z.number().int().nonnegative(),
      people: z.number().int().nonnegative(),
    }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export const lifecycleEvents = {} as const satisfies Record<string, z.ZodType>;

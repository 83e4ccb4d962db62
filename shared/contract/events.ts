import { z } from 'zod';
import type { EventName } from './names';
import { importPhaseSchema } from '../domain/media';
import { custodyEvents } from './custody-operations';
import { custodyExportEvents } from './custody-export-operations';
import { publishEvents } from './publish-operations';
import { userEvents } from './users-operations';
import { lifecycleEvents } from './lifecycle-operations';
import { audioRedactionEvents } from './audio-redaction-operations';


/** Events main pushes to the renderer. */
export const events = {
  'vault.locked': z.object({ reason: z.enum(['user', 'idle', 'suspend', 'screen-lock', 'shortcut']) }),
  'media.importProgress': z.object({
    jobId: z.string(),
    testimonyId: z.string(),
    fileName: z.string(),
    phase: importPhaseSchema,
    bytesDone: z.number().nonnegative(),
    bytesTotal: z.number().nonnegative(),
    code: z.string().optional(),
    message: z.string().optional(),
  }),
  ...custodyEvents,
  ...custodyExportEvents,
  ...publishEvents,
  ...userEvents,
  ...lifecycleEvents,
  ...audioRedactionEvents,
} as const satisfies Record<EventName, z.ZodType>;

export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

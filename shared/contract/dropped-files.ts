import { z } from 'zod';
import { idSchema } from '../domain/testimony';
import { importResultSchema } from './operations';

/**
 * What the preload sends on DROP_IMPORT_CHANNEL: the testimony and the paths Electron gave for
 * the files the user dropped. Core parses it like any operation input: the paths came from the
 * preload, but a check costs nothing and keeps a bad message from reaching the file system.
 */
export const MAX_DROPPED_FILES = 100;

export const droppedFilesInputSchema = z
  .object({
    testimonyId: idSchema,
    paths: z
      .array(
        z
          .string()
          .min(1)
          .max(4096)
          // eslint-disable-next-line no-control-regex
          .refine((p) => !/[\u0000]/.test(p), 'a path cannot contain a NUL character')
          .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), 'a dropped file has an absolute path'),
      )
      .min(1)
      .max(MAX_DROPPED_FILES),
  })
  .strict();
export type DroppedFilesInput = z.infer<typeof droppedFilesInputSchema>;

/** The same answer as media.import. */
export const droppedFilesOutputSchema = z.object({ results: z.array(importResultSchema) });
export type DroppedFilesOutput = z.infer<typeof droppedFilesOutputSchema>;

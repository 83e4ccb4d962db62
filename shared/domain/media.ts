import { z } from 'zod';
import { idSchema } from './testimony';

export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);
export const sha512HexSchema = z.string().regex(/^[0-9a-f]{128}$/);

export const mediaItemSchema = z.object({
  id: idSchema,
  testimonyId: idSchema,
  originalName: z.string(),
  contentType: z.string(),
  size: z.number().int().nonnegative(),
  sha256: sha256HexSchema,
  sha512: sha512HexSchema,
  createdAt: z.string(),
  ingestedBy: z.string(),
});
export type MediaItem = z.infer<typeof mediaItemSchema>;

export const importPhaseSchema = z.enum(['started', 'progress', 'done', 'failed', 'cancelled']);
export type ImportPhase = z.infer<typeof importPhaseSchema>;

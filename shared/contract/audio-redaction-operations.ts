import { z } from 'zod';
import { idSchema } from '../domain/testimony';
import { MAX_DISGUISE_RATIO, MIN_DISGUISE_RATIO } from '../media/audio-redaction/voice-disguise';

/**
 * Audio redaction (issue 6): the editor marks regions of a recording to silence or bleep (a
 * plan, saved per original), the renderer decodes the original, applies the plan and encodes
 * WAV or Opus, and streams the result here in chunks; the core encrypts it at once under the
 * testimony's key (never plaintext on disk) and keeps it for the publication export. Only
 * where consent covers publishing audio.
 */
const ok = z.object({ ok: z.literal(true) });
const bytes = (max: number) => z.instanceof(Uint8Array).refine((b) => b.byteLength <= max, `At most ${max} bytes.`);

export const MAX_REDACTION_REGIONS = 10_000;
export const MAX_REDACTED_AUDIO_CHUNK = 4 * 1024 * 1024;

const seconds = z.number().finite().min(0).max(7 * 24 * 3600);
export const audioRedactionRegionSchema = z
  .object({
    startSeconds: seconds,
    endSeconds: seconds,
    mode: z.enum(['silence', 'bleep']),
    /** The transcript paragraph the region was made from, when it was. */
    paragraphId: z.string().min(1).max(64).optional(),
  })
  .strict()
  .refine((r) => r.endSeconds > r.startSeconds, 'A region must end after it starts.');
export type AudioRedactionRegionInput = z.infer<typeof audioRedactionRegionSchema>;

const disguiseSchema = z
  .number()
  .min(MIN_DISGUISE_RATIO, `The voice disguise is at least ${MIN_DISGUISE_RATIO}.`)
  .max(MAX_DISGUISE_RATIO, `The voice disguise is at most ${MAX_DISGUISE_RATIO}.`)
  .nullable();

export const redactedAudioFormatSchema = z.enum(['wav', 'opus']);
export type RedactedAudioFormat = z.infer<typeof redactedAudioFormatSchema>;

export const redactedAudioItemSchema = z.object({
  id: z.string(),
  mediaId: z.string(),
  format: redactedAudioFormatSchema,
  /** Bytes of the file as exported (a WAV's header included). */
  size: z.number().int().nonnegative(),
  sha256: z.string(),
  durationSeconds: z.number().nonnegative().nullable(),
  regions: z.number().int().nonnegative(),
  disguised: z.boolean(),
  createdAt: z.string(),
  /** False once the plan changed after this audio was made: it no longer hides what the plan hides. */
  current: z.boolean(),
});
export type RedactedAudioItem = z.infer<typeof redactedAudioItemSchema>;

export const audioRedactionOperations = {
  'audioRedaction.plan': {
    input: z.object({ mediaId: idSchema }).strict(),
    output: z.object({ regions: z.array(audioRedactionRegionSchema), disguise: z.number().nullable(), updatedAt: z.string().nullable() }),
  },
  'audioRedaction.savePlan': {
    input: z.object({ mediaId: idSchema, regions: z.array(audioRedactionRegionSchema).max(MAX_REDACTION_REGIONS), disguise: disguiseSchema }).strict(),
    output: z.object({ updatedAt: z.string() }),
  },
  'audioRedaction.begin': {
    input: z
      .object({
        mediaId: idSchema,
        format: redactedAudioFormatSchema,
        sampleRate: z.number().int().min(8000).max(192_000),
        channels: z.number().int().min(1).max(2),
      })
      .strict(),
    output: z.object({ jobId: z.string() }),
  },
  'audioRedaction.chunk': {
    input: z.object({ jobId: z.string().min(1).max(64), seq: z.number().int().min(0), data: bytes(MAX_REDACTED_AUDIO_CHUNK) }).strict(),
    output: ok,
  },
  'audioRedaction.finish': {
    input: z.object({ jobId: z.string().min(1).max(64) }).strict(),
    output: z.object({ item: redactedAudioItemSchema }),
  },
  'audioRedaction.cancel': { input: z.object({ jobId: z.string().min(1).max(64) }).strict(), output: ok },
  'audioRedaction.list': { input: z.object({ testimonyId: idSchema }).strict(), output: z.object({ items: z.array(redactedAudioItemSchema) }) },
  'audioRedaction.delete': { input: z.object({ id: idSchema }).strict(), output: ok },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export const audioRedactionEvents = {} as const satisfies Record<string, z.ZodType>;

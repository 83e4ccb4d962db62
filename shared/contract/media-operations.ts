import { z } from 'zod';
import { idSchema } from '../domain/testimony';
import { languageCodeSchema } from '../domain/record';
import { mediaItemSchema, paragraphSchema, provenanceSchema, segmentSchema, transcriptInfoSchema, transcriptVersionSchema } from '../domain/media';
import { line, text } from '../domain/record';

/**
 * Operations on originals, recordings, waveforms, segments and transcripts (issue 4); merged
 * into `operations` in operations.ts. Binary data crosses IPC as Uint8Array (Electron's
 * structured clone keeps it; the e2e harness encodes it).
 */
const ok = z.object({ ok: z.literal(true) });
const bytes = (max: number) => z.instanceof(Uint8Array).refine((b) => b.byteLength <= max, `At most ${max} bytes.`);

/** Bounds of one answer of `media.readRange` and one recording chunk: memory per call stays small. */
export const MAX_RANGE_READ = 4 * 1024 * 1024;
export const MAX_RECORDING_CHUNK = 4 * 1024 * 1024;
export const MAX_PEAKS_BYTES = 16 * 1024 * 1024;

export const peaksSchema = z.object({
  /** Buckets per second of audio; each bucket is a min and a max, int8 (-128..127), per channel. */
  bucketsPerSecond: z.number().positive().max(1000),
  channels: z.number().int().min(1).max(8),
  durationSeconds: z.number().nonnegative(),
  /** Interleaved [min, max] per channel per bucket, as int8 stored in bytes. */
  data: bytes(MAX_PEAKS_BYTES),
});
export type Peaks = z.infer<typeof peaksSchema>;

export const interruptedRecordingSchema = z.object({
  recordingId: idSchema,
  testimonyId: idSchema,
  testimonyCode: z.string(),
  startedAt: z.string(),
  bytes: z.number().int().nonnegative(),
  chunks: z.number().int().nonnegative(),
  markers: z.number().int().nonnegative(),
});

export const markerSchema = z.object({ seconds: z.number().min(0), label: line(300).default('') });

export const mediaOperations = {
  'media.update': {
    input: z.object({ mediaId: idSchema, provenance: provenanceSchema, notes: text(5000) }).strict(),
    output: mediaItemSchema,
  },
  'media.readRange': {
    // For the waveform worker (WebCodecs decoding in the renderer): decrypted bytes of an original.
    input: z.object({ mediaId: idSchema, start: z.number().int().min(0), length: z.number().int().min(1).max(MAX_RANGE_READ) }).strict(),
    output: z.object({ data: z.instanceof(Uint8Array), size: z.number().int() }),
  },
  'media.peaks': { input: z.object({ mediaId: idSchema }).strict(), output: z.object({ peaks: peaksSchema.nullable() }) },
  'media.savePeaks': { input: z.object({ mediaId: idSchema, peaks: peaksSchema }).strict(), output: ok },

  'segments.list': { input: z.object({ mediaId: idSchema }).strict(), output: z.object({ items: z.array(segmentSchema) }) },
  'segments.save': { input: z.object({ segment: segmentSchema }).strict(), output: segmentSchema },
  'segments.delete': { input: z.object({ segmentId: idSchema }).strict(), output: ok },

  'transcripts.list': { input: z.object({ testimonyId: idSchema }).strict(), output: z.object({ items: z.array(transcriptInfoSchema) }) },
  'transcripts.create': {
    input: z
      .object({
        testimonyId: idSchema,
        mediaId: idSchema.nullable().default(null),
        kind: z.enum(['transcript', 'translation']),
        language: languageCodeSchema,
        /** For a translation: the transcript it translates, paragraph by paragraph. */
        sourceId: idSchema.nullable().default(null),
      })
      .strict(),
    output: transcriptInfoSchema,
  },
  'transcripts.get': {
    input: z.object({ transcriptId: idSchema, version: z.number().int().positive().optional() }).strict(),
    output: z.object({ transcript: transcriptInfoSchema, version: transcriptVersionSchema.nullable(), paragraphs: z.array(paragraphSchema) }),
  },
  'transcripts.save': {
    // baseVersion: the version the editor started from; a newer one saved meanwhile is a CONFLICT.
    input: z.object({ transcriptId: idSchema, baseVersion: z.number().int().nonnegative(), paragraphs: z.array(paragraphSchema).max(20_000) }).strict(),
    output: z.object({ version: z.number().int().positive() }),
  },
  'transcripts.versions': { input: z.object({ transcriptId: idSchema }).strict(), output: z.object({ items: z.array(transcriptVersionSchema) }) },
  'transcripts.restore': {
    input: z.object({ transcriptId: idSchema, version: z.number().int().positive() }).strict(),
    output: z.object({ version: z.number().int().positive() }),
  },

  'recording.start': {
    input: z.object({ testimonyId: idSchema, mimeType: z.string().regex(/^audio\/webm(;\s*codecs=(opus|"opus"))?$/i, 'Recordings are Opus in WebM.') }).strict(),
    output: z.object({ recordingId: idSchema }),
  },
  'recording.chunk': {
    input: z.object({ recordingId: idSchema, seq: z.number().int().min(0), data: bytes(MAX_RECORDING_CHUNK) }).strict(),
    output: ok,
  },
  'recording.marker': { input: z.object({ recordingId: idSchema, marker: markerSchema }).strict(), output: ok },
  'recording.finish': {
    input: z.object({ recordingId: idSchema }).strict(),
    output: z.object({ media: mediaItemSchema, segments: z.number().int().nonnegative() }),
  },
  'recording.discard': { input: z.object({ recordingId: idSchema }).strict(), output: ok },
  'recording.interrupted': { input: z.object({}).strict(), output: z.object({ items: z.array(interruptedRecordingSchema) }) },
} as const;

import { z } from 'zod';
import { idSchema } from './testimony';
import { edtfSchema, line, text } from './record';
import { termKeySchema, vocabularyIdSchema } from './vocabularies';

export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);
export const sha512HexSchema = z.string().regex(/^[0-9a-f]{128}$/);

export const MEDIA_KINDS = ['audio', 'video', 'document', 'image', 'text', 'other'] as const;
export const mediaKindSchema = z.enum(MEDIA_KINDS);
export type MediaKind = z.infer<typeof mediaKindSchema>;

/**
 * How an original arrived damaged, if it did (it is kept bit-exact all the same: evidence as
 * given). The renderer translates the code; `damageDetail` says where, in English.
 */
export const DAMAGE_CODES = ['truncated', 'corrupt-data', 'bad-checksum', 'size-mismatch', 'invalid-text', 'no-audio'] as const;
export const damageSchema = z.enum(DAMAGE_CODES);
export type Damage = z.infer<typeof damageSchema>;

/** What ingest learnt from the bytes (nothing here comes from the file's name). */
export const formatInfoSchema = z.object({
  codec: z.string().optional(),
  sampleRate: z.number().optional(),
  channels: z.number().optional(),
  bitrate: z.number().optional(),
  width: z.number().optional(),
  height: z.number().optional(),
  pages: z.number().optional(),
});
export type FormatInfo = z.infer<typeof formatInfoSchema>;

/** Who handed the original over, how and when (Berkeley Protocol: provenance). Editable. */
export const provenanceSchema = z.object({
  handedOverBy: line(300).default(''),
  method: line(300).default(''),
  receivedOn: edtfSchema.nullable().default(null),
  device: line(300).default(''),
  notes: text(5000).default(''),
});
export type Provenance = z.infer<typeof provenanceSchema>;

export const mediaItemSchema = z.object({
  id: idSchema,
  testimonyId: idSchema,
  originalName: z.string(),
  contentType: z.string(),
  kind: mediaKindSchema,
  size: z.number().int().nonnegative(),
  sha256: sha256HexSchema,
  sha512: sha512HexSchema,
  durationSeconds: z.number().nonnegative().nullable(),
  damage: damageSchema.nullable(),
  damageDetail: z.string(),
  formatInfo: formatInfoSchema,
  provenance: provenanceSchema,
  notes: z.string(),
  hasPeaks: z.boolean(),
  createdAt: z.string(),
  ingestedBy: z.string(),
});
export type MediaItem = z.infer<typeof mediaItemSchema>;

export const importPhaseSchema = z.enum(['started', 'progress', 'done', 'failed', 'cancelled']);
export type ImportPhase = z.infer<typeof importPhaseSchema>;

/** A part of a recording in the segment index (oral-history practice). */
export const segmentSchema = z.object({
  id: idSchema,
  mediaId: idSchema,
  start: z.number().min(0),
  end: z.number().min(0),
  title: line(300).default(''),
  /** Terms of any vocabulary of the record (act types, content warnings, the organisation's own…). */
  keywords: z.array(z.object({ vocabulary: vocabularyIdSchema, key: termKeySchema })).max(50).default([]),
  synopsis: text(10_000).default(''),
  note: text(10_000).default(''),
});
export type Segment = z.infer<typeof segmentSchema>;

/** One paragraph of a time-coded transcript; its id stays the same across versions (translations align on it). */
export const paragraphSchema = z.object({
  id: idSchema,
  /** Seconds into the recording where the paragraph starts; null when not timed. */
  start: z.number().min(0).nullable().default(null),
  speaker: line(100).default(''),
  text: text(50_000),
});
export type Paragraph = z.infer<typeof paragraphSchema>;

export const TRANSCRIPT_KINDS = ['transcript', 'translation'] as const;
export const transcriptInfoSchema = z.object({
  id: idSchema,
  testimonyId: idSchema,
  mediaId: idSchema.nullable(),
  kind: z.enum(TRANSCRIPT_KINDS),
  language: z.string(),
  sourceId: idSchema.nullable(),
  latestVersion: z.number().int().nonnegative(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  createdAt: z.string(),
});
export type TranscriptInfo = z.infer<typeof transcriptInfoSchema>;

export const transcriptVersionSchema = z.object({
  version: z.number().int().positive(),
  author: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
  restoredFrom: z.number().int().nullable(),
  paragraphCount: z.number().int().nonnegative(),
});
export type TranscriptVersion = z.infer<typeof transcriptVersionSchema>;

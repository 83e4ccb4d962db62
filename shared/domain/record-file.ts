import { z } from 'zod';
import { idSchema } from './testimony';
import { eventSchema, interviewSessionSchema, personSchema, RECORDS_FILE_FORMAT, RECORDS_FILE_VERSION, testimonyRecordSchema } from './record';

/**
 * The records file as it may be imported: the exported form, with ids and timestamps optional
 * so that another system (or a person with an editor) can produce it. Its JSON Schema is
 * published as docs/schema/testimony-records.schema.json (`testimony-vault records schema`).
 */
export const importedRecordSchema = testimonyRecordSchema.extend({
  id: idSchema.optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
  sessions: z.array(interviewSessionSchema.extend({ id: idSchema.optional() })).max(100).default([]),
  events: z.array(eventSchema.extend({ id: idSchema.optional() })).max(500).default([]),
});
export type ImportedRecord = z.output<typeof importedRecordSchema>;

export const importFileSchema = z
  .object({
    format: z.literal(RECORDS_FILE_FORMAT),
    version: z.literal(RECORDS_FILE_VERSION),
    exportedAt: z.string().optional(),
    people: z.array(personSchema).max(100_000).default([]),
    testimonies: z.array(importedRecordSchema).max(100_000),
  })
  .meta({
    $id: 'https://testimony-vault.org/schema/testimony-records.schema.json',
    title: 'Testimony Vault records',
    description:
      'Testimony records and the people they refer to, as exported and imported by Testimony Vault. Dates are EDTF (ISO 8601-2); languages ISO 639; vocabulary fields hold term keys.',
  });

export function recordsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(importFileSchema, { io: 'input', unrepresentable: 'any' });
}

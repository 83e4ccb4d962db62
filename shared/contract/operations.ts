import { z } from 'zod';
import type { OperationName } from './names';
import { NEW_PASSPHRASE_MIN_LENGTH, PASSPHRASE_MAX_LENGTH, passphraseLength } from '../domain/passphrase';
import { idSchema, testimonyCodeSchema, testimonySummarySchema, testimonyTitleSchema } from '../domain/testimony';
import { mediaItemSchema } from '../domain/media';
import { recordOperations } from './record-operations';
import { mediaOperations } from './media-operations';
import { custodyOperations } from './custody-operations';
import { custodyExportOperations } from './custody-export-operations';
import { publishOperations } from './publish-operations';
import { userOperations } from './users-operations';
import { lifecycleOperations } from './lifecycle-operations';
import { audioRedactionOperations } from './audio-redaction-operations';


/**
 * Every operation the renderer may ask of the vault, with the schema its input must pass
 * and the shape of its answer. Handlers in electron/core/api.ts are keyed by the same names;
 * main parses every input with these schemas before a handler runs.
 */

const existingPassphrase = z
  .string()
  .min(1, 'The passphrase is empty.')
  .max(PASSPHRASE_MAX_LENGTH, `The passphrase is longer than ${PASSPHRASE_MAX_LENGTH} characters.`);

const newPassphrase = existingPassphrase.refine(
  (p) => passphraseLength(p) >= NEW_PASSPHRASE_MIN_LENGTH,
  `A new passphrase needs at least ${NEW_PASSPHRASE_MIN_LENGTH} characters.`,
);

const empty = z.object({}).strict();
const ok = z.object({ ok: z.literal(true) });

export const vaultStateSchema = z.enum(['absent', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof vaultStateSchema>;

export const settingsSchema = z.object({
  autoLockMinutes: z.number().int().min(1).max(240),
  language: z.enum(['en', 'ar']),
});
export type Settings = z.infer<typeof settingsSchema>;

export const auditProblemSchema = z.object({
  code: z.string(),
  message: z.string(),
  seq: z.number().int().optional(),
});

export const importResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), fileName: z.string(), media: mediaItemSchema }),
  z.object({ ok: z.literal(false), fileName: z.string(), code: z.string(), message: z.string() }),
]);
export type ImportResult = z.infer<typeof importResultSchema>;

export const operations = {
  'vault.status': {
    input: empty,
    output: z.object({
      state: vaultStateSchema,
      vaultId: z.string().optional(),
      /** How the open session was unlocked: after a recovery key, the UI offers a new passphrase. */
      unlockedWith: z.enum(['passphrase', 'recoveryKey']).optional(),
    }),
  },
  'vault.create': {
    input: z.object({ passphrase: newPassphrase }).strict(),
    output: z.object({ vaultId: z.string(), recoveryKey: z.string() }),
  },
  'vault.unlock': {
    input: z.discriminatedUnion('method', [
      z.object({ method: z.literal('passphrase'), passphrase: existingPassphrase }).strict(),
      z.object({ method: z.literal('recoveryKey'), recoveryKey: z.string().min(1).max(200) }).strict(),
    ]),
    output: ok,
  },
  'vault.lock': { input: empty, output: ok },
  'vault.changePassphrase': {
    input: z.object({ current: existingPassphrase, next: newPassphrase }).strict(),
    output: ok,
  },
  'vault.resetPassphrase': {
    // Only in a session unlocked with the recovery key: that key is the proof.
    input: z.object({ next: newPassphrase }).strict(),
    output: ok,
  },
  'settings.get': { input: empty, output: settingsSchema },
  'settings.update': { input: settingsSchema.partial().strict(), output: settingsSchema },
  'testimonies.list': { input: empty, output: z.object({ items: z.array(testimonySummarySchema) }) },
  'testimonies.create': {
    input: z.object({ code: testimonyCodeSchema, title: testimonyTitleSchema }).strict(),
    output: testimonySummarySchema,
  },
  'media.list': {
    input: z.object({ testimonyId: idSchema }).strict(),
    output: z.object({ items: z.array(mediaItemSchema) }),
  },
  'media.import': {
    // The renderer never names a path: main asks the user with a file dialog.
    input: z.object({ testimonyId: idSchema }).strict(),
    output: z.object({ results: z.array(importResultSchema) }),
  },
  'media.cancelImport': { input: z.object({ jobId: z.string().min(1).max(64) }).strict(), output: ok },
  'media.exportOriginal': {
    input: z.object({ mediaId: idSchema }).strict(),
    output: z.discriminatedUnion('saved', [
      z.object({ saved: z.literal(false) }),
      z.object({ saved: z.literal(true), path: z.string() }),
    ]),
  },
  'media.playbackUrl': { input: z.object({ mediaId: idSchema }).strict(), output: z.object({ url: z.string() }) },
  ...recordOperations,
  ...mediaOperations,
  ...custodyOperations,
  ...custodyExportOperations,
  ...publishOperations,
  ...userOperations,
  ...lifecycleOperations,
  ...audioRedactionOperations,
  'audit.verify': {
    input: empty,
    output: z.object({
      ok: z.boolean(),
      treeSize: z.number().int().nonnegative(),
      rootHash: z.string(),
      problems: z.array(auditProblemSchema),
    }),
  },
} as const satisfies Record<OperationName, { input: z.ZodType; output: z.ZodType }>;

export type Operations = typeof operations;
export type OperationInput<K extends OperationName> = z.input<Operations[K]['input']>;
export type OperationParsedInput<K extends OperationName> = z.output<Operations[K]['input']>;
export type OperationOutput<K extends OperationName> = z.output<Operations[K]['output']>;

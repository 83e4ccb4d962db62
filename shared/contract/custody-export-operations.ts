import { z } from 'zod';
import { CONSENT_SCOPES, line } from '../domain/record';
import { idSchema } from '../domain/testimony';
import { packagePartSchema, receiptSchema, recipientKindSchema, recipientSchema } from '../domain/custody';

/**
 * Schemas of issue 5: the address book of recipients, vault details for bag-info, custody export and handover receipts: the names are in names-custody-export.ts. Merged into `operations` in operations.ts and
 * `events` in events.ts.
 */
const empty = z.object({}).strict();
const ok = z.object({ ok: z.literal(true) });

/** What a person types for a recipient; the key is checked again with the age Bech32 parser in core. */
export const recipientInputSchema = recipientSchema.omit({ id: true }).strict();
export type RecipientInputView = z.input<typeof recipientInputSchema>;

export const recipientEntrySchema = recipientSchema.extend({
  /** SHA-256 of the key text, 16 hex digits in groups of 4: read aloud to compare with the recipient's. */
  fingerprint: z.string(),
});
export type RecipientEntryView = z.infer<typeof recipientEntrySchema>;

export const vaultDetailsSchema = z
  .object({
    organization: line(300).pipe(z.string().min(1, 'Name the organisation that sends custody packages.')),
    contactName: line(200).pipe(z.string().min(1, 'Name the contact person for custody packages.')),
  })
  .strict();
export type VaultDetailsView = z.infer<typeof vaultDetailsSchema>;

export const consentRefusalSchema = z.object({
  testimonyId: z.string(),
  code: z.string(),
  title: z.string(),
  recipientKind: recipientKindSchema,
  scope: z.enum(CONSENT_SCOPES),
  decision: z.enum(['refused', 'withdrawn', 'not-asked', 'not-obtained']),
});
export type ConsentRefusalView = z.infer<typeof consentRefusalSchema>;

export const exportRecipientsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('address-book'), recipientIds: z.array(idSchema).min(1, 'Choose at least one recipient.').max(50) }).strict(),
  // No key: a passphrase is generated in main, answered once, and sent to the recipient separately.
  z.object({ kind: z.literal('passphrase'), recipientKind: recipientKindSchema, name: line(200).pipe(z.string().min(1, 'Name the recipient.')), organization: line(300).default('') }).strict(),
]);

export const custodyExportInputSchema = z
  .object({
    testimonyIds: z.array(idSchema).min(1, 'Choose at least one testimony.').max(1000),
    parts: z.array(packagePartSchema).min(1, 'Choose what the package holds.').max(3),
    recipients: exportRecipientsSchema,
  })
  .strict();
export type CustodyExportInput = z.input<typeof custodyExportInputSchema>;

export const custodyExportOutputSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('refused'), refusals: z.array(consentRefusalSchema) }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('exported'), receipt: receiptSchema, passphrase: z.string().optional() }),
]);
export type CustodyExportOutput = z.infer<typeof custodyExportOutputSchema>;

export const custodyExportOperations = {
  'custody.recipients.list': { input: empty, output: z.object({ items: z.array(recipientEntrySchema) }) },
  'custody.recipients.add': { input: recipientInputSchema, output: recipientEntrySchema },
  'custody.recipients.update': { input: z.object({ id: idSchema, recipient: recipientInputSchema }).strict(), output: recipientEntrySchema },
  'custody.recipients.remove': { input: z.object({ id: idSchema }).strict(), output: ok },
  'custody.details.get': { input: empty, output: z.object({ organization: z.string(), contactName: z.string() }) },
  'custody.details.update': { input: vaultDetailsSchema, output: vaultDetailsSchema },
  /** Main asks where to save with a dialog (after consent passed); the renderer never names a path. */
  'custody.export': { input: custodyExportInputSchema, output: custodyExportOutputSchema },
  'custody.cancelExport': { input: empty, output: ok },
  'custody.receipts.list': { input: empty, output: z.object({ items: z.array(receiptSchema) }) },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export const custodyExportEvents = {
  'custody.exportProgress': z.object({ bytesDone: z.number().nonnegative(), bytesTotal: z.number().nonnegative() }),
} as const satisfies Record<string, z.ZodType>;

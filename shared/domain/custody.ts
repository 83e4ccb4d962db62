import { z } from 'zod';
import { idSchema } from './testimony';
import { line, text, type ConsentScope } from './record';

/**
 * Custody handovers (issue 5): recipients in an address book, what a package holds, and the
 * consent each kind of recipient needs. A recipient's kind decides which consent scope the
 * survivor must have granted: a testimony is never handed to someone its consent does not cover.
 */
export const RECIPIENT_KINDS = ['un-mechanism', 'international-court', 'national-prosecutor', 'archive'] as const;
export const recipientKindSchema = z.enum(RECIPIENT_KINDS);
export type RecipientKind = z.infer<typeof recipientKindSchema>;

export const SCOPE_FOR_KIND: Readonly<Record<RecipientKind, ConsentScope>> = {
  'un-mechanism': 'shareUnMechanisms',
  'international-court': 'shareInternationalCourts',
  'national-prosecutor': 'shareNationalProsecutors',
  archive: 'archive',
};

/** An age X25519 recipient, as age-keygen prints it (Bech32, lowercase). */
export const ageRecipientSchema = z.string().trim().regex(/^age1[02-9ac-hj-np-z]{58}$/, 'An age public key: age1 followed by 58 letters and digits.');

export const recipientSchema = z.object({
  id: idSchema,
  name: line(200).pipe(z.string().min(1, 'A recipient needs a name.')),
  organization: line(300).default(''),
  kind: recipientKindSchema,
  publicKey: ageRecipientSchema,
  notes: text(2000).default(''),
});
export type Recipient = z.infer<typeof recipientSchema>;

export const PACKAGE_PARTS = ['originals', 'transcripts', 'metadata'] as const;
export const packagePartSchema = z.enum(PACKAGE_PARTS);
export type PackagePart = z.infer<typeof packagePartSchema>;

export const receiptSchema = z.object({
  id: idSchema,
  createdAt: z.string(),
  packageName: z.string(),
  packageSha256: z.string(),
  packageBytes: z.number().int().nonnegative(),
  bagId: z.string(),
  testimonies: z.array(z.object({ code: z.string(), title: z.string(), originals: z.number().int(), transcripts: z.number().int() })),
  parts: z.array(packagePartSchema),
  recipients: z.array(z.object({ name: z.string(), organization: z.string(), kind: recipientKindSchema, publicKey: z.string().nullable(), fingerprint: z.string() })),
  signerKey: z.string(),
  signerName: z.string(),
  auditTreeSize: z.number().int().nonnegative(),
  auditRootHash: z.string(),
});
export type Receipt = z.infer<typeof receiptSchema>;

import { z } from 'zod';
import { NEW_PASSPHRASE_MIN_LENGTH, PASSPHRASE_MAX_LENGTH, passphraseLength } from '../domain/passphrase';
import { ROLES } from './roles';

/**
 * Schemas of issue 7: users, roles and the identity key: the names are in names-users.ts. Merged into `operations` in operations.ts and
 * `events` in events.ts.
 */

/**
 * A username is what a person types at unlock; it need not be their real name (vault.json
 * keeps only a keyed hash of it, and the database keeps it encrypted). Compared after NFC
 * normalisation and lower-casing, so "Amal" and "amal" are the same user.
 */
export const USERNAME_MAX_LENGTH = 32;
export function normalizeUsername(value: string): string {
  return value.normalize('NFC').trim().toLowerCase();
}
export const usernameSchema = z
  .string()
  .transform(normalizeUsername)
  .pipe(
    z
      .string()
      .min(2, 'A username needs at least 2 characters.')
      .max(USERNAME_MAX_LENGTH, `A username has at most ${USERNAME_MAX_LENGTH} characters.`)
      .regex(/^[\p{L}\p{N}][\p{L}\p{N}\p{M}._-]*$/u, 'A username is letters, digits, dots, hyphens and underscores, starting with a letter or digit.'),
  );

const displayNameSchema = z.string().trim().min(1, 'The display name is empty.').max(80, 'A display name has at most 80 characters.');

const existingPassphrase = z.string().min(1, 'The passphrase is empty.').max(PASSPHRASE_MAX_LENGTH, `The passphrase is longer than ${PASSPHRASE_MAX_LENGTH} characters.`);
const newPassphrase = existingPassphrase.refine((p) => passphraseLength(p) >= NEW_PASSPHRASE_MIN_LENGTH, `A new passphrase needs at least ${NEW_PASSPHRASE_MIN_LENGTH} characters.`);

export const roleSchema = z.enum(ROLES);

export const userSummarySchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  createdAt: z.string(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;

const ok = z.object({ ok: z.literal(true) });

export const userOperations = {
  /** Unlocks as one user: the username picks the key slot, the passphrase opens it. */
  'users.unlock': {
    input: z.object({ username: usernameSchema, passphrase: existingPassphrase }).strict(),
    output: ok,
  },
  /** How long the unlock screen must wait after repeated failures (0: no wait). */
  'users.unlockStatus': {
    input: z.object({}).strict(),
    output: z.object({ failures: z.number().int().nonnegative(), waitSeconds: z.number().int().nonnegative() }),
  },
  /** Who is working: the UI shows and hides by role (core enforces it anyway). */
  'users.me': {
    input: z.object({}).strict(),
    output: userSummarySchema.extend({ holdsIdentityKey: z.boolean() }),
  },
  'users.list': {
    input: z.object({}).strict(),
    output: z.object({ items: z.array(userSummarySchema) }),
  },
  /** The new user types their own passphrase at the administrator's screen. */
  'users.add': {
    input: z.object({ username: usernameSchema, displayName: displayNameSchema, role: roleSchema, passphrase: newPassphrase }).strict(),
    output: userSummarySchema,
  },
  /** Deletes the user's key slot; their audit history stays, under their name. */
  'users.remove': {
    input: z.object({ userId: z.uuid() }).strict(),
    output: ok,
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export const userEvents = {} as const satisfies Record<string, z.ZodType>;

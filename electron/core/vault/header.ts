import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { VaultError } from '../../../shared/errors';
import { writeFileAtomic } from '../fs/atomic-write';

/**
 * vault.json: the only plaintext file of a vault. It holds no secret in clear: the master
 * key exists only wrapped in key slots, the database key only wrapped by the master key.
 * A copy (vault.json.bak) is written before every change so that a damaged header does not
 * lose the vault: the slots are the only way to the master key.
 */
export const HEADER_FILE = 'vault.json';
export const HEADER_BACKUP_FILE = 'vault.json.bak';
export const DATABASE_FILE = 'vault.db';
export const BLOBS_DIR = 'blobs';
export const CHECKPOINT_FILE = 'audit-checkpoint.txt';
export const LOCK_FILE = 'vault.lock';

export const FORMAT_NAME = 'testimony-vault';
/**
 * Format 2 (issue 7) adds users: slot tags, editor slots and the identity key. An app that
 * reads only format 1 would drop those fields when it rewrote the header, so it must refuse.
 */
export const FORMAT_VERSION = 2;

const b64 = z.base64();

const sealedSchema = z.object({
  algorithm: z.literal('xchacha20poly1305-ietf'),
  nonce: b64,
  ciphertext: b64,
});

const passphraseSlotSchema = z.object({
  id: z.uuid(),
  type: z.literal('passphrase'),
  userId: z.uuid(),
  /** Keyed hash of the username (users/user-tags.ts): finds the slot without listing names. */
  tag: b64.optional(),
  /** 'editor': wraps the editor key, not the master key (no identity key behind it). */
  access: z.enum(['full', 'editor']).optional(),
  kdf: z.object({
    algorithm: z.literal('argon2id13'),
    opsLimit: z.number().int(),
    memLimitBytes: z.number().int(),
    salt: b64,
  }),
  wrap: sealedSchema,
});

const recoverySlotSchema = z.object({
  id: z.uuid(),
  type: z.literal('recovery'),
  userId: z.uuid(),
  kdf: z.object({ algorithm: z.literal('hkdf-sha256'), salt: b64 }),
  wrap: sealedSchema,
});

export const slotSchema = z.discriminatedUnion('type', [passphraseSlotSchema, recoverySlotSchema]);

export const headerSchema = z.object({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.union([z.literal(1), z.literal(2)]),
  vaultId: z.uuid(),
  createdAt: z.string(),
  slots: z.array(slotSchema).min(1),
  database: z.object({ wrappedKey: sealedSchema }),
  signing: z.object({ algorithm: z.literal('ed25519'), keyName: z.string().min(1), publicKey: b64 }),
  /** Format 2: the salt of username tags. */
  users: z.object({ tagSalt: b64 }).optional(),
  /**
   * Format 2: the identity key and the editor key, wrapped by the master key, and the database
   * key wrapped again by the editor key (what an editor slot opens). See vault/key-hierarchy.ts.
   */
  keys: z.object({ identity: sealedSchema, editor: sealedSchema, editorDatabase: sealedSchema }).optional(),
});

export type VaultHeader = z.infer<typeof headerSchema>;
export type KeySlot = z.infer<typeof slotSchema>;
export type PassphraseSlot = z.infer<typeof passphraseSlotSchema>;
export type RecoverySlot = z.infer<typeof recoverySlotSchema>;
export type SealedJson = z.infer<typeof sealedSchema>;

/** Checks a parsed JSON value; the version is looked at first so a newer vault gets the right message. */
export function parseHeader(raw: unknown, source: string): VaultHeader {
  if (typeof raw === 'object' && raw !== null) {
    const r = raw as { format?: unknown; formatVersion?: unknown };
    if (r.format === FORMAT_NAME && typeof r.formatVersion === 'number' && r.formatVersion > FORMAT_VERSION) {
      throw new VaultError(
        'VAULT_FORMAT_TOO_NEW',
        `This vault was written by a newer version of Testimony Vault (vault format ${r.formatVersion}; this version reads format ${FORMAT_VERSION}). Update the app to open it; nothing was changed.`,
        { found: r.formatVersion, supported: FORMAT_VERSION },
      );
    }
  }
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') || '(top level)' : '(unknown)';
    throw new VaultError('VAULT_HEADER_CORRUPT', `${source} is not a valid vault header (${where}: ${issue?.message ?? 'invalid'}).`, { file: source, field: where });
  }
  return parsed.data;
}

async function readHeaderFile(file: string): Promise<VaultHeader> {
  const name = path.basename(file);
  const text = await fs.readFile(file, 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new VaultError('VAULT_HEADER_CORRUPT', `${name} is damaged: it is not valid JSON.`, { file: name });
  }
  return parseHeader(raw, name);
}

export async function vaultExists(dir: string): Promise<boolean> {
  for (const name of [HEADER_FILE, HEADER_BACKUP_FILE]) {
    try {
      await fs.access(path.join(dir, name));
      return true;
    } catch {
      // try the next one
    }
  }
  return false;
}

export interface LoadedHeader {
  header: VaultHeader;
  /** True when vault.json was damaged and the backup copy was used instead. */
  fromBackup: boolean;
}

/**
 * Reads vault.json, falling back to vault.json.bak when the main copy is damaged (both are
 * always written together, so the backup is never older than the last completed change).
 * A newer format version is never "repaired" from the backup: that would hide the problem.
 */
export async function loadHeader(dir: string): Promise<LoadedHeader> {
  const main = path.join(dir, HEADER_FILE);
  const backup = path.join(dir, HEADER_BACKUP_FILE);
  try {
    return { header: await readHeaderFile(main), fromBackup: false };
  } catch (error) {
    const missing = (error as { code?: unknown }).code === 'ENOENT';
    if (error instanceof VaultError && error.code !== 'VAULT_HEADER_CORRUPT') throw error;
    if (!missing && !(error instanceof VaultError)) throw error;
    try {
      return { header: await readHeaderFile(backup), fromBackup: true };
    } catch (backupError) {
      if (missing && (backupError as { code?: unknown }).code === 'ENOENT') {
        throw new VaultError('NO_VAULT', `There is no vault in ${dir}.`);
      }
      if (error instanceof VaultError) {
        throw new VaultError(error.code, `${error.message} Its backup copy ${HEADER_BACKUP_FILE} could not be used either; restore vault.json from a backup of the vault.`, error.details);
      }
      throw backupError;
    }
  }
}

export async function saveHeader(dir: string, header: VaultHeader): Promise<void> {
  const text = `${JSON.stringify(headerSchema.parse(header), null, 2)}\n`;
  // Backup first: if we die between the two writes, the backup already holds the new
  // header and vault.json the previous one; both open the vault.
  await writeFileAtomic(path.join(dir, HEADER_BACKUP_FILE), text);
  await writeFileAtomic(path.join(dir, HEADER_FILE), text);
}

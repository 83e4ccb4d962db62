import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { VaultError } from '../../../shared/errors';
import { writeFileAtomic } from '../fs/atomic-write';
import { CHECKPOINT_FILE, DATABASE_FILE, HEADER_BACKUP_FILE, HEADER_FILE } from '../vault/header';

/**
 * backup.json: what a backup folder holds, written by the backup and read by a restore.
 * It names the vault (a folder holds one vault's backup), says whether the last backup
 * completed, and lists every file with its size and SHA-256, so a restore checks each byte
 * it copies without any key. It holds no secret and nothing about the testimonies beyond
 * what the blob file names already show.
 */
export const MANIFEST_FILE = 'backup.json';
export const MANIFEST_FORMAT = 'testimony-vault-backup';
export const MANIFEST_VERSION = 1;

/** The vault files a backup holds besides the blobs, in the order a restore writes them: the header last. */
export const VAULT_FILES = [DATABASE_FILE, CHECKPOINT_FILE, HEADER_BACKUP_FILE, HEADER_FILE] as const;

const BLOB_PATH = /^blobs\/[0-9a-f]{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.age$/;

/** A path a backup may hold: the vault's own names only, so a forged manifest cannot point a restore elsewhere. */
export function isBackupPath(relative: string): boolean {
  return (VAULT_FILES as readonly string[]).includes(relative) || isBlobPath(relative);
}

/** blobs/ab/<uuid>.age, where ab are the id's first two digits (media/blob-paths.ts). */
export function isBlobPath(relative: string): boolean {
  return BLOB_PATH.test(relative) && relative.slice(6, 8) === relative.slice(9, 11);
}

const fileSchema = z.object({
  path: z.string().refine(isBackupPath, 'not a file of a vault'),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupFile = z.infer<typeof fileSchema>;

const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  formatVersion: z.literal(MANIFEST_VERSION),
  vaultId: z.uuid(),
  state: z.enum(['in progress', 'complete']),
  startedAt: z.string(),
  completedAt: z.string().nullable(),
  /** Events in the audit log of the copied database. */
  auditEvents: z.number().int().nonnegative(),
  files: z.array(fileSchema),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

/** The manifest of `dir`, or null when there is none. Refuses a damaged or newer one by name. */
export async function readManifest(dir: string): Promise<BackupManifest | null> {
  let text: string;
  try {
    text = await fs.readFile(path.join(dir, MANIFEST_FILE), 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return null;
    throw new VaultError('FILE_UNREADABLE', `${path.join(dir, MANIFEST_FILE)} cannot be read.`, { fileName: MANIFEST_FILE });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new VaultError('BAD_INPUT', `${MANIFEST_FILE} in ${dir} is damaged (not JSON); this folder cannot be used as a backup.`, { fileName: MANIFEST_FILE });
  }
  const version = (raw as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > MANIFEST_VERSION) {
    throw new VaultError('VAULT_FORMAT_TOO_NEW', `The backup in ${dir} was written by a newer version of Testimony Vault (backup format ${version}). Update the app to use it.`, {
      found: version,
      supported: MANIFEST_VERSION,
    });
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new VaultError('BAD_INPUT', `${MANIFEST_FILE} in ${dir} is not a valid backup manifest (${issue?.path.join('.') || 'top level'}: ${issue?.message ?? 'invalid'}).`, {
      fileName: MANIFEST_FILE,
    });
  }
  return parsed.data;
}

export async function writeManifest(dir: string, manifest: BackupManifest): Promise<void> {
  const sorted = { ...manifest, files: [...manifest.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
  await writeFileAtomic(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifestSchema.parse(sorted), null, 2)}\n`);
}

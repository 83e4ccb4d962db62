import path from 'node:path';

/**
 * blobs/ab/<uuid>.age, where ab are the first two hex digits of the id: a folder never
 * holds more than a few thousand files. The path stored in the database is relative to the
 * vault folder, so a vault can be moved or restored elsewhere.
 */
export const PARTIAL_SUFFIX = '.partial';

export function blobRelativePath(mediaId: string): string {
  return path.posix.join('blobs', mediaId.slice(0, 2), `${mediaId}.age`);
}

export function blobAbsolutePath(vaultDir: string, relative: string): string {
  // Stored paths are ours, but a damaged database must still not point outside the vault.
  const resolved = path.resolve(vaultDir, relative);
  const blobsRoot = path.resolve(vaultDir, 'blobs') + path.sep;
  if (!resolved.startsWith(blobsRoot)) throw new Error(`blob path escapes the vault: ${relative}`);
  return resolved;
}

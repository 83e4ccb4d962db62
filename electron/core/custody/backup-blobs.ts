import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { blobAbsolutePath, PARTIAL_SUFFIX } from '../media/blob-paths';
import { copyVerified, hashFile, type FileDigest } from './backup-files';
import { isBlobPath, type BackupFile, type BackupManifest } from './backup-manifest';

export interface BlobCopyOptions {
  signal: AbortSignal;
  /** Blobs done so far, and bytes of the vault's blobs read so far of their total. */
  onProgress: (filesDone: number, bytesDone: number, bytesTotal: number) => void;
}

export interface BlobCopyResult {
  files: BackupFile[];
  copied: number;
  skipped: number;
  bytesCopied: number;
  bytesTotal: number;
  changedInVault: string[];
}

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await fs.stat(file);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return null;
    throw error;
  }
}

const same = (a: FileDigest | null, b: { size: number; sha256: string } | undefined | null): boolean => a !== null && !!b && a.size === b.size && a.sha256 === b.sha256;

/**
 * Brings the backup's blobs up to the snapshot's list. Blobs are encrypted and never change
 * once written, so a blob already in the folder with the vault's size and hash is left as is.
 * When the vault's blob differs from (or lost) a copy an earlier backup verified, the vault's
 * blob is the damaged one: the verified copy is kept, never overwritten by the damage, and the
 * media id is reported.
 */
export async function copyBlobs(
  vaultDir: string,
  dir: string,
  blobs: readonly { mediaId: string; blobPath: string }[],
  previous: BackupManifest | null,
  options: BlobCopyOptions,
): Promise<BlobCopyResult> {
  const verified = new Map((previous?.files ?? []).map((f) => [f.path, f]));
  const sources = await Promise.all(blobs.map(async (b) => ({ ...b, source: blobAbsolutePath(vaultDir, b.blobPath), stat: await statOrNull(blobAbsolutePath(vaultDir, b.blobPath)) })));
  const result: BlobCopyResult = { files: [], copied: 0, skipped: 0, bytesCopied: 0, bytesTotal: sources.reduce((n, s) => n + (s.stat?.size ?? 0), 0), changedInVault: [] };
  let before = 0;
  for (const [index, blob] of sources.entries()) {
    const target = path.join(dir, ...blob.blobPath.split('/'));
    const earlier = verified.get(blob.blobPath);
    let current = 0;
    const onBytes = (bytes: number) => {
      current += bytes;
      options.onProgress(index, before + current, result.bytesTotal);
    };
    const targetStat = await statOrNull(target);
    let sourceDigest: FileDigest | null = null;
    let targetDigest: FileDigest | null = null;
    if (blob.stat && targetStat?.size === blob.stat.size) {
      [sourceDigest, targetDigest] = await Promise.all([hashFile(blob.source, { signal: options.signal, onBytes }), hashFile(target, { signal: options.signal })]);
    } else if (targetStat && earlier?.size === targetStat.size) {
      targetDigest = await hashFile(target, { signal: options.signal });
    }
    if (sourceDigest && same(sourceDigest, targetDigest)) {
      result.files.push({ path: blob.blobPath, ...sourceDigest });
      result.skipped++;
    } else if (earlier && same(targetDigest, earlier)) {
      result.files.push(earlier);
      result.changedInVault.push(blob.mediaId);
    } else if (!blob.stat) {
      // Lost from the vault and never backed up intact: nothing to copy; fixity names it.
      result.changedInVault.push(blob.mediaId);
    } else {
      const copied = await copyVerified(blob.source, target, { signal: options.signal, onBytes });
      result.files.push({ path: blob.blobPath, ...copied });
      result.copied++;
      result.bytesCopied += copied.size;
    }
    before += blob.stat?.size ?? 0;
    options.onProgress(index + 1, before, result.bytesTotal);
  }
  return result;
}

/** Removes blobs the snapshot no longer lists (a deleted testimony's) and leftovers of interrupted copies. */
export async function pruneBlobs(dir: string, keep: ReadonlySet<string>): Promise<number> {
  const root = path.join(dir, 'blobs');
  let shards: string[];
  try {
    shards = await fs.readdir(root);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const shard of shards) {
    const entries = await fs.readdir(path.join(root, shard)).catch(() => [] as string[]);
    for (const name of entries) {
      const relative = `blobs/${shard}/${name}`;
      const ours = isBlobPath(relative) || (name.startsWith('.') && name.endsWith(PARTIAL_SUFFIX));
      if (!ours || keep.has(relative)) continue;
      await fs.rm(path.join(root, shard, name), { force: true });
      if (isBlobPath(relative)) removed++;
    }
  }
  return removed;
}

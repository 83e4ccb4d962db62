import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { VaultError } from '../../../shared/errors';
import { syncDirectory } from '../fs/atomic-write';
import { PARTIAL_SUFFIX } from '../media/blob-paths';

/**
 * Whole-file copies and hashes for backups and restores. Everything copied is ciphertext or
 * the (secret-free) header, so these are byte copies: nothing is decrypted.
 */
const PIECE = 1024 * 1024;

export interface FileDigest {
  size: number;
  sha256: string;
}

export interface CopyOptions {
  signal?: AbortSignal | undefined;
  /** Called with the bytes read since the previous call. */
  onBytes?: ((bytes: number) => void) | undefined;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason instanceof VaultError ? signal.reason : new VaultError('CANCELLED', 'Cancelled.');
}

export async function hashFile(file: string, options: CopyOptions = {}): Promise<FileDigest> {
  const handle = await fs.open(file, 'r');
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(PIECE);
  let size = 0;
  try {
    for (;;) {
      throwIfAborted(options.signal);
      const { bytesRead } = await handle.read(buffer, 0, PIECE, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      size += bytesRead;
      options.onBytes?.(bytesRead);
    }
  } finally {
    await handle.close();
  }
  return { size, sha256: hash.digest('hex') };
}

/** The digest of `file`, or null when there is no such file. */
export async function hashIfPresent(file: string, options: CopyOptions = {}): Promise<FileDigest | null> {
  try {
    return await hashFile(file, options);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Copies `source` to `target` so that `target` is either absent, its old content, or the
 * complete verified copy: written under a temporary name, synced, read back and compared,
 * then renamed into place. Returns the digest of what was read from `source`.
 */
export async function copyVerified(source: string, target: string, options: CopyOptions = {}): Promise<FileDigest> {
  const dir = path.dirname(target);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}${PARTIAL_SUFFIX}`);
  const input = await fs.open(source, 'r');
  try {
    const output = await fs.open(temp, 'wx', 0o600);
    const hash = createHash('sha256');
    const buffer = Buffer.alloc(PIECE);
    let size = 0;
    try {
      for (;;) {
        throwIfAborted(options.signal);
        const { bytesRead } = await input.read(buffer, 0, PIECE, null);
        if (bytesRead === 0) break;
        const piece = buffer.subarray(0, bytesRead);
        hash.update(piece);
        await output.write(piece);
        size += bytesRead;
        options.onBytes?.(bytesRead);
      }
      await output.sync();
    } finally {
      await output.close();
    }
    const written = { size, sha256: hash.digest('hex') };
    // Read back what the disk kept: a failing backup drive shows here, not at restore time.
    const readBack = await hashFile(temp, { signal: options.signal });
    if (readBack.sha256 !== written.sha256 || readBack.size !== written.size) {
      throw new VaultError('FILE_UNREADABLE', `The copy of ${path.basename(source)} in ${dir} reads back differently from what was written: the disk may be failing.`, {
        fileName: path.basename(source),
      });
    }
    await fs.rename(temp, target);
    await syncDirectory(dir);
    return written;
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  } finally {
    await input.close();
  }
}

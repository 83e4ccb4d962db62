import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { VaultError } from '../../../shared/errors';
import { syncDirectory } from '../fs/atomic-write';
import { spawnWorker } from '../workers/spawn';
import type { VaultSession } from '../vault/session';
import { blobAbsolutePath } from './blob-paths';
import type { DecryptWorkerInput, DecryptWorkerMessage } from './export-protocol';
import type { MediaAccess } from './media-access';

export interface ExportOptions {
  /** The user confirmed replacing an existing file (the save dialog asked, or --force). */
  overwrite: boolean;
  onProgress?: (bytesDone: number, bytesTotal: number) => void;
}

/**
 * Writes the original, bit-exact, to a path the user chose. Decryption runs in a worker
 * (a 3-hour recording must not freeze the app); the result lands under a temporary name
 * beside the target and is renamed only after its SHA-256 matched the ingest hash.
 */
export async function exportOriginal(session: VaultSession, media: MediaAccess, mediaId: string, target: string, options: ExportOptions): Promise<{ path: string; size: number }> {
  const record = media.record(mediaId);
  const absolute = path.resolve(target);
  const exists = await fs.stat(absolute).then(
    (s) => s,
    () => null,
  );
  if (exists?.isDirectory()) throw new VaultError('BAD_INPUT', `${absolute} is a folder; give a file name to export to.`);
  if (exists && !options.overwrite) throw new VaultError('FILE_EXISTS', `${absolute} already exists; choose another name or allow replacing it.`, { path: absolute });
  const temp = path.join(path.dirname(absolute), `.${path.basename(absolute)}.${randomBytes(6).toString('hex')}.partial`);
  const identity = media.identityFor(record.testimonyId);
  const input: DecryptWorkerInput = { mode: 'export', blobPath: blobAbsolutePath(session.dir, record.blobPath), identity, targetPath: temp, expectedSha256: record.sha256 };
  const worker = spawnWorker('decrypt', input);
  identity.fill(0);
  try {
    const result = await new Promise<{ size: number }>((resolve, reject) => {
      worker.on('message', (message: DecryptWorkerMessage) => {
        if (message.type === 'progress') options.onProgress?.(message.bytesDone, record.size);
        else if (message.type === 'done') resolve(message);
        else reject(new VaultError(message.code, message.message, message.details));
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`export worker exited early (code ${code})`)));
    });
    await fs.rename(temp, absolute);
    await syncDirectory(path.dirname(absolute));
    await session.commit((record_) =>
      record_({ type: 'dissemination', objectType: 'media', objectId: mediaId, detail: { action: 'export original', sha256: record.sha256, size: result.size } }),
    );
    return { path: absolute, size: result.size };
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  } finally {
    await worker.terminate();
  }
}

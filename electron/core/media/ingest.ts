import { promises as fs } from 'node:fs';
import path from 'node:path';
import { MessageChannel, type Worker } from 'node:worker_threads';
import { randomUUID } from 'node:crypto';
import { VaultError } from '../../../shared/errors';
import { getTestimony, getTestimonyKey } from '../db/queries/testimonies';
import { insertMedia, type MediaRecord } from '../db/queries/media';
import { decodeRecipient } from '../crypto/age/identity';
import { syncDirectory } from '../fs/atomic-write';
import { spawnWorker } from '../workers/spawn';
import type { VaultSession } from '../vault/session';
import { provenanceSchema } from '../../../shared/domain/media';
import { refreshDerived } from '../records/record-store';
import { blobAbsolutePath, blobRelativePath, PARTIAL_SUFFIX } from './blob-paths';
import type { HashWorkerResult, IngestWorkerInput, IngestWorkerMessage } from './ingest-protocol';
import { refuseEmpty } from './refusals';

export { kindOf } from './inspect';

/** Read pieces shared by the encrypting and the hashing thread: 8 MiB in all, per import. */
const SLOT_SIZE = 1024 * 1024;
const SLOTS = 8;

export interface IngestProgress {
  bytesDone: number;
  bytesTotal: number;
}

export interface IngestJob {
  readonly jobId: string;
  readonly fileName: string;
  readonly bytesTotal: number;
  readonly done: Promise<MediaRecord>;
  /** Stops the import; whatever it wrote is removed. */
  cancel(): void;
}

async function statSource(sourcePath: string, fileName: string): Promise<number> {
  let stat;
  try {
    stat = await fs.stat(sourcePath);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') {
      throw new VaultError('FILE_NOT_FOUND', `"${sourcePath}" does not exist.`, { fileName });
    }
    throw new VaultError('FILE_UNREADABLE', `"${sourcePath}" cannot be read.`, { fileName });
  }
  if (!stat.isFile()) throw new VaultError('FILE_UNREADABLE', `"${sourcePath}" is not a regular file.`, { fileName, reason: 'not a file' });
  return stat.size;
}

/**
 * Imports one file into a testimony: a worker hashes and encrypts it into a `.partial`
 * blob; only when that is complete and on disk is it renamed into place and recorded, with
 * its ingestion event, in one transaction. A crash at any point leaves either the finished
 * import or an unreferenced file that the next unlock removes (media/sweep.ts).
 */
export async function startIngest(
  session: VaultSession,
  testimonyId: string,
  sourcePath: string,
  onProgress: (progress: IngestProgress) => void,
): Promise<IngestJob> {
  session.assertOpen();
  const fileName = path.basename(sourcePath);
  const bytesTotal = await statSource(sourcePath, fileName);
  // Refused before anything is written (the worker refuses again if a file shrinks to nothing).
  if (bytesTotal === 0) refuseEmpty(fileName);
  return startIngestFrom(session, testimonyId, { kind: 'file', path: sourcePath }, fileName, bytesTotal, onProgress);
}

/**
 * The same for any source: a file, or the encrypted journal of a recording (decrypted chunk by
 * chunk in the worker, never written in clear). `afterInsert` runs inside the transaction that
 * records the original (a recording's markers become segments there).
 */
export async function startIngestFrom(
  session: VaultSession,
  testimonyId: string,
  source: IngestWorkerInput['source'],
  fileName: string,
  bytesTotal: number,
  onProgress: (progress: IngestProgress) => void,
  afterInsert?: (record: MediaRecord) => void,
): Promise<IngestJob> {
  session.assertOpen();
  if (!getTestimony(session.db, testimonyId)) throw new VaultError('NOT_FOUND', 'This testimony does not exist.');
  const key = getTestimonyKey(session.db, testimonyId);
  if (!key) throw new VaultError('DATABASE_CORRUPT', 'This testimony has no key.');

  const mediaId = randomUUID();
  const relative = blobRelativePath(mediaId);
  const finalPath = blobAbsolutePath(session.dir, relative);
  const partialPath = finalPath + PARTIAL_SUFFIX;
  await fs.mkdir(path.dirname(finalPath), { recursive: true, mode: 0o700 });

  const shared = new SharedArrayBuffer(SLOT_SIZE * SLOTS);
  const channel = new MessageChannel();
  const hasher = spawnWorker('hash', { shared, slotSize: SLOT_SIZE, port: channel.port2 }, [channel.port2]);
  const input: IngestWorkerInput = {
    source,
    partialPath,
    recipient: decodeRecipient(key.recipient),
    fileName,
    shared,
    slotSize: SLOT_SIZE,
    hashPort: channel.port1,
  };
  const worker = spawnWorker('ingest', input, [channel.port1]);
  let cancelled = false;
  const cancelledError = () => new VaultError('CANCELLED', `The import of "${fileName}" was cancelled.`, { fileName });

  const earlyExit = (w: Worker, name: string) =>
    new Promise<never>((_, reject) => {
      w.once('error', reject);
      w.once('exit', (code) => reject(cancelled ? cancelledError() : new Error(`${name} worker exited early (code ${code})`)));
    });
  const encrypted = Promise.race([
    new Promise<Extract<IngestWorkerMessage, { type: 'done' }>>((resolve, reject) => {
      worker.on('message', (message: IngestWorkerMessage) => {
        if (message.type === 'progress') onProgress({ bytesDone: message.bytesDone, bytesTotal });
        else if (message.type === 'done') resolve(message);
        else reject(new VaultError(message.code, message.message, message.details));
      });
    }),
    earlyExit(worker, 'ingest'),
  ]);
  const hashed = Promise.race([new Promise<HashWorkerResult>((resolve) => hasher.once('message', resolve)), earlyExit(hasher, 'hash')]);
  // Whichever fails first decides; the other is then abandoned (and terminated below).
  hashed.catch(() => undefined);

  const done = (async (): Promise<MediaRecord> => {
    let committed = false;
    try {
      const encryption = await encrypted;
      const hashes = await hashed;
      if (cancelled) throw cancelledError();
      // Both threads saw the same pieces; a mismatch would mean a bug in the hand-over.
      if (hashes.size !== encryption.size) throw new Error('hashed and encrypted sizes differ');
      const result = { ...encryption, ...hashes };
      session.assertOpen();
      await fs.rename(partialPath, finalPath);
      await syncDirectory(path.dirname(finalPath));
      const record: MediaRecord = {
        id: mediaId,
        testimonyId,
        blobPath: relative,
        originalName: fileName,
        contentType: result.contentType,
        kind: result.inspection.kind,
        size: result.size,
        sha256: result.sha256,
        sha512: result.sha512,
        durationSeconds: result.inspection.durationSeconds ?? null,
        damage: result.inspection.damage ?? null,
        damageDetail: result.inspection.damageDetail,
        formatInfo: result.inspection.formatInfo,
        provenance: provenanceSchema.parse({}),
        notes: '',
        hasPeaks: false,
        createdAt: session.now(),
        ingestedBy: session.user.id,
      };
      await session.commit((record_) => {
        insertMedia(session.db, record);
        afterInsert?.(record);
        // Having an original is part of a record's completeness.
        refreshDerived(session.db, testimonyId);
        record_({
          type: 'ingestion',
          objectType: 'media',
          objectId: mediaId,
          // An original that arrived damaged says so in its ingestion event too (custody: what was received).
          detail: { testimonyId, size: result.size, contentType: result.contentType, sha256: result.sha256, sha512: result.sha512, ...(record.damage ? { damage: record.damage } : {}) },
        });
      });
      committed = true;
      onProgress({ bytesDone: result.size, bytesTotal: result.size });
      return record;
    } catch (error) {
      await fs.rm(partialPath, { force: true });
      // Until the row commits, the renamed blob is referenced by nothing.
      if (!committed) await fs.rm(finalPath, { force: true });
      throw error;
    } finally {
      await Promise.all([worker.terminate(), hasher.terminate()]);
    }
  })();

  return {
    jobId: mediaId,
    fileName,
    bytesTotal,
    done,
    cancel() {
      cancelled = true;
      void worker.terminate();
      void hasher.terminate();
    },
  };
}

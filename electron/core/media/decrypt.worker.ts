import { promises as fs } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { AgeError } from '../crypto/age/errors';
import { decryptAndDigest } from './decrypt-stream';
import type { DecryptWorkerInput, DecryptWorkerMessage, VerifyJob, VerifyProblem, VerifyWorkerInput, VerifyWorkerMessage } from './export-protocol';

/**
 * Decrypts blobs off the main thread (a 3-hour recording must not freeze the app).
 * `export`: one blob to the file the user chose, removed again if the blob fails
 * authentication or its hash differs from the one recorded at ingest (an export is either the
 * exact original or nothing). `verify`: blobs named by messages, hashed with both fixity
 * algorithms; no plaintext leaves the worker, not even to the main thread.
 */
function post(message: DecryptWorkerMessage | VerifyWorkerMessage): void {
  parentPort?.postMessage(message);
}

async function runExport(input: DecryptWorkerInput): Promise<void> {
  const target = await fs.open(input.targetPath, 'wx', 0o600);
  let result;
  try {
    result = await decryptAndDigest(input.blobPath, input.identity, ['sha256'], {
      sink: async (piece) => {
        await target.write(piece);
      },
      onProgress: (bytesDone) => post({ type: 'progress', bytesDone }),
    });
    await target.sync();
  } finally {
    await target.close();
  }
  if (result.digests.sha256 !== input.expectedSha256) {
    await fs.rm(input.targetPath, { force: true });
    post({ type: 'error', code: 'FIXITY_MISMATCH', message: 'The decrypted file does not match the SHA-256 recorded at ingest; nothing was exported.' });
    return;
  }
  post({ type: 'done', size: result.size, sha256: result.digests.sha256 });
}

async function exportFailed(input: DecryptWorkerInput, error: unknown): Promise<void> {
  input.identity.fill(0);
  await fs.rm(input.targetPath, { force: true }).catch(() => undefined);
  if (error instanceof AgeError) {
    post({ type: 'error', code: 'BLOB_CORRUPT', message: `The encrypted file is damaged: ${error.message}`, details: { reason: error.code } });
  } else {
    post({ type: 'error', code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) });
  }
}

/** A failure that is a fact about the blob on disk (fixity reports it), as opposed to a bug. */
function problemOf(error: unknown): VerifyProblem | null {
  if (error instanceof AgeError) return { kind: 'damaged', ageErrorCode: error.code, message: error.message };
  const errno = (error as { code?: unknown }).code;
  if (errno === 'ENOENT') return { kind: 'missing' };
  if (typeof errno === 'string' && /^E[A-Z]+$/.test(errno)) return { kind: 'unreadable', errno, message: error instanceof Error ? error.message : errno };
  return null;
}

async function verify(job: VerifyJob): Promise<void> {
  try {
    const result = await decryptAndDigest(job.blobPath, job.identity, ['sha256', 'sha512'], {
      onProgress: (bytesDone) => post({ type: 'progress', jobId: job.jobId, bytesDone }),
    });
    post({ type: 'verified', jobId: job.jobId, size: result.size, sha256: result.digests.sha256 ?? '', sha512: result.digests.sha512 ?? '' });
  } catch (error) {
    const problem = problemOf(error);
    // Anything else is a bug: let the thread die so the main thread reports it, never a "pass".
    if (!problem) throw error;
    post({ type: 'problem', jobId: job.jobId, problem });
  } finally {
    job.identity.fill(0);
  }
}

const input = workerData as DecryptWorkerInput | VerifyWorkerInput;
if (input.mode === 'verify') {
  // One job at a time: the main thread sends the next one after this one's answer.
  parentPort?.on('message', (job: VerifyJob) => {
    verify(job).catch((error: unknown) => {
      setImmediate(() => {
        throw error;
      });
    });
  });
} else {
  void runExport(input).catch((error: unknown) => exportFailed(input, error));
}

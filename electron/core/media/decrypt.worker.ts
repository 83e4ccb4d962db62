import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { AgeError } from '../crypto/age/errors';
import { AgeFileReader } from '../crypto/age/reader';
import type { DecryptWorkerInput, DecryptWorkerMessage } from './export-protocol';

/**
 * Decrypts a whole blob to the file the user chose, rehashing as it goes. The target is
 * removed again if the blob fails authentication or its hash differs from the one recorded
 * at ingest: an export is either the exact original or nothing.
 */
const PROGRESS_EVERY_MS = 100;

function post(message: DecryptWorkerMessage): void {
  parentPort?.postMessage(message);
}

async function run(input: DecryptWorkerInput): Promise<void> {
  const reader = await AgeFileReader.open(input.blobPath, [input.identity]);
  input.identity.fill(0);
  const target = await fs.open(input.targetPath, 'wx', 0o600);
  const sha256 = createHash('sha256');
  let size = 0;
  let last = 0;
  try {
    for await (const chunk of reader.stream()) {
      sha256.update(chunk);
      await target.write(chunk);
      size += chunk.length;
      if (Date.now() - last >= PROGRESS_EVERY_MS) {
        last = Date.now();
        post({ type: 'progress', bytesDone: size });
      }
    }
    await target.sync();
  } finally {
    await target.close();
    await reader.close();
  }
  const digest = sha256.digest('hex');
  if (digest !== input.expectedSha256) {
    await fs.rm(input.targetPath, { force: true });
    post({ type: 'error', code: 'FIXITY_MISMATCH', message: 'The decrypted file does not match the SHA-256 recorded at ingest; nothing was exported.' });
    return;
  }
  post({ type: 'done', size, sha256: digest });
}

const input = workerData as DecryptWorkerInput;
run(input).catch(async (error: unknown) => {
  await fs.rm(input.targetPath, { force: true }).catch(() => undefined);
  if (error instanceof AgeError) {
    post({ type: 'error', code: 'BLOB_CORRUPT', message: `The encrypted file is damaged: ${error.message}`, details: { reason: error.code } });
  } else {
    post({ type: 'error', code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) });
  }
});

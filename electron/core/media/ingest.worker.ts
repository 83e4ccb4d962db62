import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { VaultError } from '../../../shared/errors';
import { AgeEncryptor } from '../crypto/age/writer';
import { assertExtensionMatches, sniffContentType } from './content-type';
import type { IngestWorkerInput, IngestWorkerMessage } from './ingest-protocol';

/**
 * One pass over the source file: hash (SHA-256 and SHA-512 of the plaintext, DESIGN.md
 * "Fixity") and encrypt to the testimony's recipient as they stream by, writing ciphertext
 * only. Reads and writes are issued ahead (they run on libuv's threads) while this thread
 * hashes and encrypts, so the disk and the CPU work at the same time. Memory stays bounded:
 * at most READ_AHEAD buffers in and WRITE_AHEAD buffers out.
 */
const READ_SIZE = 1024 * 1024;
const WRITE_AHEAD = 4;
const PROGRESS_EVERY_MS = 100;

function post(message: IngestWorkerMessage): void {
  parentPort?.postMessage(message);
}

async function ingest(input: IngestWorkerInput): Promise<void> {
  const source = await fs.open(input.sourcePath, 'r');
  const target = await fs.open(input.partialPath, 'wx', 0o600);
  try {
    const sha256 = createHash('sha256');
    const sha512 = createHash('sha512');
    const encryptor = await AgeEncryptor.create([input.recipient]);
    const pendingWrites: Promise<unknown>[] = [];
    const write = async (chunks: Uint8Array[]): Promise<void> => {
      if (chunks.length === 0) return;
      pendingWrites.push(target.writev(chunks));
      if (pendingWrites.length >= WRITE_AHEAD) await pendingWrites.shift();
    };
    await write([encryptor.header]);

    let position = 0;
    let contentType: string | undefined;
    let lastProgress = 0;
    // Double-buffered reads: the next read is in flight while this buffer is processed.
    const readAt = (offset: number) => source.read(Buffer.allocUnsafe(READ_SIZE), 0, READ_SIZE, offset);
    let next = readAt(0);
    for (;;) {
      const { bytesRead, buffer } = await next;
      if (bytesRead === 0) break;
      const data = buffer.subarray(0, bytesRead);
      next = readAt(position + bytesRead);
      if (contentType === undefined) {
        const sniffed = sniffContentType(data);
        assertExtensionMatches(input.fileName, sniffed);
        contentType = sniffed.contentType;
      }
      sha256.update(data);
      sha512.update(data);
      await write(encryptor.update(data));
      position += bytesRead;
      const now = Date.now();
      if (now - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = now;
        post({ type: 'progress', bytesDone: position });
      }
    }
    await write([encryptor.finish()]);
    await Promise.all(pendingWrites);
    await target.sync();
    post({
      type: 'done',
      size: position,
      sha256: sha256.digest('hex'),
      sha512: sha512.digest('hex'),
      contentType: contentType ?? sniffContentType(new Uint8Array(0)).contentType,
    });
  } finally {
    await Promise.allSettled([source.close(), target.close()]);
  }
}

function toMessage(error: unknown, input: IngestWorkerInput): IngestWorkerMessage {
  if (error instanceof VaultError) return { type: 'error', code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) };
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return { type: 'error', code: 'FILE_NOT_FOUND', message: `"${input.fileName}" does not exist (any more).`, details: { fileName: input.fileName } };
  if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR' || code === 'EIO') {
    return { type: 'error', code: 'FILE_UNREADABLE', message: `"${input.fileName}" cannot be read (${String(code)}).`, details: { fileName: input.fileName, reason: String(code) } };
  }
  return { type: 'error', code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

const input = workerData as IngestWorkerInput;
ingest(input).catch((error: unknown) => post(toMessage(error, input)));

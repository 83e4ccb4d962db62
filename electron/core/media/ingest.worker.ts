import { promises as fs } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { VaultError } from '../../../shared/errors';
import { AgeEncryptor } from '../crypto/age/writer';
import { assertExtensionMatches, sniffContentType } from './content-type';
import type { IngestWorkerInput, IngestWorkerMessage } from './ingest-protocol';

/**
 * One pass over the source file: each piece is read once into shared memory, handed to the
 * hash worker (SHA-256 and SHA-512, DESIGN.md "Fixity") and encrypted here to the testimony's
 * recipient; only ciphertext is written. Reads and writes run on libuv's threads, hashing on
 * its own thread, encryption on this one: disk and both CPUs work at the same time. Memory is
 * bounded by the shared slots and WRITE_AHEAD pieces of ciphertext, whatever the file size.
 *
 * A slot is reused only when both the hash worker and the encryptor are done with it.
 */
const WRITE_AHEAD = 4;
const PROGRESS_EVERY_MS = 100;

function post(message: IngestWorkerMessage): void {
  parentPort?.postMessage(message);
}

class SlotPool {
  private readonly users: number[];
  private readonly waiting: ((slot: number) => void)[] = [];

  constructor(count: number) {
    this.users = new Array<number>(count).fill(0);
  }

  /** A slot nobody uses, waiting for one to be released if necessary. */
  take(): Promise<number> {
    const free = this.users.indexOf(0);
    if (free >= 0) {
      this.users[free] = -1; // reserved for a read
      return Promise.resolve(free);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** The piece in `slot` now has `count` users (hasher and encryptor). */
  hold(slot: number, count: number): void {
    this.users[slot] = count;
  }

  release(slot: number): void {
    this.users[slot] = this.users[slot]! - 1;
    if (this.users[slot] === 0) {
      const next = this.waiting.shift();
      if (next) {
        this.users[slot] = -1;
        next(slot);
      }
    }
  }
}

async function ingest(input: IngestWorkerInput): Promise<void> {
  const { shared, slotSize, hashPort } = input;
  const memory = Buffer.from(shared);
  const slots = new SlotPool(Math.floor(shared.byteLength / slotSize));
  hashPort.on('message', (message: { free: number }) => slots.release(message.free));

  const source = await fs.open(input.sourcePath, 'r');
  const target = await fs.open(input.partialPath, 'wx', 0o600);
  try {
    const encryptor = await AgeEncryptor.create([input.recipient]);
    const pendingWrites: Promise<unknown>[] = [];
    const write = async (chunks: Uint8Array[]): Promise<void> => {
      if (chunks.length === 0) return;
      pendingWrites.push(target.writev(chunks));
      if (pendingWrites.length >= WRITE_AHEAD) await pendingWrites.shift();
    };
    await write([encryptor.header]);

    const readInto = async (slot: number, position: number) => {
      const { bytesRead } = await source.read(memory, slot * slotSize, slotSize, position);
      return { slot, bytesRead };
    };

    let position = 0;
    let contentType: string | undefined;
    let lastProgress = 0;
    let next = readInto(await slots.take(), 0);
    for (;;) {
      const { slot, bytesRead } = await next;
      if (bytesRead === 0) {
        slots.hold(slot, 0);
        break;
      }
      const piece = memory.subarray(slot * slotSize, slot * slotSize + bytesRead);
      if (contentType === undefined) {
        const sniffed = sniffContentType(piece);
        assertExtensionMatches(input.fileName, sniffed);
        contentType = sniffed.contentType;
      }
      slots.hold(slot, 2);
      hashPort.postMessage({ slot, length: bytesRead });
      position += bytesRead;
      const readPosition = position;
      next = slots.take().then((free) => readInto(free, readPosition));
      const chunks = encryptor.update(piece);
      slots.release(slot);
      await write(chunks);
      const now = Date.now();
      if (now - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = now;
        post({ type: 'progress', bytesDone: position });
      }
    }
    hashPort.postMessage({ end: true });
    await write([encryptor.finish()]);
    await Promise.all(pendingWrites);
    await target.sync();
    post({ type: 'done', size: position, contentType: contentType ?? sniffContentType(new Uint8Array(0)).contentType });
  } finally {
    hashPort.close();
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

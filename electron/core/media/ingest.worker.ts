import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { VaultError } from '../../../shared/errors';
import { AgeEncryptor } from '../crypto/age/writer';
import { assertExtensionMatches, sniffContentType, type SniffResult } from './content-type';
import { createInspector, UnsupportedContent, type Inspector } from './inspect';
import { refuseEmpty, refuseUnsupported } from './refusals';
import type { IngestWorkerInput, IngestWorkerMessage } from './ingest-protocol';
import { readJournal } from './recording-journal';

/**
 * One pass over the source (a file, or a recording's encrypted journal): each piece is put
 * once into shared memory, handed to the
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

/**
 * What happens to each piece, whatever its source: the first piece is sniffed (and a format
 * outside the accepted list refused), then every piece goes to the inspector (inspect/), to
 * the hash worker and through the encryptor, and its ciphertext is written.
 */
class Pipeline {
  private position = 0;
  private sniffed: SniffResult | undefined;
  private inspector: Inspector | undefined;
  private lastProgress = 0;
  private readonly pendingWrites: Promise<unknown>[] = [];
  /** Bytes of ciphertext handed to writes so far: where the next write goes. */
  private written = 0;

  constructor(
    readonly memory: Buffer,
    readonly slots: SlotPool,
    readonly slotSize: number,
    private readonly input: IngestWorkerInput,
    private readonly encryptor: AgeEncryptor,
    private readonly target: FileHandle,
  ) {}

  get bytes(): number {
    return this.position;
  }

  async write(chunks: Uint8Array[]): Promise<void> {
    if (chunks.length === 0) return;
    // Several writes are in flight at once: each names its position, or they could land out of
    // order (Node does not order concurrent writev calls on one handle) and the blob would be
    // ciphertext that no longer authenticates.
    const at = this.written;
    const length = chunks.reduce((n, c) => n + c.byteLength, 0);
    this.written += length;
    this.pendingWrites.push(
      this.target.writev(chunks, at).then(({ bytesWritten }) => {
        if (bytesWritten !== length) throw new Error(`short write of the encrypted copy (${bytesWritten} of ${length} bytes at ${at})`);
      }),
    );
    if (this.pendingWrites.length >= WRITE_AHEAD) await this.pendingWrites.shift();
  }

  /** The piece in `slot` (of `length` bytes); the slot is released once hashed and encrypted. */
  async push(slot: number, length: number): Promise<void> {
    const piece = this.memory.subarray(slot * this.slotSize, slot * this.slotSize + length);
    if (this.sniffed === undefined) {
      const sniffed = sniffContentType(piece);
      if (this.input.source.kind === 'file') assertExtensionMatches(this.input.fileName, sniffed);
      this.inspector = createInspector(sniffed) ?? refuseUnsupported(this.input.fileName, sniffed);
      this.sniffed = sniffed;
    }
    // Synchronous, before the slot can be reused: the inspector copies what it keeps.
    this.inspect(() => this.inspector?.push(piece, this.position));
    this.slots.hold(slot, 2);
    this.input.hashPort.postMessage({ slot, length });
    this.position += length;
    const chunks = this.encryptor.update(piece);
    this.slots.release(slot);
    await this.write(chunks);
    const now = Date.now();
    if (now - this.lastProgress >= PROGRESS_EVERY_MS) {
      this.lastProgress = now;
      post({ type: 'progress', bytesDone: this.position });
    }
  }

  async finish(): Promise<void> {
    const { sniffed, inspector } = this;
    if (this.position === 0 || !sniffed || !inspector) refuseEmpty(this.input.fileName);
    const inspection = this.inspect(() => inspector.finish(this.position));
    this.input.hashPort.postMessage({ end: true });
    await this.write([this.encryptor.finish()]);
    await Promise.all(this.pendingWrites);
    await this.target.sync();
    post({ type: 'done', size: this.position, contentType: inspection.contentType ?? sniffed.contentType, inspection });
  }

  /** Runs the inspector; content it finds unacceptable (a video in an MP4) refuses the file. */
  private inspect<T>(run: () => T): T {
    try {
      return run();
    } catch (error) {
      if (error instanceof UnsupportedContent && this.sniffed) refuseUnsupported(this.input.fileName, this.sniffed, error.what);
      throw error;
    }
  }
}

/** A file: double-buffered reads, the next in flight while this one is processed. */
async function fromFile(pipeline: Pipeline, path: string): Promise<void> {
  const source = await fs.open(path, 'r');
  try {
    const { memory, slots, slotSize } = pipeline;
    const readInto = async (slot: number, position: number) => {
      const { bytesRead } = await source.read(memory, slot * slotSize, slotSize, position);
      return { slot, bytesRead };
    };
    let next = readInto(await slots.take(), 0);
    for (;;) {
      const { slot, bytesRead } = await next;
      if (bytesRead === 0) {
        slots.hold(slot, 0);
        break;
      }
      const readPosition = pipeline.bytes + bytesRead;
      next = slots.take().then((free) => readInto(free, readPosition));
      await pipeline.push(slot, bytesRead);
    }
  } finally {
    await source.close();
  }
}

/** A recording's journal: each chunk decrypted here, in memory, never written in clear. */
async function fromJournal(pipeline: Pipeline, source: Extract<IngestWorkerInput['source'], { kind: 'journal' }>): Promise<void> {
  const { memory, slots, slotSize } = pipeline;
  await readJournal(source.path, source.recordingId, source.key, async (chunk) => {
    for (let offset = 0; offset < chunk.byteLength; offset += slotSize) {
      const part = chunk.subarray(offset, Math.min(chunk.byteLength, offset + slotSize));
      const slot = await slots.take();
      memory.set(part, slot * slotSize);
      await pipeline.push(slot, part.byteLength);
    }
    chunk.fill(0);
  });
}

async function ingest(input: IngestWorkerInput): Promise<void> {
  const { shared, slotSize, hashPort } = input;
  const slots = new SlotPool(Math.floor(shared.byteLength / slotSize));
  hashPort.on('message', (message: { free: number }) => slots.release(message.free));
  const target = await fs.open(input.partialPath, 'wx', 0o600);
  try {
    const encryptor = await AgeEncryptor.create([input.recipient]);
    const pipeline = new Pipeline(Buffer.from(shared), slots, slotSize, input, encryptor, target);
    await pipeline.write([encryptor.header]);
    if (input.source.kind === 'file') await fromFile(pipeline, input.source.path);
    else await fromJournal(pipeline, input.source);
    await pipeline.finish();
  } finally {
    hashPort.close();
    await target.close();
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

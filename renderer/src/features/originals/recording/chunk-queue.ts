import { MAX_RECORDING_CHUNK } from '../../../../../shared/contract/media-operations';

/** What the recorder shows about the chunks on their way to the vault. */
export interface QueueState {
  /** Chunks waiting, including the one being sent. */
  pending: number;
  /** Chunks the vault has confirmed (each encrypted and synced on its side). */
  saved: number;
  /** Bytes the vault has confirmed. */
  savedBytes: number;
  /** Set when `pending` reaches the warning mark; cleared once the queue has caught up. */
  lagging: boolean;
  /** Why the vault refused a chunk; once set, nothing more is sent. */
  failure: { error: unknown } | null;
}

export interface ChunkQueueOptions {
  /** Pending chunks at which the person is warned that the vault is not keeping up. */
  warnAt: number;
  /** Largest piece sent at once (the contract's bound). */
  maxChunk?: number;
  onChange?: (state: QueueState) => void;
}

/** Bytes on a plain ArrayBuffer: what the contract's structured clone carries. */
export type Bytes = Uint8Array<ArrayBuffer>;

type Send = (seq: number, data: Bytes) => Promise<void>;

/**
 * Sends a recording's chunks to the vault strictly in order, one at a time: the vault refuses
 * a chunk whose number is not the next one, and an encrypted journal record must be synced
 * before the next is written. Chunks that arrive meanwhile wait here, in memory only (no
 * IndexedDB or cache: that would be plaintext on disk). A chunk may be handed over as a
 * promise (a Blob still being read) so that the order is fixed when the chunk arrives, not
 * when its bytes are ready. Empty chunks are skipped; oversized ones are split (the journal
 * is a byte stream, so a split changes nothing in the file).
 */
export class ChunkQueue {
  private readonly items: Promise<Bytes>[] = [];
  private seq = 0;
  private running: Promise<void> | null = null;
  private stopped = false;
  private readonly maxChunk: number;
  private readonly state: QueueState = { pending: 0, saved: 0, savedBytes: 0, lagging: false, failure: null };

  constructor(
    private readonly send: Send,
    private readonly options: ChunkQueueOptions,
  ) {
    this.maxChunk = options.maxChunk ?? MAX_RECORDING_CHUNK;
  }

  snapshot(): QueueState {
    return { ...this.state };
  }

  /** Queues a chunk; ignored once the queue failed or was aborted. */
  push(chunk: Bytes | Promise<Bytes>): void {
    if (this.stopped) return;
    const item = Promise.resolve(chunk);
    // A read that fails is reported when its turn comes; no unhandled rejection meanwhile.
    item.catch(() => undefined);
    this.items.push(item);
    this.update();
    this.kick();
  }

  /** Resolves once every chunk pushed so far was sent, or the queue failed or was aborted. */
  async drained(): Promise<QueueState> {
    while (this.running) await this.running;
    return this.snapshot();
  }

  /** Drops what has not been sent; resolves after the chunk in flight (if any) is answered. */
  async abort(): Promise<void> {
    this.stopped = true;
    this.items.length = 0;
    this.update();
    await this.drained();
  }

  private kick(): void {
    if (this.running || this.stopped) return;
    // `finally` runs as a microtask, after `running` is set; a chunk pushed while the loop
    // was ending is picked up by the next round.
    this.running = this.run().finally(() => {
      this.running = null;
      if (this.items.length > 0) this.kick();
    });
  }

  private async run(): Promise<void> {
    try {
      while (this.items.length > 0 && !this.stopped) {
        const data = await this.items[0]!;
        for (let offset = 0; offset < data.byteLength && !this.stopped; offset += this.maxChunk) {
          const piece = data.subarray(offset, Math.min(data.byteLength, offset + this.maxChunk));
          await this.send(this.seq, piece);
          this.seq++;
          this.state.savedBytes += piece.byteLength;
        }
        if (this.stopped) break;
        void this.items.shift();
        this.state.saved++;
        this.update();
      }
    } catch (error) {
      this.stopped = true;
      this.items.length = 0;
      this.state.failure = { error };
      this.update();
    }
  }

  private update(): void {
    const pending = this.items.length;
    this.state.pending = pending;
    if (pending >= this.options.warnAt) this.state.lagging = true;
    // Hysteresis: the warning goes only once the queue has really caught up, not on every dip.
    else if (pending <= 1) this.state.lagging = false;
    this.options.onChange?.(this.snapshot());
  }
}

import type { RangeSource } from '../../../../../shared/media/demux/byte-reader';

/**
 * A RangeSource for the worker: each read is a `read` message to the page, answered with the
 * bytes. The next block is asked for as soon as one arrives (one read ahead), so decrypting
 * and passing the next range overlap with demuxing this one. Memory: two blocks.
 */
export class MessageSource implements RangeSource {
  private nextId = 1;
  private readonly waiting = new Map<number, (bytes: Uint8Array) => void>();
  private ahead: { start: number; length: number; bytes: Promise<Uint8Array> } | null = null;
  /** Bytes received so far (for progress). */
  received = 0;

  constructor(
    readonly size: number,
    private readonly ask: (id: number, start: number, length: number) => void,
  ) {}

  /** Called with the page's answer to read `id`. */
  answer(id: number, bytes: ArrayBuffer): void {
    const resolve = this.waiting.get(id);
    this.waiting.delete(id);
    this.received += bytes.byteLength;
    resolve?.(new Uint8Array(bytes));
  }

  private request(start: number, length: number): Promise<Uint8Array> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.ask(id, start, length);
    });
  }

  read(start: number, length: number): Promise<Uint8Array> {
    const ahead = this.ahead;
    this.ahead = null;
    const bytes = ahead && ahead.start === start && ahead.length >= length ? ahead.bytes.then((b) => b.subarray(0, length)) : this.request(start, length);
    const next = start + length;
    if (next < this.size) this.ahead = { start: next, length, bytes: this.request(next, length) };
    return bytes;
  }
}

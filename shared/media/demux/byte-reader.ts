import { DemuxError } from './demux-error';

/**
 * Where an original's bytes come from: in the app, `media.readRange` (core decrypts only the
 * chunks of that range); in tests, a file. Never the whole file at once.
 */
export interface RangeSource {
  readonly size: number;
  /** Bytes [start, start + length), clipped to the size: fewer only at the end of the file. */
  read(start: number, length: number): Promise<Uint8Array>;
}

/** The most a demuxer may ask to hold at once (a table, a frame): bounded memory. */
export const MAX_HOLD = 64 * 1024 * 1024;
/** Default size of one read from the source: few round trips, little memory. */
export const DEFAULT_BLOCK = 1024 * 1024;
/** `media.readRange` answers at most 4 MiB; so does any source read here. */
const MAX_SOURCE_READ = 4 * 1024 * 1024;

/**
 * A forward-streaming window over a RangeSource: the demuxers ask for the next n bytes
 * (`ensure`), look at them (`peek`), and move on (`skip`, `seek`). It keeps only the bytes
 * from the current position to the end of the last block read, so memory stays at about one
 * block whatever the file's length; a seek outside the window drops it.
 */
export class ByteReader {
  private buffer: Uint8Array = new Uint8Array(0);
  /** File offset of buffer[0]. */
  private bufferStart = 0;
  private pos = 0;

  constructor(
    readonly source: RangeSource,
    private readonly blockSize = DEFAULT_BLOCK,
  ) {}

  get size(): number {
    return this.source.size;
  }

  get position(): number {
    return this.pos;
  }

  get remaining(): number {
    return Math.max(0, this.size - this.pos);
  }

  seek(offset: number): void {
    this.pos = Math.max(0, Math.min(offset, this.size));
  }

  skip(n: number): void {
    this.seek(this.pos + n);
  }

  /** Bytes already held from the current position on (no read needed to look at them). */
  get buffered(): number {
    const end = this.bufferStart + this.buffer.length;
    return this.pos >= this.bufferStart && this.pos <= end ? end - this.pos : 0;
  }

  /**
   * Makes the n bytes from the current position available to `peek`. Answers false when the
   * file ends before them (what is there stays available: `buffered` says how much).
   */
  async ensure(n: number): Promise<boolean> {
    if (n > MAX_HOLD) throw new DemuxError('too-large', `A structure of ${n} bytes at offset ${this.pos} is larger than any real file has.`);
    if (this.buffered >= n) return true;
    const wanted = Math.min(n, this.remaining);
    const kept = this.buffered > 0 ? this.buffer.subarray(this.pos - this.bufferStart) : new Uint8Array(0);
    const keptEnd = this.pos + kept.length;
    const fetchLength = Math.min(Math.max(this.blockSize, wanted - kept.length), this.size - keptEnd);
    const next = new Uint8Array(kept.length + fetchLength);
    next.set(kept, 0);
    let filled = kept.length;
    while (filled < next.length) {
      const length = Math.min(MAX_SOURCE_READ, next.length - filled);
      const part = await this.source.read(this.pos + filled, length);
      if (part.length === 0) break;
      next.set(part.subarray(0, Math.min(part.length, next.length - filled)), filled);
      filled += part.length;
    }
    this.buffer = filled === next.length ? next : next.subarray(0, filled);
    this.bufferStart = this.pos;
    return this.buffered >= n;
  }

  /** A view of up to n bytes from the current position (valid until the next ensure). */
  peek(n: number): Uint8Array {
    const from = this.pos - this.bufferStart;
    return this.buffer.subarray(from, from + Math.min(n, this.buffered));
  }

  /** A fresh copy of the next n bytes, consumed; shorter only at the end of the file. */
  async take(n: number): Promise<Uint8Array<ArrayBuffer>> {
    await this.ensure(n);
    const out = this.peek(n).slice();
    this.skip(out.length);
    return out;
  }

  /** Reads [start, start + length) straight from the source, leaving the window as it is (a trailer, a table). */
  async readAt(start: number, length: number): Promise<Uint8Array<ArrayBuffer>> {
    if (length > MAX_HOLD) throw new DemuxError('too-large', `A structure of ${length} bytes at offset ${start} is larger than any real file has.`);
    const out = new Uint8Array(Math.max(0, Math.min(length, this.size - start)));
    let filled = 0;
    while (filled < out.length) {
      const part = await this.source.read(start + filled, Math.min(MAX_SOURCE_READ, out.length - filled));
      if (part.length === 0) break;
      out.set(part.subarray(0, out.length - filled), filled);
      filled += part.length;
    }
    return filled >= out.length ? out : out.slice(0, filled);
  }
}

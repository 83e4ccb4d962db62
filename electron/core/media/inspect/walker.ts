import { copyOf } from './bytes';
import type { Inspection, Inspector } from './types';

/**
 * Lets an inspector be written as straight-line code over a stream ("read 8 bytes at 12,
 * then skip to the end of this chunk…") while ingest pushes pieces at it: the inspector is a
 * generator that yields what it needs next, and this driver resumes it when those bytes have
 * gone by. Only what a request asked for is ever held, so memory stays bounded by the largest
 * request (each inspector caps its own), whatever the size of the file.
 *
 * Requests go forward through the file; a new request may start again inside the bytes of the
 * previous read (a resync after a bad header looks at the bytes just read), not before them.
 */
export type Step = { type: 'read'; at: number; length: number } | { type: 'scan'; at: number; visit: Visitor; fromWhereverNow?: boolean };

/**
 * Sees the bytes from `at` on, piece by piece (`position` is where `bytes` starts), and returns
 * how many of them it consumed: fewer than it was given means "stop here".
 */
export type Visitor = (bytes: Uint8Array, position: number) => number;

export interface ScanEnd {
  /** False when the file ended first. */
  stopped: boolean;
  /** Where the visitor stopped, or the size of the file. */
  at: number;
}

export type Walk<T> = Generator<Step, T, Uint8Array | ScanEnd>;

/** What a walk may ask about the file beyond the bytes themselves. */
export interface WalkSource {
  /** The size of the file: known once it has ended (after a short read). */
  readonly total: number | undefined;
}

/**
 * The bytes [at, at + length): fewer when the file ends first. The array is only valid until
 * the walk yields again: copy what must be kept.
 */
export function* read(at: number, length: number): Generator<Step, Uint8Array, Uint8Array | ScanEnd> {
  return (yield { type: 'read', at, length }) as Uint8Array;
}

export function* scan(at: number, visit: Visitor): Generator<Step, ScanEnd, Uint8Array | ScanEnd> {
  return (yield { type: 'scan', at, visit }) as ScanEnd;
}

/** Runs to the end of the file without looking at it; answers its size. */
export function* toEnd(at: number): Generator<Step, number, Uint8Array | ScanEnd> {
  // Bytes already passed do not matter here: it may start wherever the stream is.
  return ((yield { type: 'scan', at, visit: (bytes) => bytes.length, fromWhereverNow: true }) as ScanEnd).at;
}

const EMPTY = new Uint8Array(0);
/** A walk that keeps asking after the end of the file is a bug; stop it rather than spin. */
const MAX_STEPS_AFTER_END = 10_000;

class WalkDriver implements Inspector, WalkSource {
  total: number | undefined;
  private readonly walk: Walk<Inspection>;
  private step: Step | null = null;
  private result: Inspection | undefined;
  /** Bytes of the read being assembled across pieces. */
  private buffer: Uint8Array | null = null;
  private filled = 0;
  /** Everything before this position has gone by. */
  private cursor = 0;
  /** The previous read, kept so the next request may start inside it. */
  private last: { at: number; bytes: Uint8Array; owned: boolean } | null = null;

  constructor(start: (source: WalkSource) => Walk<Inspection>) {
    this.walk = start(this);
    this.advance(this.walk.next());
  }

  push(bytes: Uint8Array, position: number): void {
    let offset = 0;
    while (this.step && offset < bytes.length) {
      const step = this.step;
      const here = position + offset;
      if (step.type === 'read') {
        const want = step.at + this.filled;
        if (want > here) {
          offset = Math.min(bytes.length, want - position);
          continue;
        }
        const need = step.length - this.filled;
        const available = bytes.length - offset;
        if (this.buffer === null && available >= need) {
          this.deliverRead(bytes.subarray(offset, offset + need), false);
          offset += need;
          continue;
        }
        this.buffer ??= new Uint8Array(step.length);
        const take = Math.min(need, available);
        this.buffer.set(bytes.subarray(offset, offset + take), this.filled);
        this.filled += take;
        offset += take;
        if (this.filled === step.length) this.deliverRead(this.buffer, true);
      } else {
        if (step.at > here) {
          offset = Math.min(bytes.length, step.at - position);
          continue;
        }
        const rest = bytes.subarray(offset);
        const used = step.visit(rest, here);
        if (used < rest.length) {
          offset += used;
          this.deliverScan({ stopped: true, at: here + used });
        } else offset = bytes.length;
      }
    }
    // The piece is about to be reused by ingest: keep our own copy of what may be read again.
    if (this.last && !this.last.owned) this.last = { ...this.last, bytes: copyOf(this.last.bytes), owned: true };
  }

  finish(totalSize: number): Inspection {
    this.total = totalSize;
    for (let steps = 0; this.step; steps++) {
      if (steps > MAX_STEPS_AFTER_END) throw new Error('an inspector kept reading after the end of the file');
      if (this.step.type === 'read') this.deliverRead(this.buffer ? this.buffer.subarray(0, this.filled) : EMPTY, true);
      else this.deliverScan({ stopped: false, at: totalSize });
    }
    if (!this.result) throw new Error('an inspector ended without a result');
    return this.result;
  }

  private deliverRead(bytes: Uint8Array, owned: boolean): void {
    const step = this.step as Extract<Step, { type: 'read' }>;
    this.last = { at: step.at, bytes, owned };
    this.cursor = Math.max(this.cursor, step.at + bytes.length);
    this.advance(this.walk.next(bytes));
  }

  private deliverScan(end: ScanEnd): void {
    this.last = null;
    this.cursor = Math.max(this.cursor, end.at);
    this.advance(this.walk.next(end));
  }

  private advance(next: IteratorResult<Step, Inspection>): void {
    this.buffer = null;
    this.filled = 0;
    for (;;) {
      if (next.done) {
        this.step = null;
        this.result = next.value;
        return;
      }
      const step = next.value;
      this.step = step;
      if (step.at >= this.cursor) return;
      if (step.type === 'scan' && step.fromWhereverNow) {
        this.step = { ...step, at: this.cursor };
        return;
      }
      // A request starting inside the previous read: serve what is kept, then the stream.
      const last = this.last;
      if (!last || step.at < last.at) throw new Error(`an inspector asked for byte ${step.at} after passing it`);
      const kept = last.bytes.subarray(step.at - last.at);
      if (step.type === 'scan') {
        const used = step.visit(kept, step.at);
        if (used < kept.length) {
          // The stop lies inside the kept bytes: they stay readable.
          next = this.walk.next({ stopped: true, at: step.at + used });
          continue;
        }
        // Whatever the visitor wants next comes from the stream.
        this.step = { type: 'scan', at: this.cursor, visit: step.visit };
        this.last = null;
        return;
      }
      if (kept.length >= step.length) {
        // `last` stays whole: it must keep ending where the stream resumes.
        next = this.walk.next(kept.subarray(0, step.length));
        continue;
      }
      this.buffer = new Uint8Array(step.length);
      this.buffer.set(kept);
      this.filled = kept.length;
      return;
    }
  }
}

/** An inspector made from a walk (see the top of this file). */
export function walkInspector(start: (source: WalkSource) => Walk<Inspection>): Inspector {
  return new WalkDriver(start);
}

/** Where `pattern` next starts at or after `from`, or null when the file ends first. */
export function* find(from: number, pattern: readonly number[]): Generator<Step, number | null, Uint8Array | ScanEnd> {
  const first = pattern[0];
  let position = from;
  for (;;) {
    // Stops at a byte that may begin the pattern (its rest may lie in the next piece), then looks.
    const stop = yield* scan(position, (bytes) => {
      for (let i = bytes.indexOf(first ?? 0); i >= 0; i = bytes.indexOf(first ?? 0, i + 1)) {
        let k = 1;
        while (k < pattern.length && i + k < bytes.length && bytes[i + k] === pattern[k]) k++;
        if (k === pattern.length || i + k === bytes.length) return i;
      }
      return bytes.length;
    });
    if (!stop.stopped) return null;
    const candidate = yield* read(stop.at, pattern.length);
    if (candidate.length === pattern.length && pattern.every((b, k) => candidate[k] === b)) return stop.at;
    position = stop.at + 1;
  }
}

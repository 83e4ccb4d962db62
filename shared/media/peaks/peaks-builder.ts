/**
 * Waveform peaks from decoded audio: per bucket of time and per channel, the lowest and the
 * highest sample, as int8 (-128..127, full scale at ±127), interleaved
 * [bucket0 ch0 min, max, bucket0 ch1 min, max, bucket1 …] — the layout `media.savePeaks` takes.
 *
 * 50 buckets a second (20 ms each) is finer than any zoom the player offers (one bucket per
 * pixel at 50 px/s) and keeps three hours of stereo at 2.2 MB. Memory is the output only:
 * samples are folded into the current bucket as they come. Should the output outgrow
 * `maxBytes` (a very long multichannel file), pairs of buckets are merged and the rate halved,
 * so the bound always holds.
 */
export const DEFAULT_BUCKETS_PER_SECOND = 50;
/** Same bound as the contract's MAX_PEAKS_BYTES (media-operations.ts); kept here so workers need no zod. */
export const DEFAULT_MAX_PEAKS_BYTES = 16 * 1024 * 1024;
/** The contract's limit on channels; further channels are left out of the waveform. */
export const MAX_PEAK_CHANNELS = 8;

export interface PeaksOptions {
  sampleRate: number;
  channels: number;
  bucketsPerSecond?: number;
  /** Frames at the start that are not part of the recording (encoder delay). */
  skipFrames?: number;
  /** Frames to keep at most (the container's duration); further output is padding. */
  maxFrames?: number;
  maxBytes?: number;
}

export interface BuiltPeaks {
  bucketsPerSecond: number;
  channels: number;
  durationSeconds: number;
  data: Uint8Array<ArrayBuffer>;
}

/** Full scale at ±127, rounded half away from zero so that a waveform is symmetric. */
function quantise(v: number): number {
  const q = v < 0 ? -Math.round(-v * 127) : Math.round(v * 127);
  return q > 127 ? 127 : q < -128 ? -128 : q;
}

export class PeaksBuilder {
  readonly sampleRate: number;
  readonly channels: number;
  private bucketsPerSecond: number;
  private readonly maxBytes: number;
  private toSkip: number;
  private readonly maxFrames: number;
  private out: Int8Array;
  /** Buckets completed in `out`. */
  private buckets = 0;
  /** Frames counted so far (after the skip). */
  private frame = 0;
  /** Frame at which the current bucket ends. */
  private bucketEnd: number;
  private readonly min: Float32Array;
  private readonly max: Float32Array;
  private touched = false;

  constructor(options: PeaksOptions) {
    if (!(options.sampleRate > 0) || !(options.channels >= 1)) throw new RangeError('PeaksBuilder needs a sample rate and at least one channel.');
    this.sampleRate = options.sampleRate;
    this.channels = Math.min(MAX_PEAK_CHANNELS, Math.floor(options.channels));
    this.bucketsPerSecond = options.bucketsPerSecond ?? DEFAULT_BUCKETS_PER_SECOND;
    // Room for a few buckets at least, or halving could never make enough.
    this.maxBytes = Math.max(this.channels * 2 * 4, options.maxBytes ?? DEFAULT_MAX_PEAKS_BYTES);
    this.toSkip = Math.max(0, Math.round(options.skipFrames ?? 0));
    this.maxFrames = options.maxFrames ?? Infinity;
    this.out = new Int8Array(Math.min(this.maxBytes, 64 * 1024));
    this.bucketEnd = this.endOf(0);
    this.min = new Float32Array(this.channels).fill(Infinity);
    this.max = new Float32Array(this.channels).fill(-Infinity);
  }

  /** Frames of audio taken into the peaks so far. */
  get frames(): number {
    return this.frame;
  }

  /** First frame after bucket b (frame i belongs to bucket floor(i × rate / sampleRate)). */
  private endOf(b: number): number {
    return Math.ceil(((b + 1) * this.sampleRate) / this.bucketsPerSecond - 1e-9);
  }

  /**
   * Adds decoded audio: one plane per channel, `frames` samples each. A stream whose channel
   * count changes midway (HE-AAC with parametric stereo can) maps missing channels to the first.
   */
  add(planes: readonly Float32Array[], frames = planes[0]?.length ?? 0): void {
    let offset = 0;
    if (this.toSkip > 0) {
      offset = Math.min(frames, this.toSkip);
      this.toSkip -= offset;
    }
    const end = Math.min(frames, offset + Math.max(0, this.maxFrames - this.frame));
    while (offset < end) {
      const take = Math.min(end - offset, this.bucketEnd - this.frame);
      for (let c = 0; c < this.channels; c++) {
        const plane = planes[c] ?? planes[0]!;
        let lo = this.min[c]!;
        let hi = this.max[c]!;
        for (let i = offset; i < offset + take; i++) {
          const v = plane[i]!;
          if (v < lo) lo = v;
          if (v > hi) hi = v;
        }
        this.min[c] = lo;
        this.max[c] = hi;
      }
      this.touched = true;
      offset += take;
      this.frame += take;
      if (this.frame >= this.bucketEnd) this.closeBucket();
    }
  }

  /**
   * Moves the position forward to `frame` (after a stretch that could not be decoded): the
   * buckets in between stay at zero, so what follows stays at its true time.
   */
  skipTo(frame: number): void {
    this.toSkip = 0;
    const target = Math.min(Math.round(frame), this.maxFrames);
    while (this.frame < target) {
      const take = Math.min(target - this.frame, this.bucketEnd - this.frame);
      this.frame += take;
      if (this.frame >= this.bucketEnd) this.closeBucket();
    }
  }

  private closeBucket(): void {
    const width = this.channels * 2;
    if ((this.buckets + 1) * width > this.maxBytes) {
      const odd = this.buckets % 2 === 1;
      this.halve();
      if (!odd) {
        // The bucket being closed is the first half of a bucket at the new rate: keep filling it.
        this.bucketEnd = this.endOf(this.buckets);
        return;
      }
      // The last merged bucket holds only the bucket before this one: reopen it and close both together.
      this.buckets--;
      const at = this.buckets * width;
      for (let c = 0; c < this.channels; c++) {
        this.min[c] = Math.min(this.min[c]!, this.out[at + 2 * c]! / 127);
        this.max[c] = Math.max(this.max[c]!, this.out[at + 2 * c + 1]! / 127);
      }
      this.touched = true;
    }
    if ((this.buckets + 1) * width > this.out.length) {
      const grown = new Int8Array(Math.min(this.maxBytes, this.out.length * 2));
      grown.set(this.out);
      this.out = grown;
    }
    const at = this.buckets * width;
    for (let c = 0; c < this.channels; c++) {
      this.out[at + 2 * c] = this.touched ? quantise(this.min[c]!) : 0;
      this.out[at + 2 * c + 1] = this.touched ? quantise(this.max[c]!) : 0;
    }
    this.min.fill(Infinity);
    this.max.fill(-Infinity);
    this.touched = false;
    this.buckets++;
    this.bucketEnd = this.endOf(this.buckets);
  }

  /** Merges pairs of stored buckets and halves the rate, keeping every extreme. */
  private halve(): void {
    const width = this.channels * 2;
    const merged = Math.ceil(this.buckets / 2);
    for (let b = 0; b < merged; b++) {
      for (let k = 0; k < width; k++) {
        const first = this.out[2 * b * width + k]!;
        const second = 2 * b + 1 < this.buckets ? this.out[(2 * b + 1) * width + k]! : first;
        this.out[b * width + k] = k % 2 === 0 ? Math.min(first, second) : Math.max(first, second);
      }
    }
    this.buckets = merged;
    this.bucketsPerSecond /= 2;
  }

  finish(): BuiltPeaks {
    if (this.touched || this.frame > (this.buckets === 0 ? 0 : this.endOf(this.buckets - 1))) this.closeBucket();
    const length = this.buckets * this.channels * 2;
    const data = new Uint8Array(length);
    data.set(new Uint8Array(this.out.buffer, 0, length));
    return { bucketsPerSecond: this.bucketsPerSecond, channels: this.channels, durationSeconds: this.frame / this.sampleRate, data };
  }
}

import type { DecodedFormat, DecodedSink } from '../originals/waveform/decode-audio';

/**
 * Decoded audio laid on the recording's timeline: the start skipped, the end trimmed where the
 * container says, a gap after damaged packets filled with silence (nothing after it shifts),
 * and the rest handed on in blocks of `blockFrames` with the frame each one starts at. Blocks
 * are fresh arrays the consumer may keep.
 */
export class Timeline implements DecodedSink {
  format: DecodedFormat | null = null;
  /** Output frames handed on so far (or buffered). */
  private frame = 0;
  private toSkip = 0;
  private maxFrames = Infinity;
  private buffer: Float32Array[] = [];
  private filled = 0;
  private blockStart = 0;

  constructor(
    private readonly blockFrames: (sampleRate: number) => number,
    private readonly onBlock: (planes: Float32Array[], firstFrame: number, format: DecodedFormat) => void,
    /** Channels kept (the first ones): publication audio is mono or stereo. */
    private readonly maxChannels = 2,
  ) {}

  get started(): boolean {
    return this.format !== null;
  }

  get frames(): number {
    return this.frame;
  }

  begin(format: DecodedFormat): void {
    this.format = { ...format, channels: Math.min(format.channels, this.maxChannels) };
    this.toSkip = format.skipFrames;
    this.maxFrames = format.maxFrames ?? Infinity;
    this.buffer = Array.from({ length: this.format.channels }, () => new Float32Array(this.blockFrames(format.sampleRate)));
  }

  add(planes: Float32Array[], frames: number): void {
    let offset = Math.min(frames, this.toSkip);
    this.toSkip -= offset;
    const end = Math.min(frames, offset + Math.max(0, this.maxFrames - this.frame));
    while (offset < end) {
      const take = Math.min(end - offset, this.buffer[0]!.length - this.filled);
      this.buffer.forEach((b, c) => b.set((planes[c] ?? planes[0]!).subarray(offset, offset + take), this.filled));
      this.filled += take;
      this.frame += take;
      offset += take;
      if (this.filled === this.buffer[0]!.length) this.flush();
    }
  }

  resumeAt(frame: number): void {
    const target = Math.min(Math.floor(frame), this.maxFrames);
    if (!this.format || target <= this.frame) return;
    const silence = new Float32Array(Math.min(target - this.frame, 1 << 16));
    while (this.frame < target) {
      const n = Math.min(silence.length, target - this.frame);
      this.add(Array.from({ length: this.format.channels }, () => silence.subarray(0, n)), n);
    }
  }

  /** Hands on what is buffered (call once more at the end). */
  flush(): void {
    if (!this.format || this.filled === 0) return;
    const block = this.buffer.map((b) => b.slice(0, this.filled));
    this.onBlock(block, this.blockStart, this.format);
    this.blockStart += this.filled;
    this.filled = 0;
  }
}

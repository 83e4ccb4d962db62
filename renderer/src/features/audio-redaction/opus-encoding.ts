import { OggOpusWriter } from '../../../../shared/media/audio-redaction/ogg-opus-writer';
import { parseOpusHead } from '../../../../shared/media/demux/opus';

/**
 * Float planes → Opus (WebCodecs AudioEncoder) → Ogg pages, pushed to `write` as they are
 * made. Opus runs at 48 kHz; audio at another rate is resampled on the way in (linear
 * interpolation, carried across blocks).
 */
const OPUS_RATE = 48_000;
/** libopus' lookahead at 48 kHz: the pre-skip when the encoder does not give its OpusHead. */
const DEFAULT_PRE_SKIP = 312;
const BITRATE = 48_000;

export class OpusEncoding {
  private encoder: AudioEncoder;
  private writer: OggOpusWriter | null = null;
  private failed: Error | null = null;
  /** Frames at 48 kHz given to the encoder. */
  private framesIn = 0;
  /** Resampler state: position in the input of the next output frame, and the last input frame. */
  private position = 0;
  private last: Float32Array;
  private readonly step: number;

  constructor(
    private readonly channels: 1 | 2,
    private readonly inputRate: number,
    private readonly write: (bytes: Uint8Array) => void,
  ) {
    this.step = inputRate / OPUS_RATE;
    this.last = new Float32Array(channels);
    this.encoder = new AudioEncoder({
      output: (chunk, metadata) => this.onChunk(chunk, metadata),
      error: (error) => (this.failed = error),
    });
    this.encoder.configure({ codec: 'opus', sampleRate: OPUS_RATE, numberOfChannels: channels, bitrate: BITRATE });
  }

  static async supported(channels: number): Promise<boolean> {
    if (typeof AudioEncoder === 'undefined') return false;
    const answer = await AudioEncoder.isConfigSupported({ codec: 'opus', sampleRate: OPUS_RATE, numberOfChannels: channels, bitrate: BITRATE }).catch(() => null);
    return answer?.supported === true;
  }

  get queueSize(): number {
    return this.encoder.encodeQueueSize;
  }

  private onChunk(chunk: EncodedAudioChunk, metadata: EncodedAudioChunkMetadata | undefined): void {
    if (!this.writer) {
      const description = metadata?.decoderConfig?.description;
      let preSkip = DEFAULT_PRE_SKIP;
      if (description) {
        const bytes = ArrayBuffer.isView(description) ? new Uint8Array(description.buffer, description.byteOffset, description.byteLength) : new Uint8Array(description);
        try {
          preSkip = parseOpusHead(bytes).preSkip;
        } catch {
          // Not an OpusHead: keep libopus' usual lookahead.
        }
      }
      this.writer = new OggOpusWriter({ channels: this.channels, inputSampleRate: this.inputRate, preSkip, serial: 0x54565245 });
      this.write(this.writer.headers());
    }
    const data = new Uint8Array(chunk.byteLength);
    chunk.copyTo(data);
    const samples = Math.round(((chunk.duration ?? 20_000) * OPUS_RATE) / 1e6);
    const pages = this.writer.packet(data, samples);
    if (pages.length > 0) this.write(pages);
  }

  /** Encodes a block of planes (at the input rate). */
  encode(planes: readonly Float32Array[]): void {
    if (this.failed) throw this.failed;
    const resampled = this.resample(planes);
    const frames = resampled[0]!.length;
    if (frames === 0) return;
    const data = new Float32Array(frames * this.channels);
    resampled.forEach((p, c) => data.set(p, c * frames));
    const audio = new AudioData({ format: 'f32-planar', sampleRate: OPUS_RATE, numberOfFrames: frames, numberOfChannels: this.channels, timestamp: Math.round((this.framesIn * 1e6) / OPUS_RATE), data });
    this.framesIn += frames;
    this.encoder.encode(audio);
    audio.close();
  }

  private resample(planes: readonly Float32Array[]): Float32Array[] {
    if (this.inputRate === OPUS_RATE) return planes.map((p) => p);
    const frames = planes[0]!.length;
    // Output frame k sits at input position `position + k * step`, measured from the last frame of the previous block (-1).
    const count = Math.max(0, Math.floor((frames - 1 - this.position) / this.step) + 1);
    const out = planes.map((plane, c) => {
      const o = new Float32Array(count);
      for (let k = 0; k < count; k++) {
        const at = this.position + k * this.step;
        const i = Math.floor(at);
        const a = i < 0 ? this.last[c]! : plane[i]!;
        const b = plane[i + 1] ?? a;
        o[k] = a + (b - a) * (at - i);
      }
      return o;
    });
    this.position = this.position + count * this.step - frames;
    planes.forEach((p, c) => (this.last[c] = p[frames - 1] ?? 0));
    return out;
  }

  /** Flushes the encoder and ends the Ogg stream. */
  async finish(): Promise<void> {
    await this.encoder.flush();
    this.encoder.close();
    if (this.failed) throw this.failed;
    if (!this.writer) throw new Error('The encoder produced no audio.');
    this.write(this.writer.finish(this.framesIn));
  }

  close(): void {
    if (this.encoder.state !== 'closed') this.encoder.close();
  }
}

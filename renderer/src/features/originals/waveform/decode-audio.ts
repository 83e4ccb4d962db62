import type { EncodedPacket, EncodedTrack } from '../../../../../shared/media/demux/types';

/**
 * WebCodecs decoding of a demuxed track, for whatever consumes the samples (the waveform's
 * peaks, redacted audio for publication). Keeps the audio in time with what `<audio>` plays:
 * the encoder delay or Opus pre-skip is dropped, the end is trimmed where the container says,
 * and after a damaged stretch the audio resumes where its timestamp says.
 */

/** Chunks queued in the decoder before we wait for it: enough to keep it busy, few in memory. */
const MAX_QUEUE = 24;
/** Decoder failures tolerated (a damaged stretch costs one each) before giving up. */
const MAX_RESETS = 50;

export interface DecodedFormat {
  sampleRate: number;
  channels: number;
  /** Frames to drop at the start (encoder delay, pre-skip not already applied by the decoder). */
  skipFrames: number;
  /** Frames the container says the audio has, after the skip; undefined when it does not say. */
  maxFrames: number | undefined;
}

/** What receives the decoded audio. `begin` comes once, with the first output. */
export interface DecodedSink {
  begin(format: DecodedFormat): void;
  /** Planes valid only during the call (they are reused): copy what must be kept. */
  add(planes: Float32Array[], frames: number): void;
  /** After a decoder failure: the next audio belongs at this frame (of the output, after the skip). */
  resumeAt(frame: number): void;
  /** True once `begin` was called. */
  readonly started: boolean;
}

export class DecodeFailure extends Error {
  constructor(
    readonly reason: 'no-decoder' | 'damaged',
    message: string,
  ) {
    super(message);
  }
}

export interface DecodeAudioOptions {
  signal?: AbortSignal;
  /** Awaited before each packet: lets a slow consumer (an encoder, an upload) hold decoding back. */
  ready?: () => Promise<void>;
}

export function checkAbort(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new DOMException('Cancelled.', 'AbortError');
}

/** Turns AudioDecoder output into plane blocks for the sink, `begin` at the first output. */
class Output {
  private planes: Float32Array[] = [];
  private channels = 0;
  private rate = 0;
  /** Length of the first packet, microseconds (see `skipFrames`). */
  firstPacketUs: number | null = null;

  constructor(
    private readonly track: EncodedTrack,
    private readonly sink: DecodedSink,
  ) {}

  readonly output = (data: AudioData): void => {
    try {
      if (!this.sink.started) {
        this.rate = data.sampleRate;
        this.channels = data.numberOfChannels;
        this.sink.begin({
          sampleRate: data.sampleRate,
          channels: data.numberOfChannels,
          skipFrames: this.skipFrames(data),
          maxFrames: this.track.durationSeconds !== null ? Math.round(this.track.durationSeconds * data.sampleRate) : undefined,
        });
      }
      const frames = data.numberOfFrames;
      const channels = Math.min(data.numberOfChannels, this.channels);
      for (let c = 0; c < channels; c++) {
        if ((this.planes[c]?.length ?? 0) < frames) this.planes[c] = new Float32Array(frames);
        data.copyTo(this.planes[c]!, { planeIndex: c, format: 'f32-planar' });
      }
      this.sink.add(this.planes.slice(0, channels), frames);
    } finally {
      data.close();
    }
  };

  /**
   * Frames to drop at the start, given the first output. Chromium's Opus decoder applies the
   * pre-skip of the OpusHead it was given (its first output is shorter than the first
   * packet); another may not. What the decoder dropped is not dropped twice.
   */
  private skipFrames(first: AudioData): number {
    const skip = Math.round(this.track.skipSeconds * first.sampleRate);
    if (this.track.decoder.codec !== 'opus' || this.firstPacketUs === null) return skip;
    const packetFrames = Math.round((this.firstPacketUs / 1e6) * first.sampleRate);
    return Math.max(0, skip - Math.max(0, packetFrames - first.numberOfFrames));
  }

  resumeAt(packet: EncodedPacket): void {
    if (!this.sink.started) return;
    this.sink.resumeAt((packet.timestampUs / 1e6 - this.track.skipSeconds) * this.rate);
  }
}

export async function decodeAudio(track: EncodedTrack, sink: DecodedSink, options: DecodeAudioOptions = {}): Promise<void> {
  if (typeof AudioDecoder === 'undefined') throw new DecodeFailure('no-decoder', 'This browser has no WebCodecs audio decoder.');
  const config: AudioDecoderConfig = { ...track.decoder };
  const support = await AudioDecoder.isConfigSupported(config).catch(() => ({ supported: false }));
  if (!support.supported) {
    throw new DecodeFailure('no-decoder', `The audio decoder cannot read ${track.decoder.codec} at ${track.decoder.sampleRate} Hz with ${track.decoder.numberOfChannels} channel(s).`);
  }
  const out = new Output(track, sink);
  let failed: DOMException | null = null;
  let wake: (() => void) | null = null;
  const open = (): AudioDecoder => {
    const decoder = new AudioDecoder({
      output: out.output,
      error: (error) => {
        failed = error;
        wake?.();
      },
    });
    decoder.addEventListener('dequeue', () => wake?.());
    decoder.configure(config);
    return decoder;
  };
  let decoder = open();
  let resets = 0;
  try {
    for await (const packet of track.packets()) {
      checkAbort(options.signal);
      if (options.ready) await options.ready();
      out.firstPacketUs ??= packet.durationUs;
      if (failed) {
        // WebCodecs closes a decoder on any error: a damaged packet costs a new one, and what
        // follows is placed by its timestamp so the audio stays in time.
        if (++resets > MAX_RESETS || (!sink.started && resets > 3)) {
          throw new DecodeFailure('damaged', `The audio could not be decoded (${String((failed as DOMException).message)}).`);
        }
        failed = null;
        decoder = open();
        out.resumeAt(packet);
      }
      decoder.decode(new EncodedAudioChunk({ type: 'key', timestamp: packet.timestampUs, duration: packet.durationUs ?? undefined, data: packet.data }));
      while (decoder.decodeQueueSize > MAX_QUEUE && !failed) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
    }
    if (!failed) await decoder.flush().catch(() => undefined);
  } finally {
    if (decoder.state !== 'closed') decoder.close();
  }
}

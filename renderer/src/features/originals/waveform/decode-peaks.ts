import type { RangeSource } from '../../../../../shared/media/demux/byte-reader';
import { DemuxError } from '../../../../../shared/media/demux/demux-error';
import { openAudio } from '../../../../../shared/media/demux/open-audio';
import type { EncodedPacket, EncodedTrack, PcmTrack } from '../../../../../shared/media/demux/types';
import { PeaksBuilder, type BuiltPeaks } from '../../../../../shared/media/peaks/peaks-builder';
import { PeaksFailureError } from './protocol';

/**
 * Reads an original's audio from a RangeSource and builds its peaks: PCM straight from the
 * WAV samples, anything else through WebCodecs' AudioDecoder. Runs in the waveform worker
 * (or on the page where the CSP allows no worker); touches nothing but the source.
 */

/** Chunks queued in the decoder before we wait for it: enough to keep it busy, few in memory. */
const MAX_QUEUE = 24;
/** Decoder failures tolerated (a damaged stretch costs one each) before giving up. */
const MAX_RESETS = 50;

export interface DecodeOptions {
  signal?: AbortSignal;
  bucketsPerSecond?: number;
  blockSize?: number;
}

function checkAbort(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new DOMException('Cancelled.', 'AbortError');
}

export async function decodePeaks(source: RangeSource, options: DecodeOptions = {}): Promise<BuiltPeaks> {
  let track;
  try {
    track = await openAudio(source, options.blockSize);
  } catch (error) {
    if (error instanceof DemuxError) throw new PeaksFailureError({ kind: 'unavailable', reason: error.reason, message: error.message });
    throw error;
  }
  return track.kind === 'pcm' ? pcmPeaks(track, options) : decodedPeaks(track, options);
}

async function pcmPeaks(track: PcmTrack, options: DecodeOptions): Promise<BuiltPeaks> {
  const builder = new PeaksBuilder({ sampleRate: track.sampleRate, channels: track.numberOfChannels, bucketsPerSecond: options.bucketsPerSecond });
  for await (const planes of track.blocks()) {
    checkAbort(options.signal);
    builder.add(planes);
  }
  return finish(builder);
}

function finish(builder: PeaksBuilder | null): BuiltPeaks {
  if (!builder || builder.frames === 0) throw new PeaksFailureError({ kind: 'unavailable', reason: 'empty', message: 'No audio could be decoded from this file.' });
  return builder.finish();
}

/** Builds peaks from AudioDecoder output; the builder is made at the first output, at the decoder's own rate. */
class PeaksSink {
  builder: PeaksBuilder | null = null;
  private planes: Float32Array[] = [];
  /** Length of the first packet, microseconds (see `skipFrames`). */
  firstPacketUs: number | null = null;

  constructor(
    private readonly track: EncodedTrack,
    private readonly bucketsPerSecond: number | undefined,
  ) {}

  readonly output = (data: AudioData): void => {
    try {
      const rate = data.sampleRate;
      this.builder ??= new PeaksBuilder({
        sampleRate: rate,
        channels: data.numberOfChannels,
        bucketsPerSecond: this.bucketsPerSecond,
        skipFrames: this.skipFrames(data),
        maxFrames: this.track.durationSeconds !== null ? Math.round(this.track.durationSeconds * rate) : undefined,
      });
      const frames = data.numberOfFrames;
      const channels = Math.min(data.numberOfChannels, this.builder.channels);
      for (let c = 0; c < channels; c++) {
        if ((this.planes[c]?.length ?? 0) < frames) this.planes[c] = new Float32Array(frames);
        data.copyTo(this.planes[c]!, { planeIndex: c, format: 'f32-planar' });
      }
      this.builder.add(this.planes.slice(0, channels), frames);
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

  /** After a decoder failure: the next packet's audio goes where its timestamp says. */
  resumeAt(packet: EncodedPacket): void {
    if (!this.builder) return;
    const frame = (packet.timestampUs / 1e6 - this.track.skipSeconds) * this.builder.sampleRate;
    if (frame > this.builder.frames) this.builder.skipTo(frame);
  }
}

async function decodedPeaks(track: EncodedTrack, options: DecodeOptions): Promise<BuiltPeaks> {
  if (typeof AudioDecoder === 'undefined') {
    throw new PeaksFailureError({ kind: 'unavailable', reason: 'no-decoder', message: 'This browser has no WebCodecs audio decoder.' });
  }
  const config: AudioDecoderConfig = { ...track.decoder };
  const support = await AudioDecoder.isConfigSupported(config).catch(() => ({ supported: false }));
  if (!support.supported) {
    throw new PeaksFailureError({ kind: 'unavailable', reason: 'no-decoder', message: `The audio decoder cannot read ${track.decoder.codec} at ${track.decoder.sampleRate} Hz with ${track.decoder.numberOfChannels} channel(s).` });
  }
  const sink = new PeaksSink(track, options.bucketsPerSecond);
  let failed: DOMException | null = null;
  let wake: (() => void) | null = null;
  const open = (): AudioDecoder => {
    const decoder = new AudioDecoder({
      output: sink.output,
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
      sink.firstPacketUs ??= packet.durationUs;
      if (failed) {
        // WebCodecs closes a decoder on any error: a damaged packet costs a new one, and what
        // follows is placed by its timestamp so the waveform stays in time.
        if (++resets > MAX_RESETS || (sink.builder === null && resets > 3)) {
          throw new PeaksFailureError({ kind: 'unavailable', reason: 'damaged', message: `The audio could not be decoded (${String((failed as DOMException).message)}).` });
        }
        failed = null;
        decoder = open();
        sink.resumeAt(packet);
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
  return finish(sink.builder);
}

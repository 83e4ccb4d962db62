import type { RangeSource } from '../../../../../shared/media/demux/byte-reader';
import { DemuxError } from '../../../../../shared/media/demux/demux-error';
import { openAudio } from '../../../../../shared/media/demux/open-audio';
import type { EncodedTrack, PcmTrack } from '../../../../../shared/media/demux/types';
import { checkAbort, decodeAudio, DecodeFailure, type DecodedFormat, type DecodedSink } from './decode-audio';
import { PeaksBuilder, type BuiltPeaks } from '../../../../../shared/media/peaks/peaks-builder';
import { PeaksFailureError } from './protocol';

/**
 * Reads an original's audio from a RangeSource and builds its peaks: PCM straight from the
 * WAV samples, anything else through WebCodecs' AudioDecoder. Runs in the waveform worker
 * (or on the page where the CSP allows no worker); touches nothing but the source.
 */

export interface DecodeOptions {
  signal?: AbortSignal;
  bucketsPerSecond?: number;
  blockSize?: number;
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

/** Builds peaks from decoded audio; the builder is made at the first output, at the decoder's own rate. */
class PeaksSink implements DecodedSink {
  builder: PeaksBuilder | null = null;

  constructor(private readonly bucketsPerSecond: number | undefined) {}

  get started(): boolean {
    return this.builder !== null;
  }

  begin(format: DecodedFormat): void {
    this.builder = new PeaksBuilder({ ...format, bucketsPerSecond: this.bucketsPerSecond });
  }

  add(planes: Float32Array[], frames: number): void {
    this.builder?.add(planes, frames);
  }

  resumeAt(frame: number): void {
    if (this.builder && frame > this.builder.frames) this.builder.skipTo(frame);
  }
}

async function decodedPeaks(track: EncodedTrack, options: DecodeOptions): Promise<BuiltPeaks> {
  const sink = new PeaksSink(options.bucketsPerSecond);
  try {
    await decodeAudio(track, sink, { signal: options.signal });
  } catch (error) {
    if (error instanceof DecodeFailure) throw new PeaksFailureError({ kind: 'unavailable', reason: error.reason, message: error.message });
    throw error;
  }
  return finish(sink.builder);
}

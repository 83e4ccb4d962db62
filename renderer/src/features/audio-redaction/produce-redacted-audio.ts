import type { VaultClient } from '../../../../shared/contract/bridge';
import type { AudioRedactionRegionInput, RedactedAudioFormat, RedactedAudioItem } from '../../../../shared/contract/audio-redaction-operations';
import { MAX_REDACTED_AUDIO_CHUNK } from '../../../../shared/contract/audio-redaction-operations';
import { redactBlock } from '../../../../shared/media/audio-redaction/apply-regions';
import { disguiseBlock } from '../../../../shared/media/audio-redaction/voice-disguise';
import { pcm16Block } from '../../../../shared/media/audio-redaction/wav-writer';
import { openAudio } from '../../../../shared/media/demux/open-audio';
import { checkAbort, decodeAudio } from '../originals/waveform/decode-audio';
import { vaultSource } from '../originals/waveform/peaks-job';
import { OpusEncoding } from './opus-encoding';
import { Timeline } from './timeline';

/**
 * Makes the redacted audio of one recording, entirely in memory: read from the vault range
 * by range, decoded (WebCodecs), redacted block by block, optionally disguised, encoded (WAV
 * samples or Opus in Ogg) and sent back to the core in chunks, which it encrypts as they
 * arrive. A three-hour interview is never whole in memory.
 */
export interface ProduceOptions {
  format: RedactedAudioFormat;
  regions: readonly AudioRedactionRegionInput[];
  disguise: number | null;
  signal: AbortSignal;
  onProgress?: (fraction: number) => void;
}

/** Seconds per block: long enough that the voice disguise has few seams. */
const BLOCK_SECONDS = 5;
/** Bytes waiting for the core before decoding waits for the uploads. */
const MAX_PENDING = 8 * 1024 * 1024;

class Uploader {
  private seq = 0;
  private buffer: Uint8Array[] = [];
  private buffered = 0;
  private sending: Promise<void> = Promise.resolve();
  private pending = 0;
  private failure: Error | null = null;

  constructor(
    private readonly client: VaultClient,
    readonly jobId: string,
  ) {}

  write(bytes: Uint8Array): void {
    this.buffer.push(bytes);
    this.buffered += bytes.length;
    if (this.buffered >= 1024 * 1024) this.send();
  }

  private send(): void {
    if (this.buffered === 0) return;
    const data = new Uint8Array(this.buffered);
    this.buffer.reduce((at, b) => (data.set(b, at), at + b.length), 0);
    this.buffer = [];
    this.buffered = 0;
    this.pending += data.length;
    this.sending = this.sending.then(async () => {
      if (this.failure) return;
      try {
        for (let at = 0; at < data.length; at += MAX_REDACTED_AUDIO_CHUNK) {
          await this.client.call('audioRedaction.chunk', { jobId: this.jobId, seq: this.seq++, data: data.subarray(at, at + MAX_REDACTED_AUDIO_CHUNK) });
        }
      } catch (error) {
        this.failure = error instanceof Error ? error : new Error(String(error));
      } finally {
        this.pending -= data.length;
      }
    });
  }

  /** Resolves when the uploads have caught up enough to go on decoding. */
  async ready(): Promise<void> {
    this.check();
    while (this.pending > MAX_PENDING) await this.sending;
    this.check();
  }

  async drain(): Promise<void> {
    this.send();
    await this.sending;
    this.check();
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}

export async function produceRedactedAudio(client: VaultClient, media: { id: string; size: number; durationSeconds: number | null }, options: ProduceOptions): Promise<RedactedAudioItem> {
  const track = await openAudio(vaultSource(client, media.id, media.size));
  const sampleRate = track.kind === 'pcm' ? track.sampleRate : track.decoder.sampleRate;
  const channels = Math.min(2, track.kind === 'pcm' ? track.numberOfChannels : track.decoder.numberOfChannels) as 1 | 2;
  if (options.format === 'opus' && !(await OpusEncoding.supported(channels))) throw new Error('This browser cannot encode Opus; choose WAV.');

  // The decoder may output at another rate or channel count than the container says: the job
  // is opened with what the container says, and refused below if the decoder disagrees.
  const { jobId } = await client.call('audioRedaction.begin', { mediaId: media.id, format: options.format, sampleRate, channels });
  const uploader = new Uploader(client, jobId);
  let opus: OpusEncoding | null = null;
  const total = (track.durationSeconds ?? media.durationSeconds ?? 0) * sampleRate;
  try {
    const timeline = new Timeline(
      (rate) => Math.round(rate * BLOCK_SECONDS),
      (planes, firstFrame, format) => {
        if (format.sampleRate !== sampleRate || format.channels !== channels) {
          throw new Error(`The decoder gives ${format.sampleRate} Hz with ${format.channels} channel(s), not what the file says.`);
        }
        redactBlock(planes, format.sampleRate, options.regions, firstFrame);
        const block = options.disguise === null ? planes : disguiseBlock(planes, format.sampleRate, options.disguise);
        if (options.format === 'wav') uploader.write(pcm16Block(block));
        else {
          opus ??= new OpusEncoding(channels, format.sampleRate, (bytes) => uploader.write(bytes));
          opus.encode(block);
        }
        if (total > 0) options.onProgress?.(Math.min(1, (firstFrame + (planes[0]?.length ?? 0)) / total));
      },
    );
    const ready = async () => {
      await uploader.ready();
      while (opus && opus.queueSize > 8) await new Promise((resolve) => setTimeout(resolve, 5));
    };
    if (track.kind === 'pcm') {
      timeline.begin({ sampleRate, channels: track.numberOfChannels, skipFrames: Math.round(track.skipSeconds * sampleRate), maxFrames: undefined });
      for await (const planes of track.blocks()) {
        checkAbort(options.signal);
        await ready();
        timeline.add(planes, planes[0]?.length ?? 0);
      }
    } else {
      await decodeAudio(track, timeline, { signal: options.signal, ready });
    }
    timeline.flush();
    if (timeline.frames === 0) throw new Error('No audio could be decoded from this file.');
    checkAbort(options.signal);
    if (opus) await (opus as OpusEncoding).finish();
    await uploader.drain();
    const { item } = await client.call('audioRedaction.finish', { jobId });
    options.onProgress?.(1);
    return item;
  } catch (error) {
    (opus as OpusEncoding | null)?.close();
    await client.call('audioRedaction.cancel', { jobId }).catch(() => undefined);
    throw error;
  }
}

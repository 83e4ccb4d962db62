/**
 * What a demuxer hands to the waveform worker: either encoded packets and the configuration
 * WebCodecs' AudioDecoder needs (`AudioDecoderConfig`), or, for PCM WAV, the samples
 * themselves. Plain data only: this module runs in a Web Worker and in Node tests.
 */
export type ContainerName = 'wav' | 'mp3' | 'adts' | 'ogg' | 'flac' | 'mp4' | 'matroska';

/** The fields of WebCodecs' AudioDecoderConfig, as a registered codec string expects them. */
export interface DecoderSetup {
  /** 'mp3', 'opus', 'vorbis', 'flac', 'mp4a.40.2'… (the WebCodecs codec registry). */
  codec: string;
  sampleRate: number;
  numberOfChannels: number;
  /** Codec-specific bytes (OpusHead, Xiph-laced Vorbis headers, 'fLaC' + STREAMINFO, AudioSpecificConfig). */
  description?: Uint8Array<ArrayBuffer>;
}

export interface EncodedPacket {
  data: Uint8Array<ArrayBuffer>;
  /** Presentation time from the container, microseconds (approximate for Ogg Vorbis). */
  timestampUs: number;
  durationUs: number | null;
}

interface TrackTiming {
  container: ContainerName;
  /**
   * Seconds of decoded audio to drop at the start: encoder delay, Opus pre-skip, an MP4
   * edit list. The waveform then lines up with what `<audio>` plays.
   */
  skipSeconds: number;
  /** Duration the container states and that can be trusted to trim the end; null when it does not say. */
  durationSeconds: number | null;
}

export interface EncodedTrack extends TrackTiming {
  kind: 'encoded';
  decoder: DecoderSetup;
  /** Packets in decoding order, read as they are asked for. */
  packets(): AsyncGenerator<EncodedPacket>;
}

export interface PcmTrack extends TrackTiming {
  kind: 'pcm';
  sampleRate: number;
  numberOfChannels: number;
  /** Blocks of samples as float planes, one per channel, read as they are asked for. */
  blocks(): AsyncGenerator<Float32Array[]>;
}

export type AudioTrack = EncodedTrack | PcmTrack;

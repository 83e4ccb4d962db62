import { ascii, u16le } from './bytes';
import { DemuxError } from './demux-error';

/** Opus at the decoder's rate: every Opus stream decodes at 48 kHz (RFC 7845 §4). */
export const OPUS_RATE = 48000;

/** Samples at 48 kHz in one Opus packet, from its TOC byte (RFC 6716 §3.1); 0 if malformed. */
export function opusPacketSamples(packet: Uint8Array): number {
  if (packet.length === 0) return 0;
  const toc = packet[0]!;
  const config = toc >> 3;
  let frame: number;
  if (config < 12) frame = [480, 960, 1920, 2880][config & 3]!; // SILK: 10, 20, 40, 60 ms
  else if (config < 16) frame = [480, 960][config & 1]!; // hybrid: 10, 20 ms
  else frame = [120, 240, 480, 960][config & 3]!; // CELT: 2.5, 5, 10, 20 ms
  const code = toc & 3;
  let count: number;
  if (code === 0) count = 1;
  else if (code < 3) count = 2;
  else count = packet.length > 1 ? packet[1]! & 0x3f : 0;
  return frame * count;
}

export interface OpusHead {
  channels: number;
  preSkip: number;
  /** The identification header as it was, which WebCodecs takes as the description. */
  bytes: Uint8Array<ArrayBuffer>;
}

/** Parses an OpusHead packet (RFC 7845 §5.1). */
export function parseOpusHead(packet: Uint8Array): OpusHead {
  if (packet.length < 19 || ascii(packet, 0, 8) !== 'OpusHead') throw new DemuxError('damaged', 'The Opus identification header is missing or short.');
  if (packet[8]! >> 4 !== 0) throw new DemuxError('unsupported', `Opus header version ${packet[8]} is not supported.`);
  const channels = packet[9]!;
  if (channels === 0) throw new DemuxError('damaged', 'The Opus header declares no channels.');
  const family = packet[18]!;
  if (family !== 0 && family !== 1) throw new DemuxError('unsupported', `Opus channel mapping family ${family} is not supported (0 and 1 are).`);
  return { channels, preSkip: u16le(packet, 10), bytes: packet.slice() };
}

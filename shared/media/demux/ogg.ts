import { ascii, concatBytes, u16be, u32le } from './bytes';
import type { ByteReader } from './byte-reader';
import { DemuxError } from './demux-error';
import { parseStreamInfo } from './flac-format';
import { nextPage, oggPackets, parsePageAt } from './ogg-pages';
import { OPUS_RATE, opusPacketSamples, parseOpusHead } from './opus';
import { xiphLace } from './xiph';
import type { DecoderSetup, EncodedPacket, EncodedTrack } from './types';

/**
 * Ogg with Opus (RFC 7845), Vorbis (Vorbis I spec §A) or FLAC (the Ogg FLAC mapping). The first
 * logical stream of a supported codec is read; others (a video, a second audio) are passed over.
 */
interface Codec {
  decoder: DecoderSetup;
  /** Header packets before the audio. */
  headerPackets: number;
  preSkip: number;
  /** Rate of the granule positions. */
  granuleRate: number;
}

async function identify(reader: ByteReader, first: Uint8Array, serial: number): Promise<Codec | null> {
  if (ascii(first, 0, 8) === 'OpusHead') {
    const head = parseOpusHead(first);
    return { decoder: { codec: 'opus', sampleRate: OPUS_RATE, numberOfChannels: head.channels, description: head.bytes }, headerPackets: 2, preSkip: head.preSkip, granuleRate: OPUS_RATE };
  }
  if (first[0] === 1 && ascii(first, 1, 6) === 'vorbis' && first.length >= 30) {
    // WebCodecs takes Vorbis's three header packets, Xiph-laced (as Matroska's CodecPrivate).
    const headers: Uint8Array[] = [];
    for await (const packet of oggPackets(reader, serial)) {
      headers.push(packet.data);
      if (headers.length === 3) break;
    }
    if (headers.length < 3) throw new DemuxError('damaged', 'The Ogg Vorbis stream ends inside its headers.');
    const sampleRate = u32le(first, 12);
    const decoder = { codec: 'vorbis', sampleRate, numberOfChannels: first[11]!, description: xiphLace(headers) };
    return { decoder, headerPackets: 3, preSkip: 0, granuleRate: sampleRate };
  }
  if (first[0] === 0x7f && ascii(first, 1, 4) === 'FLAC' && ascii(first, 9, 4) === 'fLaC') {
    const info = parseStreamInfo(first.subarray(17));
    const headerPackets = 1 + u16be(first, 7);
    if (headerPackets === 1) throw new DemuxError('unsupported', 'This Ogg FLAC stream does not say how many header packets it has.');
    const decoder = { codec: 'flac', sampleRate: info.sampleRate, numberOfChannels: info.channels, description: concatBytes([info.description]) };
    return { decoder, headerPackets, preSkip: 0, granuleRate: info.sampleRate };
  }
  return null;
}

/** The granule position of the stream's last page: its length, read from the tail of the file. */
async function lastGranule(reader: ByteReader, serial: number): Promise<number | null> {
  const tailLength = Math.min(reader.size, 128 * 1024);
  const tail = await reader.readAt(reader.size - tailLength, tailLength);
  let found: number | null = null;
  for (let i = tail.indexOf(0x4f); i >= 0; i = tail.indexOf(0x4f, i + 1)) {
    const page = parsePageAt(tail, i);
    if (page && page.serial === serial && page.granule >= 0) found = page.granule;
  }
  return found;
}

export async function openOgg(reader: ByteReader): Promise<EncodedTrack> {
  reader.seek(0);
  let chosen: { serial: number; codec: Codec } | null = null;
  const seen: string[] = [];
  // Every stream starts with a beginning-of-stream page holding only its identification packet.
  for (let page = await nextPage(reader); page?.bos && !chosen; page = await nextPage(reader)) {
    const resume = reader.position;
    reader.seek(page.offset);
    const codec = await identify(reader, page.body, page.serial);
    if (codec) chosen = { serial: page.serial, codec };
    else seen.push(ascii(page.body, 0, 8).replace(/[^\x20-\x7e]/g, '?'));
    reader.seek(resume);
  }
  if (!chosen) {
    throw new DemuxError('unsupported', seen.length > 0 ? `No Opus, Vorbis or FLAC stream in this Ogg file (found: ${seen.join(', ')}).` : 'This Ogg file has no stream header.');
  }
  const { serial, codec } = chosen;
  const end = await lastGranule(reader, serial);
  const durationSamples = end !== null ? end - codec.preSkip : null;
  return {
    kind: 'encoded',
    container: 'ogg',
    decoder: codec.decoder,
    skipSeconds: codec.preSkip / codec.granuleRate,
    durationSeconds: durationSamples !== null && durationSamples > 0 ? durationSamples / codec.granuleRate : null,
    packets: () => audioPackets(reader, serial, codec),
  };
}

async function* audioPackets(reader: ByteReader, serial: number, codec: Codec): AsyncGenerator<EncodedPacket> {
  reader.seek(0);
  const opus = codec.decoder.codec === 'opus';
  let index = 0;
  let samples = 0;
  for await (const packet of oggPackets(reader, serial)) {
    if (index++ < codec.headerPackets || packet.data.length === 0) continue;
    if (opus) {
      const count = opusPacketSamples(packet.data);
      yield { data: packet.data, timestampUs: Math.round((samples / OPUS_RATE) * 1e6), durationUs: Math.round((count / OPUS_RATE) * 1e6) };
      samples += count;
    } else {
      // Vorbis and FLAC packets do not state their length here; the page before gives the time.
      const at = Math.max(0, packet.previousGranule);
      yield { data: packet.data, timestampUs: Math.round((at / codec.granuleRate) * 1e6), durationUs: null };
    }
  }
}

import { ascii } from './bytes';
import type { ByteReader } from './byte-reader';
import { DemuxError } from './demux-error';
import { parseInfoFrame, parseMpegHeader, sameStream, type MpegFrameHeader } from './mpeg-audio';
import type { EncodedPacket, EncodedTrack } from './types';

/** MP3 decoders output 529 samples late (LAME's documented decoder delay). */
const DECODER_DELAY = 529;
/** How far past damage to look for the next frame before giving up on the rest. */
const RESYNC_WINDOW = 256 * 1024;
/** The longest legal frame: MPEG-2.5 layer II at 160 kb/s and 8 kHz, padded. */
const MAX_FRAME = 2881;

/** Skips ID3v2 tags (one after another, as some taggers leave them) at the reader's position. */
async function skipId3v2(reader: ByteReader): Promise<void> {
  for (;;) {
    if (!(await reader.ensure(10))) return;
    const b = reader.peek(10);
    if (ascii(b, 0, 3) !== 'ID3') return;
    // Sizes are "syncsafe": 7 bits per byte.
    const size = ((b[6]! & 0x7f) << 21) | ((b[7]! & 0x7f) << 14) | ((b[8]! & 0x7f) << 7) | (b[9]! & 0x7f);
    const footer = b[5]! & 0x10 ? 10 : 0;
    reader.skip(10 + size + footer);
  }
}

/**
 * Moves the reader to the next frame header that is followed by another of the same stream
 * (or by the end of the file): a lone 0xFFE pattern in tag or audio data is not a frame.
 * `like`, when given, is the stream the frame must belong to. Answers null past the window.
 */
async function syncToFrame(reader: ByteReader, like: MpegFrameHeader | null, window: number): Promise<MpegFrameHeader | null> {
  const limit = reader.position + window;
  const view = 4 + MAX_FRAME + 4;
  while (reader.position < limit) {
    await reader.ensure(view);
    const b = reader.peek(view);
    if (b.length < 4) return null;
    let i = b.indexOf(0xff);
    for (; i >= 0 && i + 4 <= b.length; i = b.indexOf(0xff, i + 1)) {
      const header = parseMpegHeader(b, i);
      if (!header || (like && !sameStream(like, header))) continue;
      const after = i + header.frameLength;
      if (after + 4 > b.length && reader.position + after < reader.size) {
        if (i === 0) return header;
        break; // look again with this candidate at the start of the window
      }
      const following = parseMpegHeader(b, after);
      const tag = ascii(b, after, 3);
      if ((following && sameStream(header, following)) || reader.position + after >= reader.size || tag === 'TAG' || tag === 'APE' || tag === 'ID3') {
        reader.skip(i);
        return header;
      }
    }
    reader.skip(i > 0 ? i : Math.max(1, b.length - 3));
  }
  return null;
}

export async function openMp3(reader: ByteReader): Promise<EncodedTrack> {
  await skipId3v2(reader);
  const first = await syncToFrame(reader, null, RESYNC_WINDOW);
  if (!first) throw new DemuxError('damaged', 'No MPEG audio frame was found in this file.');
  if (first.layer !== 3) throw new DemuxError('unsupported', `MPEG-${first.version} layer ${first.layer} audio is not supported (layer III, MP3, is).`);
  await reader.ensure(first.frameLength);
  const info = parseInfoFrame(reader.peek(first.frameLength), first);
  if (info) reader.skip(first.frameLength);
  const audioStart = reader.position;
  const spf = first.samplesPerFrame;
  const stated = info?.frames ? info.frames * spf - info.encoderDelay - info.encoderPadding : null;
  return {
    kind: 'encoded',
    container: 'mp3',
    decoder: { codec: 'mp3', sampleRate: first.sampleRate, numberOfChannels: first.channels },
    skipSeconds: ((info?.encoderDelay ?? 0) + DECODER_DELAY) / first.sampleRate,
    durationSeconds: stated !== null && stated > 0 ? stated / first.sampleRate : null,
    packets: () => mp3Packets(reader, audioStart, first),
  };
}

async function* mp3Packets(reader: ByteReader, start: number, first: MpegFrameHeader): AsyncGenerator<EncodedPacket> {
  reader.seek(start);
  let samples = 0;
  for (;;) {
    if (!(await reader.ensure(4))) return;
    let header = parseMpegHeader(reader.peek(4), 0);
    if (!header || !sameStream(first, header)) {
      // Damage, or the ID3v1/APE tag at the end: look for the stream again a little further on.
      header = await syncToFrame(reader, first, RESYNC_WINDOW);
      if (!header) return;
    }
    // A frame cut by the end of the file is dropped: the decoder would fail on it.
    if (!(await reader.ensure(header.frameLength))) return;
    const data = await reader.take(header.frameLength);
    const timestampUs = Math.round((samples / header.sampleRate) * 1e6);
    samples += header.samplesPerFrame;
    yield { data, timestampUs, durationUs: Math.round((header.samplesPerFrame / header.sampleRate) * 1e6) };
  }
}

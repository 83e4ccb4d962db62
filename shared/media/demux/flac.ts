import { ascii, u24be } from './bytes';
import type { ByteReader } from './byte-reader';
import { DemuxError } from './demux-error';
import { parseFlacFrameHeader, parseStreamInfo, type FlacFrameHeader, type StreamInfo } from './flac-format';
import type { EncodedPacket, EncodedTrack } from './types';

/**
 * Native FLAC: 'fLaC', metadata blocks, then frames. Frames carry no length, so a frame ends
 * where the next valid header starts: a sync code whose header passes its CRC-8 and whose
 * number follows this frame's (a sync pattern inside audio data fails one or the other).
 */
const MIN_WINDOW = 64 * 1024;
const MAX_WINDOW = 16 * 1024 * 1024;

export async function openFlac(reader: ByteReader): Promise<EncodedTrack> {
  await reader.ensure(4);
  if (ascii(reader.peek(4), 0, 4) !== 'fLaC') throw new DemuxError('damaged', 'This is not a FLAC file.');
  reader.skip(4);
  let info: StreamInfo | null = null;
  for (let last = false; !last; ) {
    if (!(await reader.ensure(4))) throw new DemuxError('damaged', 'The FLAC file ends inside its metadata.');
    const header = reader.peek(4);
    last = (header[0]! & 0x80) !== 0;
    const length = u24be(header, 1);
    reader.skip(4);
    if ((header[0]! & 0x7f) === 0) {
      if (!(await reader.ensure(length))) throw new DemuxError('damaged', 'The FLAC STREAMINFO block is cut short.');
      info = parseStreamInfo(reader.peek(length));
    }
    reader.skip(length);
  }
  if (!info) throw new DemuxError('damaged', 'The FLAC file has no STREAMINFO block.');
  const streamInfo = info;
  const audioStart = reader.position;
  return {
    kind: 'encoded',
    container: 'flac',
    decoder: { codec: 'flac', sampleRate: streamInfo.sampleRate, numberOfChannels: streamInfo.channels, description: streamInfo.description },
    skipSeconds: 0,
    durationSeconds: streamInfo.totalSamples > 0 ? streamInfo.totalSamples / streamInfo.sampleRate : null,
    packets: () => flacFrames(reader, audioStart, streamInfo),
  };
}

/** Whether `next` can be the frame after `frame` (same numbering, the next number). */
function follows(frame: FlacFrameHeader, next: FlacFrameHeader): boolean {
  if (next.variable !== frame.variable) return false;
  return next.number === (frame.variable ? frame.number + frame.blockSize : frame.number + 1);
}

/**
 * Where the frame after `frame` starts in the window: `next` when its number follows,
 * `later` for the first valid header with a later number (the frames in between lost to
 * damage); -1 for none.
 */
function findNext(b: Uint8Array, frame: FlacFrameHeader): { next: number; later: number } {
  let later = -1;
  for (let i = b.indexOf(0xff, frame.headerLength); i >= 0; i = b.indexOf(0xff, i + 1)) {
    if (((b[i + 1] ?? 0) & 0xfe) !== 0xf8) continue;
    const header = parseFlacFrameHeader(b, i);
    if (!header || header.variable !== frame.variable) continue;
    if (follows(frame, header)) return { next: i, later };
    if (later < 0 && header.number > frame.number) later = i;
  }
  return { next: -1, later };
}

/** The next frame header at or after the reader's position (after damage, or at the start). */
async function resync(reader: ByteReader): Promise<FlacFrameHeader | null> {
  for (;;) {
    await reader.ensure(MIN_WINDOW);
    const b = reader.peek(MIN_WINDOW);
    if (b.length < 6) return null;
    for (let i = b.indexOf(0xff); i >= 0; i = b.indexOf(0xff, i + 1)) {
      const header = parseFlacFrameHeader(b, i);
      if (header) {
        reader.skip(i);
        return header;
      }
    }
    reader.skip(Math.max(1, b.length - 16));
  }
}

async function* flacFrames(reader: ByteReader, start: number, info: StreamInfo): AsyncGenerator<EncodedPacket> {
  reader.seek(start);
  // STREAMINFO's largest frame bounds the search (when the encoder filled it in): two of
  // them, so that past one damaged frame the next header is still in sight.
  const limit = info.maxFrameSize > 0 ? Math.min(MAX_WINDOW, 2 * info.maxFrameSize + 64) : MAX_WINDOW;
  let window = Math.min(limit, MIN_WINDOW);
  let samples = 0;
  for (;;) {
    await reader.ensure(32);
    let frame = parseFlacFrameHeader(reader.peek(32), 0);
    if (!frame) {
      frame = await resync(reader);
      if (!frame) return;
    }
    let length: number;
    for (;;) {
      const complete = !(await reader.ensure(window));
      const found = findNext(reader.peek(window), frame);
      if (found.next >= 0) length = found.next;
      else if (complete || window >= limit) {
        // No frame follows within the longest a frame can be: damage. Cut this frame at the
        // next valid header; with none, the rest of the file (the last frame) or nothing.
        length = found.later >= 0 ? found.later : complete ? reader.buffered : 0;
        if (length === 0) reader.skip(1);
      } else {
        window *= 2;
        continue;
      }
      break;
    }
    if (length <= 0) continue;
    const data = await reader.take(length);
    const rate = frame.sampleRate || info.sampleRate;
    const first = frame.variable ? frame.number : frame.number * (info.minBlockSize === info.maxBlockSize ? info.maxBlockSize : frame.blockSize);
    if (first > samples) samples = first;
    yield { data, timestampUs: Math.round((samples / rate) * 1e6), durationUs: Math.round((frame.blockSize / rate) * 1e6) };
    samples += frame.blockSize;
  }
}

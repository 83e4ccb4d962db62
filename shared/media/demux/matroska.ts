import type { ByteReader } from './byte-reader';
import { DemuxError } from './demux-error';
import { children, readElementHeader, readString, readUint, type ElementHeader } from './ebml';
import { blockFrames, readBlockHeader } from './matroska-block';
import { chooseAudioTrack, ID, type MatroskaAudio } from './matroska-tracks';
import { opusPacketSamples } from './opus';
import type { EncodedPacket, EncodedTrack } from './types';

/**
 * Matroska and WebM, read as a flat stream of elements: a Cluster is stepped into rather than
 * skipped, so clusters and segments of unknown size (MediaRecorder writes them, and no
 * Duration) read like any other. Damage sends the reader to the next Cluster.
 */
const MAX_HEADER_BODY = 16 * 1024 * 1024;
const MAX_BLOCK = 16 * 1024 * 1024;
const CLUSTER_ID = [0x1f, 0x43, 0xb6, 0x75];

async function headerAt(reader: ByteReader): Promise<ElementHeader | null> {
  await reader.ensure(12);
  return readElementHeader(reader.peek(12), 0);
}

async function body(reader: ByteReader, header: ElementHeader, what: string): Promise<Uint8Array> {
  if (header.size === null || header.size > MAX_HEADER_BODY) throw new DemuxError('damaged', `The ${what} element has an impossible size.`);
  reader.skip(header.headerLength);
  if (!(await reader.ensure(header.size))) throw new DemuxError('damaged', `The file ends inside its ${what} element.`);
  const bytes = reader.peek(header.size);
  reader.skip(header.size);
  return bytes;
}

export async function openMatroska(reader: ByteReader): Promise<EncodedTrack> {
  reader.seek(0);
  const ebml = await headerAt(reader);
  if (ebml?.id !== ID.EBML) throw new DemuxError('damaged', 'This is not an EBML (Matroska/WebM) file.');
  const head = await body(reader, ebml, 'EBML header');
  const docType = [...children(head, 0, head.length)].find((el) => el.id === ID.DocType);
  const type = docType ? readString(head, docType.start, docType.size) : 'matroska';
  if (type !== 'webm' && type !== 'matroska') throw new DemuxError('unsupported', `EBML documents of type "${type}" are not supported.`);
  const segment = await headerAt(reader);
  if (segment?.id !== ID.Segment) throw new DemuxError('damaged', 'The Matroska/WebM file has no Segment.');
  reader.skip(segment.headerLength);
  const segmentEnd = segment.size === null ? reader.size : Math.min(reader.size, reader.position + segment.size);
  let scaleNs = 1_000_000;
  let audio: MatroskaAudio | null = null;
  while (reader.position < segmentEnd) {
    const header = await headerAt(reader);
    if (!header) break;
    if (header.id === ID.Cluster) break;
    if (header.id === ID.Info) {
      const info = await body(reader, header, 'Info');
      const scale = [...children(info, 0, info.length)].find((el) => el.id === ID.TimestampScale);
      if (scale) scaleNs = readUint(info, scale.start, scale.size) || scaleNs;
    } else if (header.id === ID.Tracks) {
      const tracks = await body(reader, header, 'Tracks');
      audio = chooseAudioTrack(tracks, 0, tracks.length);
    } else if (header.size === null) break;
    else reader.skip(header.headerLength + header.size);
  }
  if (!audio) throw new DemuxError('damaged', 'The Matroska/WebM file has no track list before its audio.');
  const track = audio;
  const firstCluster = reader.position;
  return {
    kind: 'encoded',
    container: 'matroska',
    decoder: track.decoder,
    skipSeconds: track.codecDelayNs / 1e9,
    durationSeconds: null,
    packets: () => blocks(reader, firstCluster, segmentEnd, track, scaleNs),
  };
}

/** Moves the reader to the next Cluster after damage; false when there is none. */
async function resync(reader: ByteReader, end: number): Promise<boolean> {
  reader.skip(1);
  while (reader.position < end) {
    await reader.ensure(1024 * 1024);
    const b = reader.peek(1024 * 1024);
    if (b.length < 4) return false;
    for (let i = b.indexOf(CLUSTER_ID[0]!); i >= 0 && i + 4 <= b.length; i = b.indexOf(CLUSTER_ID[0]!, i + 1)) {
      if (b[i + 1] === CLUSTER_ID[1] && b[i + 2] === CLUSTER_ID[2] && b[i + 3] === CLUSTER_ID[3]) {
        reader.skip(i);
        return true;
      }
    }
    reader.skip(b.length - 3);
  }
  return false;
}

async function* blocks(reader: ByteReader, start: number, end: number, track: MatroskaAudio, scaleNs: number): AsyncGenerator<EncodedPacket> {
  reader.seek(start);
  let clusterTime = 0;
  const opus = track.decoder.codec === 'opus';
  while (reader.position < end) {
    const header = await headerAt(reader);
    if (!header) {
      if (reader.remaining < 12 || !(await resync(reader, end))) return;
      continue;
    }
    const payloadEnd = reader.position + header.headerLength + (header.size ?? 0);
    if (header.id === ID.Cluster || (header.id === ID.BlockGroup && header.size !== null && header.size <= MAX_BLOCK)) {
      reader.skip(header.headerLength); // step in: its children follow
      continue;
    }
    if (header.id === ID.Segment || header.id === ID.EBML || header.size === null) return; // a second file glued on, or nothing sane
    if (header.id === ID.Timestamp) {
      await reader.ensure(header.headerLength + header.size);
      clusterTime = readUint(reader.peek(header.headerLength + header.size), header.headerLength, header.size);
    } else if (header.id === ID.SimpleBlock || header.id === ID.Block) {
      if (payloadEnd > reader.size || header.size > MAX_BLOCK) {
        // A size past the end: the last block of a file cut short (dropped), or damage.
        if (!(await resync(reader, end))) return;
        continue;
      }
      await reader.ensure(header.headerLength + Math.min(header.size, 16));
      const blockHeader = readBlockHeader(reader.peek(header.headerLength + 16).subarray(header.headerLength));
      if (blockHeader && blockHeader.track === track.trackNumber) {
        reader.skip(header.headerLength);
        const data = await reader.take(header.size);
        const frames = blockFrames(data, blockHeader);
        let timeUs = ((clusterTime + blockHeader.relativeTime) * scaleNs) / 1000;
        for (const frame of frames ?? []) {
          const samples = opus ? opusPacketSamples(frame) : 0;
          const durationUs = opus ? (samples / 48000) * 1e6 : null;
          yield { data: frame, timestampUs: Math.round(timeUs), durationUs };
          timeUs += durationUs ?? 0;
        }
        continue;
      }
    }
    reader.seek(payloadEnd);
  }
}

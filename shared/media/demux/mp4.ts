import { ascii, u32be, u64be } from './bytes';
import type { ByteReader } from './byte-reader';
import { DemuxError } from './demux-error';
import { audioConfigFromStsd, type Mp4AudioConfig } from './mp4-audio-config';
import { childBoxes, findBox, findPath, topLevelBoxes, type Box } from './mp4-boxes';
import { readSampleTable, type SampleTable } from './mp4-samples';
import type { EncodedPacket, EncodedTrack } from './types';

/**
 * MP4/M4A (ISO BMFF): moov is read wherever it is (start or end; only its bytes, never
 * mdat's), the first sound track's sample table locates each sample, and samples are read in
 * file order. Fragmented files (moof) are refused with a message saying so.
 */
const MAX_SAMPLE = 16 * 1024 * 1024;

interface TrackTime {
  timescale: number;
  skip: number;
  duration: number | null;
}

/** Timescale, leading skip and duration of a track, from mdhd and an edit list if any. */
function trackTime(b: Uint8Array, trak: Box, mdia: Box, movieTimescale: number, codecDelay: number): TrackTime {
  const mdhd = findBox(b, mdia, 'mdhd');
  if (!mdhd) throw new DemuxError('damaged', 'The MP4 audio track has no mdhd box.');
  const v1 = b[mdhd.start] === 1;
  const timescale = v1 ? u32be(b, mdhd.start + 20) : u32be(b, mdhd.start + 12);
  const mediaDuration = v1 ? u64be(b, mdhd.start + 24) : u32be(b, mdhd.start + 16);
  if (timescale === 0) throw new DemuxError('damaged', 'The MP4 audio track has a timescale of 0.');
  let duration: number | null = mediaDuration > 0 && mediaDuration !== 0xffffffff ? mediaDuration / timescale : null;
  let skip = codecDelay / timescale;
  const elst = findPath(b, trak, 'edts/elst');
  if (elst && movieTimescale > 0) {
    // The first edit that shows media: its start is the encoder delay (AAC priming, Opus pre-skip).
    const ev1 = b[elst.start] === 1;
    const count = u32be(b, elst.start + 4);
    const size = ev1 ? 20 : 12;
    let shown = 0;
    let first = true;
    for (let i = 0, at = elst.start + 8; i < count && at + size <= elst.end; i++, at += size) {
      const segment = ev1 ? u64be(b, at) : u32be(b, at);
      const mediaTime = ev1 ? u32be(b, at + 8) * 0x1_0000_0000 + u32be(b, at + 12) : u32be(b, at + 4) | 0;
      if (mediaTime < 0 || (ev1 && u32be(b, at + 8) === 0xffffffff)) continue; // an empty edit (a pause before)
      if (first) skip = mediaTime / timescale;
      first = false;
      shown += segment;
    }
    if (shown > 0) duration = shown / movieTimescale;
  }
  return { timescale, skip, duration };
}

function movieTimescale(b: Uint8Array, moov: Box): number {
  const mvhd = findBox(b, moov, 'mvhd');
  if (!mvhd) return 0;
  return b[mvhd.start] === 1 ? u32be(b, mvhd.start + 20) : u32be(b, mvhd.start + 12);
}

export async function openMp4(reader: ByteReader): Promise<EncodedTrack> {
  let moovBox: Box | null = null;
  let fragmented = false;
  for await (const box of topLevelBoxes(reader)) {
    if (box.type === 'moov') moovBox = box;
    if (box.type === 'moof') fragmented = true;
    if (moovBox && (fragmented || box.type === 'mdat')) break;
  }
  if (!moovBox) throw new DemuxError('damaged', 'This MP4 file has no movie header (moov): it may be cut short.');
  // Parse moov as its own buffer; boxes inside it are addressed relative to it.
  const moov = await reader.readAt(moovBox.start, moovBox.end - moovBox.start);
  const root: Box = { type: 'moov', start: 0, end: moov.length };
  if (fragmented || findBox(moov, root, 'mvex')) throw new DemuxError('unsupported', 'Fragmented MP4 audio is not supported.');
  const timescale = movieTimescale(moov, root);
  let refusal: DemuxError | null = null;
  for (const trak of childBoxes(moov, 0, moov.length).filter((box) => box.type === 'trak')) {
    const mdia = findBox(moov, trak, 'mdia');
    const hdlr = mdia ? findBox(moov, mdia, 'hdlr') : null;
    if (!mdia || !hdlr || ascii(moov, hdlr.start + 8, 4) !== 'soun') continue;
    const stbl = findPath(moov, mdia, 'minf/stbl');
    const stsd = stbl ? findBox(moov, stbl, 'stsd') : null;
    if (!stbl || !stsd) throw new DemuxError('damaged', 'The MP4 audio track has no sample table.');
    let config: Mp4AudioConfig;
    try {
      config = audioConfigFromStsd(moov, stsd);
    } catch (error) {
      if (error instanceof DemuxError && error.reason === 'unsupported') {
        refusal = error; // another sound track may do
        continue;
      }
      throw error;
    }
    const time = trackTime(moov, trak, mdia, timescale, config.codecDelay);
    const table = readSampleTable(moov, stbl);
    if (table.count === 0) throw new DemuxError('empty', 'The MP4 audio track has no samples.');
    return {
      kind: 'encoded',
      container: 'mp4',
      decoder: config.decoder,
      skipSeconds: time.skip,
      durationSeconds: time.duration,
      packets: () => mp4Samples(reader, table, time.timescale),
    };
  }
  throw refusal ?? new DemuxError('empty', 'This MP4 file has no audio track.');
}

async function* mp4Samples(reader: ByteReader, table: SampleTable, timescale: number): AsyncGenerator<EncodedPacket> {
  for (const sample of table.samples()) {
    // A file cut short: its sample table points past the end. What is there is kept.
    if (sample.size > MAX_SAMPLE || sample.offset + sample.size > reader.size) return;
    reader.seek(sample.offset);
    const data = await reader.take(sample.size);
    yield { data, timestampUs: Math.round((sample.time / timescale) * 1e6), durationUs: Math.round((sample.duration / timescale) * 1e6) };
  }
}

import { u16be, u32be, u64be } from './bytes';
import { DemuxError } from './demux-error';
import { findBox, type Box } from './mp4-boxes';

/**
 * An MP4 sample table (stbl) as typed arrays: about 4 bytes per sample, 2 MiB for three hours
 * of AAC. Samples are found by walking the chunks (stco/co64), how many samples each chunk
 * holds (stsc), their sizes (stsz/stz2) and durations (stts).
 */
export interface Sample {
  offset: number;
  size: number;
  /** Decode time and duration in the track's timescale. */
  time: number;
  duration: number;
}

export interface SampleTable {
  count: number;
  samples(): Generator<Sample>;
}

function requireBox(b: Uint8Array, stbl: Box, type: string): Box {
  const box = findBox(b, stbl, type);
  if (!box) throw new DemuxError('damaged', `The MP4 sample table has no ${type} box.`);
  return box;
}

/** An entry count that fits in its box: a hostile count cannot make us allocate gigabytes. */
function entries(b: Uint8Array, box: Box, at: number, entrySize: number): number {
  const count = u32be(b, at);
  if (count * entrySize > box.end - at - 4) throw new DemuxError('damaged', `The MP4 ${box.type} box declares more entries than it holds.`);
  return count;
}

function sizes(b: Uint8Array, stbl: Box): { constant: number; list: Uint32Array; count: number } {
  const stsz = findBox(b, stbl, 'stsz');
  if (stsz) {
    const constant = u32be(b, stsz.start + 4);
    const count = u32be(b, stsz.start + 8);
    if (constant !== 0) return { constant, list: new Uint32Array(0), count };
    const n = entries(b, stsz, stsz.start + 8, 4);
    const list = new Uint32Array(n);
    for (let i = 0; i < n; i++) list[i] = u32be(b, stsz.start + 12 + 4 * i);
    return { constant: 0, list, count: n };
  }
  const stz2 = requireBox(b, stbl, 'stz2');
  const field = b[stz2.start + 7]!;
  if (field !== 4 && field !== 8 && field !== 16) throw new DemuxError('damaged', `The MP4 stz2 box has a field size of ${field}.`);
  const n = entries(b, stz2, stz2.start + 8, field / 8);
  const list = new Uint32Array(n);
  const base = stz2.start + 12;
  for (let i = 0; i < n; i++) {
    if (field === 16) list[i] = u16be(b, base + 2 * i);
    else if (field === 8) list[i] = b[base + i]!;
    else list[i] = i & 1 ? b[base + (i >> 1)]! & 0x0f : b[base + (i >> 1)]! >> 4;
  }
  return { constant: 0, list, count: n };
}

export function readSampleTable(b: Uint8Array, stbl: Box): SampleTable {
  const size = sizes(b, stbl);
  const stco = findBox(b, stbl, 'stco');
  const co64 = stco ? null : requireBox(b, stbl, 'co64');
  const chunkBox = (stco ?? co64)!;
  const chunkCount = entries(b, chunkBox, chunkBox.start + 4, stco ? 4 : 8);
  const offsets = new Float64Array(chunkCount);
  for (let i = 0; i < chunkCount; i++) offsets[i] = stco ? u32be(b, stco.start + 8 + 4 * i) : u64be(b, chunkBox.start + 8 + 8 * i);
  const stsc = requireBox(b, stbl, 'stsc');
  const stscCount = entries(b, stsc, stsc.start + 4, 12);
  const firstChunk = new Uint32Array(stscCount);
  const perChunk = new Uint32Array(stscCount);
  for (let i = 0; i < stscCount; i++) {
    firstChunk[i] = u32be(b, stsc.start + 8 + 12 * i);
    perChunk[i] = u32be(b, stsc.start + 12 + 12 * i);
  }
  const stts = requireBox(b, stbl, 'stts');
  const sttsCount = entries(b, stts, stts.start + 4, 8);
  const runLength = new Uint32Array(sttsCount);
  const runDelta = new Uint32Array(sttsCount);
  for (let i = 0; i < sttsCount; i++) {
    runLength[i] = u32be(b, stts.start + 8 + 8 * i);
    runDelta[i] = u32be(b, stts.start + 12 + 8 * i);
  }
  return {
    count: size.count,
    *samples() {
      let index = 0;
      let run = 0;
      let runLeft = runLength[0] ?? 0;
      let time = 0;
      let entry = 0;
      for (let chunk = 0; chunk < chunkCount && index < size.count; chunk++) {
        // stsc numbers chunks from 1; an entry holds until the next entry's first chunk.
        while (entry + 1 < stscCount && chunk + 1 >= firstChunk[entry + 1]!) entry++;
        let offset = offsets[chunk]!;
        for (let k = 0; k < (perChunk[entry] ?? 0) && index < size.count; k++, index++) {
          while (runLeft === 0 && run + 1 < sttsCount) runLeft = runLength[++run]!;
          const duration = runDelta[run] ?? 0;
          runLeft = Math.max(0, runLeft - 1);
          const sampleSize = size.constant || size.list[index]!;
          yield { offset, size: sampleSize, time, duration };
          offset += sampleSize;
          time += duration;
        }
      }
    },
  };
}

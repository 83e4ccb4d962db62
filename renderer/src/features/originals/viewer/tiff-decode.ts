/**
 * Baseline TIFF (TIFF 6.0, part 1) decoded to RGBA, because Chromium does not display TIFF.
 * Scans are handed over as TIFF often; this covers what scanners write without a codec:
 * uncompressed, PackBits, LZW and Deflate (with or without the horizontal predictor), in bilevel,
 * greyscale, palette and RGB(A), 1–8 bits per sample, chunky, in strips. Anything else (CCITT
 * fax, JPEG-in-TIFF, tiles, 16-bit) is refused with a reason the viewer shows; the original
 * is kept and can be exported all the same. Every offset is checked against the file: a
 * damaged TIFF fails with an error, never reads out of bounds or allocates without limit.
 */

import { inflate, unLzw, unpackBits } from './tiff-codecs';

export type TiffProblem = 'notTiff' | 'damaged' | 'compression' | 'layout' | 'tooLarge';

export class TiffError extends Error {
  constructor(
    readonly problem: TiffProblem,
    detail: string,
  ) {
    super(detail);
    this.name = 'TiffError';
  }
}

export interface TiffPage {
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
}

/** One image file directory: a page. */
interface Ifd {
  entries: Map<number, number[]>;
}

const MAX_PAGES = 1000;
/** 64 megapixels: a 600 dpi A3 scan fits; more would take gigabytes as RGBA. */
export const MAX_PIXELS = 64 * 1024 * 1024;

const TAG = {
  width: 256,
  height: 257,
  bitsPerSample: 258,
  compression: 259,
  photometric: 262,
  stripOffsets: 273,
  samplesPerPixel: 277,
  rowsPerStrip: 278,
  stripByteCounts: 279,
  planar: 284,
  predictor: 317,
  colorMap: 320,
  tileWidth: 322,
} as const;

const TYPE_SIZE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8 };

class Reader {
  readonly view: DataView;
  constructor(
    readonly bytes: Uint8Array,
    readonly little: boolean,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  check(offset: number, length: number): void {
    if (offset < 0 || length < 0 || offset + length > this.bytes.length) throw new TiffError('damaged', `offset ${offset} is outside the file`);
  }
  u16(offset: number): number {
    this.check(offset, 2);
    return this.view.getUint16(offset, this.little);
  }
  u32(offset: number): number {
    this.check(offset, 4);
    return this.view.getUint32(offset, this.little);
  }
}

function readIfd(r: Reader, offset: number): { ifd: Ifd; next: number } {
  const count = r.u16(offset);
  const entries = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const at = offset + 2 + i * 12;
    const tag = r.u16(at);
    const type = r.u16(at + 2);
    const n = r.u32(at + 4);
    const size = TYPE_SIZE[type];
    // Unknown types and huge arrays are skipped: baseline readers ignore what they do not know.
    if (!size || n > 1 << 24) continue;
    const inline = size * n <= 4;
    const base = inline ? at + 8 : r.u32(at + 8);
    r.check(base, size * n);
    if (type !== 3 && type !== 4 && type !== 1) continue;
    const values: number[] = new Array<number>(n);
    for (let k = 0; k < n; k++) values[k] = type === 3 ? r.u16(base + 2 * k) : type === 4 ? r.u32(base + 4 * k) : r.bytes[base + k]!;
    entries.set(tag, values);
  }
  return { ifd: { entries }, next: r.u32(offset + 2 + count * 12) };
}

function header(bytes: Uint8Array): { r: Reader; first: number } {
  if (bytes.length < 8) throw new TiffError('notTiff', 'too short for a TIFF header');
  const order = String.fromCharCode(bytes[0]!, bytes[1]!);
  if (order !== 'II' && order !== 'MM') throw new TiffError('notTiff', 'no TIFF byte order mark');
  const r = new Reader(bytes, order === 'II');
  if (r.u16(2) !== 42) throw new TiffError('notTiff', 'not TIFF 42 (BigTIFF is not supported)');
  return { r, first: r.u32(4) };
}

/** Deflate-compressed strips, inflated beforehand (the browser's inflater is asynchronous): strip offset -> bytes. */
export type InflatedStrips = ReadonlyMap<number, Uint8Array>;

function directories(r: Reader, first: number): Ifd[] {
  const ifds: Ifd[] = [];
  const seen = new Set<number>();
  for (let offset = first; offset !== 0 && ifds.length < MAX_PAGES; ) {
    // A directory chain that loops back is damage, not an endless document.
    if (seen.has(offset)) throw new TiffError('damaged', 'the page directories loop');
    seen.add(offset);
    const { ifd, next } = readIfd(r, offset);
    ifds.push(ifd);
    offset = next;
  }
  if (ifds.length === 0) throw new TiffError('damaged', 'no pages');
  return ifds;
}

const DEFLATE = new Set([8, 32946]);

/**
 * Inflates the Deflate strips of every page, each bounded by what its rows can hold (a strip
 * that inflates to more is damage, and stops there). Other compressions need nothing here.
 */
export async function inflateStrips(bytes: Uint8Array): Promise<InflatedStrips> {
  const { r, first } = header(bytes);
  const out = new Map<number, Uint8Array>();
  for (const ifd of directories(r, first)) {
    if (!DEFLATE.has(one(ifd, TAG.compression, 1))) continue;
    const width = one(ifd, TAG.width);
    const height = one(ifd, TAG.height);
    const rowBytes = Math.ceil((width * one(ifd, TAG.samplesPerPixel, 1) * one(ifd, TAG.bitsPerSample, 1)) / 8);
    const rowsPerStrip = Math.min(one(ifd, TAG.rowsPerStrip, height), height);
    const offsets = ifd.entries.get(TAG.stripOffsets) ?? [];
    const counts = ifd.entries.get(TAG.stripByteCounts) ?? [];
    if (width * height > MAX_PIXELS) continue;
    for (let s = 0; s < offsets.length && s < counts.length; s++) {
      const offset = offsets[s]!;
      r.check(offset, counts[s]!);
      try {
        out.set(offset, await inflate(bytes.subarray(offset, offset + counts[s]!), rowsPerStrip * rowBytes));
      } catch {
        throw new TiffError('damaged', 'a Deflate strip is corrupt');
      }
    }
  }
  return out;
}

/** The pages of a TIFF (their directories, not yet decoded); Deflate strips come from `inflated`. */
export function tiffPages(bytes: Uint8Array, inflated: InflatedStrips = new Map()): { count: number; widthOf: (index: number) => number; decode: (index: number) => TiffPage } {
  const { r, first } = header(bytes);
  const ifds = directories(r, first);
  return {
    count: ifds.length,
    // From the directory alone, so the viewer can fit a page before decoding it.
    widthOf: (index) => ifds[index]?.entries.get(TAG.width)?.[0] ?? 0,
    decode: (index) => {
      const ifd = ifds[index];
      if (!ifd) throw new TiffError('damaged', `there is no page ${index + 1}`);
      return decodePage(r, ifd, inflated);
    },
  };
}

function one(ifd: Ifd, tag: number, fallback?: number): number {
  const value = ifd.entries.get(tag)?.[0] ?? fallback;
  if (value === undefined) throw new TiffError('damaged', `tag ${tag} is missing`);
  return value;
}

function decodePage(r: Reader, ifd: Ifd, inflated: InflatedStrips): TiffPage {
  if (ifd.entries.has(TAG.tileWidth)) throw new TiffError('layout', 'tiled TIFF');
  const width = one(ifd, TAG.width);
  const height = one(ifd, TAG.height);
  if (width === 0 || height === 0) throw new TiffError('damaged', 'empty image');
  if (width * height > MAX_PIXELS) throw new TiffError('tooLarge', `${width}×${height} pixels`);
  const compression = one(ifd, TAG.compression, 1);
  if (compression !== 1 && compression !== 32773 && compression !== 5 && !DEFLATE.has(compression)) throw new TiffError('compression', `compression ${compression}`);
  const samples = one(ifd, TAG.samplesPerPixel, 1);
  const bits = one(ifd, TAG.bitsPerSample, 1);
  const photometric = one(ifd, TAG.photometric, samples >= 3 ? 2 : 1);
  if (one(ifd, TAG.planar, 1) !== 1 && samples > 1) throw new TiffError('layout', 'planar TIFF');
  if (![1, 2, 4, 8].includes(bits) || (samples > 1 && bits !== 8) || samples > 4) throw new TiffError('layout', `${samples}×${bits}-bit samples`);
  if (photometric > 3 || (photometric === 2 && samples < 3)) throw new TiffError('layout', `photometric ${photometric}`);
  const predictor = one(ifd, TAG.predictor, 1);
  const offsets = ifd.entries.get(TAG.stripOffsets);
  const counts = ifd.entries.get(TAG.stripByteCounts);
  if (!offsets || !counts || offsets.length !== counts.length) throw new TiffError('damaged', 'strips are missing');
  const rowsPerStrip = Math.min(one(ifd, TAG.rowsPerStrip, height), height);
  const rowBytes = Math.ceil((width * samples * bits) / 8);

  const raw = new Uint8Array(rowBytes * height);
  for (let s = 0; s < offsets.length; s++) {
    const firstRow = s * rowsPerStrip;
    if (firstRow >= height) break;
    const expected = Math.min(rowsPerStrip, height - firstRow) * rowBytes;
    const offset = offsets[s] ?? 0;
    const length = counts[s] ?? 0;
    r.check(offset, length);
    const src = r.bytes.subarray(offset, offset + length);
    let strip: Uint8Array;
    if (compression === 1) strip = src.subarray(0, expected);
    else if (compression === 32773) strip = unpackBits(src, expected);
    else if (compression === 5) {
      try {
        strip = unLzw(src, expected);
      } catch {
        throw new TiffError('damaged', 'an LZW strip is corrupt');
      }
    }
    else {
      const ready = inflated.get(offset);
      if (!ready) throw new TiffError('compression', 'Deflate strips were not inflated');
      strip = ready;
    }
    raw.set(strip.subarray(0, expected), firstRow * rowBytes);
  }
  if (predictor === 2) {
    if (bits !== 8) throw new TiffError('layout', 'predictor with fewer than 8 bits');
    for (let y = 0; y < height; y++) {
      const row = y * rowBytes;
      for (let x = samples; x < width * samples; x++) raw[row + x] = (raw[row + x]! + raw[row + x - samples]!) & 0xff;
    }
  }
  return { width, height, rgba: toRgba(raw, ifd, { width, height, samples, bits, photometric, rowBytes }) };
}

interface Layout {
  width: number;
  height: number;
  samples: number;
  bits: number;
  photometric: number;
  rowBytes: number;
}

function toRgba(raw: Uint8Array, ifd: Ifd, { width, height, samples, bits, photometric, rowBytes }: Layout): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(width * height * 4);
  const max = (1 << bits) - 1;
  const map = photometric === 3 ? ifd.entries.get(TAG.colorMap) : undefined;
  if (photometric === 3 && (!map || map.length < 3 * (1 << bits))) throw new TiffError('damaged', 'palette is missing');
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      if (samples >= 3) {
        const i = y * rowBytes + x * samples;
        rgba[o] = raw[i]!;
        rgba[o + 1] = raw[i + 1]!;
        rgba[o + 2] = raw[i + 2]!;
        rgba[o + 3] = samples === 4 ? raw[i + 3]! : 255;
        continue;
      }
      const bit = x * samples * bits;
      const value = (raw[y * rowBytes + (bit >> 3)]! >> (8 - bits - (bit & 7))) & max;
      if (map) {
        const n = 1 << bits;
        rgba[o] = map[value]! >> 8;
        rgba[o + 1] = map[n + value]! >> 8;
        rgba[o + 2] = map[2 * n + value]! >> 8;
      } else {
        const grey = Math.round(((photometric === 0 ? max - value : value) * 255) / max);
        rgba[o] = rgba[o + 1] = rgba[o + 2] = grey;
      }
      // Grey with alpha (8-bit only, checked above).
      rgba[o + 3] = samples === 2 ? raw[y * rowBytes + x * 2 + 1]! : 255;
    }
  }
  return rgba;
}

import { copyOf } from './bytes';
import { byteAt } from './describe';
import { Findings, type Inspection } from './types';
import { read, toEnd, type Walk, type WalkSource } from './walker';

/**
 * TIFF (TIFF 6.0, classic 32-bit offsets): the header, the first directory (IFD) with the
 * picture's width and height, and the chain of directories (one per page) as long as each
 * lies further on in the file (a stream cannot go back; a chain that points backwards gives
 * no page count). Detected: a directory, or the image data of the first page (its strips or
 * tiles, when their tables can be read in passing), lying past the end of the file:
 * `truncated`. Not detected: damage inside the compressed image data.
 */
const TAGS = { width: 256, height: 257, compression: 259, stripOffsets: 273, stripByteCounts: 279, tileOffsets: 324, tileByteCounts: 325 };
const TYPE_SIZES: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8 };
const COMPRESSION: Record<number, string> = { 1: 'tiff (uncompressed)', 5: 'tiff (lzw)', 7: 'tiff (jpeg)', 8: 'tiff (deflate)', 32773: 'tiff (packbits)', 3: 'tiff (ccitt g3)', 4: 'tiff (ccitt g4)' };
const MAX_ENTRIES = 4096;
const MAX_PAGES = 100_000;
const MAX_TABLE = 64 * 1024;

interface Entry {
  type: number;
  count: number;
  /** The value's bytes when it fits in the entry, else where it lies. */
  inline: Uint8Array | null;
  offset: number;
}

export function* inspectTiff(source: WalkSource): Walk<Inspection> {
  const findings = new Findings();
  const head = yield* read(0, 8);
  const little = head[0] === 0x49;
  const u16 = (b: Uint8Array, i: number) => (little ? (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) : ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0));
  const u32 = (b: Uint8Array, i: number) => (little ? u16(b, i) + u16(b, i + 2) * 0x10000 : u16(b, i) * 0x10000 + u16(b, i + 2));
  const values = (e: Entry, bytes: Uint8Array) => Array.from({ length: Math.min(e.count, Math.floor(bytes.length / (e.type === 3 ? 2 : 4))) }, (_, k) => (e.type === 3 ? u16(bytes, k * 2) : u32(bytes, k * 4)));

  let width: number | undefined;
  let height: number | undefined;
  let codec = 'tiff';
  let pages = 0;
  let pagesKnown = true;
  let dataEnd = 0;
  let ifd = head.length === 8 ? u32(head, 4) : 0;
  let cursor = 8;
  if (ifd < 8) findings.add('corrupt-data', 'the header does not point to a valid first directory');

  while (ifd >= cursor && pages < MAX_PAGES) {
    const countBytes = yield* read(ifd, 2);
    const count = u16(countBytes, 0);
    const body = countBytes.length === 2 && count <= MAX_ENTRIES ? yield* read(ifd + 2, count * 12 + 4) : new Uint8Array(0);
    if (countBytes.length < 2 || body.length < count * 12 + 4) {
      findings.add('truncated', `the directory of page ${pages + 1} lies at ${byteAt(ifd)}, past the end of the file`);
      break;
    }
    if (count > MAX_ENTRIES) {
      findings.add('corrupt-data', `the directory of page ${pages + 1} claims ${count} entries`);
      break;
    }
    pages++;
    cursor = ifd + 2 + count * 12 + 4;
    const next = u32(body, count * 12);
    if (pages === 1) {
      const entries = new Map<number, Entry>();
      for (let k = 0; k < count; k++) {
        const e = body.subarray(k * 12, k * 12 + 12);
        const type = u16(e, 2);
        const n = u32(e, 4);
        const size = (TYPE_SIZES[type] ?? 1) * n;
        entries.set(u16(e, 0), { type, count: n, inline: size <= 4 ? copyOf(e, 8, 8 + size) : null, offset: u32(e, 8) });
        // Any out-of-line value must lie inside the file.
        if (size > 4) dataEnd = Math.max(dataEnd, u32(e, 8) + size);
      }
      const one = (tag: number) => {
        const e = entries.get(tag);
        return e?.inline ? values(e, e.inline)[0] : undefined;
      };
      width = one(TAGS.width);
      height = one(TAGS.height);
      codec = COMPRESSION[one(TAGS.compression) ?? 1] ?? 'tiff';
      // Where the first page's image data ends, when its tables are inline or still ahead.
      for (const [offsetsTag, countsTag] of [
        [TAGS.stripOffsets, TAGS.stripByteCounts],
        [TAGS.tileOffsets, TAGS.tileByteCounts],
      ] as const) {
        const o = entries.get(offsetsTag);
        const c = entries.get(countsTag);
        if (!o || !c) continue;
        const tables: (number[] | undefined)[] = [];
        // Read in file order: the stream only goes forward.
        const order = [o, c].map((e, i) => ({ e, i })).sort((a, b) => (a.e.inline ? -1 : a.e.offset) - (b.e.inline ? -1 : b.e.offset));
        for (const { e, i } of order) {
          if (e.inline) tables[i] = values(e, e.inline);
          else if (e.offset >= cursor && e.count * 4 <= MAX_TABLE && (next === 0 || e.offset < next)) {
            const bytes = yield* read(e.offset, e.count * (e.type === 3 ? 2 : 4));
            cursor = Math.max(cursor, e.offset + bytes.length);
            tables[i] = values(e, bytes);
          }
        }
        const [offsets, counts] = tables;
        if (offsets && counts) offsets.forEach((offset, k) => (dataEnd = Math.max(dataEnd, offset + (counts[k] ?? 0))));
      }
    }
    if (next === 0) break;
    if (next < cursor) {
      pagesKnown = false;
      break;
    }
    ifd = next;
  }

  const total = source.total ?? (yield* toEnd(cursor));
  if (dataEnd > total && !findings.has('truncated')) {
    findings.add('truncated', `the image data of the first page runs to ${byteAt(dataEnd)}, but the file ends at ${byteAt(total)}`);
  }
  const formatInfo = { codec, ...(width !== undefined ? { width } : {}), ...(height !== undefined ? { height } : {}), ...(pagesKnown && pages > 0 ? { pages } : {}) };
  return findings.result({ kind: 'image', formatInfo });
}

import { ascii, u32be, u64be } from './bytes';
import type { ByteReader } from './byte-reader';
import { DemuxError } from './demux-error';

/** ISO BMFF boxes (ISO/IEC 14496-12 §4.2): size, type, and an optional 64-bit size. */
export interface Box {
  type: string;
  /** Offset of the payload, after the header. */
  start: number;
  /** Offset just past the box. */
  end: number;
}

/** The boxes directly inside b[from, to). A box running past its parent is cut to it. */
export function childBoxes(b: Uint8Array, from: number, to: number): Box[] {
  const boxes: Box[] = [];
  let at = from;
  while (at + 8 <= to) {
    let size = u32be(b, at);
    const type = ascii(b, at + 4, 4);
    let header = 8;
    if (size === 1) {
      if (at + 16 > to) break;
      size = u64be(b, at + 8);
      header = 16;
    } else if (size === 0) size = to - at;
    if (size < header) break;
    boxes.push({ type, start: at + header, end: Math.min(at + size, to) });
    at += size;
  }
  return boxes;
}

export function findBox(b: Uint8Array, parent: Box | { start: number; end: number }, type: string): Box | null {
  return childBoxes(b, parent.start, parent.end).find((box) => box.type === type) ?? null;
}

/** Follows a path of box types down from `parent` ('mdia/minf/stbl'). */
export function findPath(b: Uint8Array, parent: Box, path: string): Box | null {
  let box: Box | null = parent;
  for (const type of path.split('/')) {
    if (!box) return null;
    box = findBox(b, box, type);
  }
  return box;
}

/** Top-level boxes of the file, one after the other, found by reading headers only (mdat is never read here). */
export async function* topLevelBoxes(reader: ByteReader): AsyncGenerator<Box> {
  let at = 0;
  let count = 0;
  while (at + 8 <= reader.size) {
    const head = await reader.readAt(at, 16);
    let size = u32be(head, 0);
    const type = ascii(head, 4, 4);
    let header = 8;
    if (size === 1 && head.length >= 16) {
      size = u64be(head, 8);
      header = 16;
    } else if (size === 0) size = reader.size - at;
    if (size < header || !/^[\x20-\x7e]{4}$/.test(type)) {
      if (count === 0) throw new DemuxError('damaged', 'This MP4 file does not start with a box.');
      return; // trailing garbage after the last box
    }
    count++;
    yield { type, start: at + header, end: Math.min(at + size, reader.size) };
    at += size;
  }
}

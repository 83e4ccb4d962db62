import { readVint } from './ebml';

/** A Matroska Block or SimpleBlock (RFC 9559 §10): track, relative time, lacing. */
export interface BlockHeader {
  track: number;
  /** Signed, in TimestampScale units, relative to the cluster's Timestamp. */
  relativeTime: number;
  /** 0 none, 1 Xiph, 2 fixed-size, 3 EBML. */
  lacing: number;
  headerLength: number;
}

export function readBlockHeader(b: Uint8Array): BlockHeader | null {
  const track = readVint(b, 0);
  if (!track || b.length < track.length + 3) return null;
  const at = track.length;
  const relativeTime = ((b[at]! << 8) | b[at + 1]!) << 16 >> 16;
  const lacing = (b[at + 2]! >> 1) & 3;
  return { track: track.value, relativeTime, lacing, headerLength: at + 3 };
}

/** The frames of a block body (header included), or null when its lacing does not add up. */
export function blockFrames(block: Uint8Array<ArrayBuffer>, header: BlockHeader): Uint8Array<ArrayBuffer>[] | null {
  let at = header.headerLength;
  if (header.lacing === 0) return [block.subarray(at)];
  if (at >= block.length) return null;
  const count = block[at++]! + 1;
  const sizes: number[] = [];
  if (header.lacing === 1) {
    for (let i = 0; i < count - 1; i++) {
      let size = 0;
      let byte: number;
      do {
        if (at >= block.length) return null;
        byte = block[at++]!;
        size += byte;
      } while (byte === 255);
      sizes.push(size);
    }
  } else if (header.lacing === 3) {
    const first = readVint(block, at);
    if (!first) return null;
    at += first.length;
    sizes.push(first.value);
    for (let i = 1; i < count - 1; i++) {
      const delta = readVint(block, at);
      if (!delta) return null;
      at += delta.length;
      // Signed: the stored value minus half its range.
      sizes.push(sizes[i - 1]! + delta.value - (2 ** (7 * delta.length - 1) - 1));
    }
  } else {
    const each = (block.length - at) / count;
    if (!Number.isInteger(each)) return null;
    for (let i = 0; i < count - 1; i++) sizes.push(each);
  }
  const used = sizes.reduce((sum, s) => sum + s, 0);
  if (sizes.some((s) => s < 0) || at + used > block.length) return null;
  sizes.push(block.length - at - used);
  const frames: Uint8Array<ArrayBuffer>[] = [];
  for (const size of sizes) {
    frames.push(block.subarray(at, at + size));
    at += size;
  }
  return frames;
}

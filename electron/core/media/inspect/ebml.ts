/**
 * EBML (RFC 8794) variable-length integers and element headers, the framing of WebM and
 * Matroska. An element is an ID (1–4 bytes, marker bits kept), a size (1–8 bytes, marker
 * removed; all value bits set means "unknown size", allowed for master elements that are being
 * written live, as MediaRecorder does) and the data.
 */
export interface ElementHeader {
  id: number;
  /** null for an unknown size. */
  size: number | null;
  headerLength: number;
}

/** Length of the vint whose first byte is `first` (0 when invalid). */
function vintLength(first: number): number {
  for (let n = 1; n <= 8; n++) if (first & (0x100 >> n)) return n;
  return 0;
}

/** Parses an element header at `offset`: null when the bytes cannot be one, 'short' when more bytes are needed. */
export function elementHeader(b: Uint8Array, offset: number): ElementHeader | null | 'short' {
  if (offset >= b.length) return 'short';
  const idLength = vintLength(b[offset]!);
  if (idLength === 0 || idLength > 4) return null;
  if (offset + idLength >= b.length) return 'short';
  let id = 0;
  for (let k = 0; k < idLength; k++) id = id * 256 + b[offset + k]!;
  const sizeStart = offset + idLength;
  const sizeLength = vintLength(b[sizeStart]!);
  if (sizeLength === 0) return null;
  if (sizeStart + sizeLength > b.length) return 'short';
  let size = b[sizeStart]! & (0xff >> sizeLength);
  let allOnes = size === 0xff >> sizeLength;
  for (let k = 1; k < sizeLength; k++) {
    const v = b[sizeStart + k]!;
    size = size * 256 + v;
    if (v !== 0xff) allOnes = false;
  }
  return { id, size: allOnes ? null : size, headerLength: idLength + sizeLength };
}

/** An unsigned integer element's value (big-endian, up to 8 bytes). */
export function uintValue(b: Uint8Array): number {
  let v = 0;
  for (let k = 0; k < Math.min(8, b.length); k++) v = v * 256 + b[k]!;
  return v;
}

/** A float element's value (4 or 8 bytes, big-endian); 0 when empty. */
export function floatValue(b: Uint8Array): number {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b.length === 4) return view.getFloat32(0);
  if (b.length === 8) return view.getFloat64(0);
  return 0;
}

/** The number of a track in a (Simple)Block: a vint with its marker removed. */
export function blockTrack(b: Uint8Array): { track: number; length: number } | null {
  const n = vintLength(b[0] ?? 0);
  if (n === 0 || n > 4 || b.length < n) return null;
  let v = b[0]! & (0xff >> n);
  for (let k = 1; k < n; k++) v = v * 256 + b[k]!;
  return { track: v, length: n };
}

/** Duration of an Opus packet from its TOC byte (RFC 6716 section 3.1), in seconds. */
export function opusPacketSeconds(toc: number, second: number | undefined): number {
  const config = toc >> 3;
  const frame =
    config < 12 ? [0.01, 0.02, 0.04, 0.06][config % 4]! : config < 16 ? [0.01, 0.02][config % 2]! : [0.0025, 0.005, 0.01, 0.02][config % 4]!;
  const code = toc & 3;
  const count = code === 0 ? 1 : code === 3 ? (second ?? 0) & 0x3f : 2;
  return frame * count;
}

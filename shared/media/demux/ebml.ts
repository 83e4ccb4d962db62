/** EBML (RFC 8794): variable-length integers and element headers, as Matroska and WebM use them. */

export interface ElementHeader {
  /** The element ID with its length marker kept, as specifications write them (0x1F43B675). */
  id: number;
  /** Payload size; null for "unknown" (all value bits set: a live writer that never came back). */
  size: number | null;
  headerLength: number;
}

/** Length of a variable-length integer from its first byte (1–8), 0 if invalid. */
export function vintLength(first: number): number {
  if (first === 0) return 0;
  return Math.clz32(first) - 23;
}

/** The element header at b[at], or null when the bytes there cannot be one or are not all there. */
export function readElementHeader(b: Uint8Array, at: number): ElementHeader | null {
  if (at >= b.length) return null;
  const idLength = vintLength(b[at]!);
  if (idLength === 0 || idLength > 4 || at + idLength >= b.length) return null;
  let id = 0;
  for (let i = 0; i < idLength; i++) id = id * 256 + b[at + i]!;
  const sizeAt = at + idLength;
  const sizeLength = vintLength(b[sizeAt]!);
  if (sizeLength === 0 || sizeAt + sizeLength > b.length) return null;
  let size = b[sizeAt]! & (0xff >> sizeLength);
  let allOnes = size === 0xff >> sizeLength;
  for (let i = 1; i < sizeLength; i++) {
    const byte = b[sizeAt + i]!;
    size = size * 256 + byte;
    allOnes &&= byte === 0xff;
  }
  return { id, size: allOnes ? null : size, headerLength: idLength + sizeLength };
}

/** A size-style vint (marker removed) at b[at]: value and length, or null. */
export function readVint(b: Uint8Array, at: number): { value: number; length: number } | null {
  if (at >= b.length) return null;
  const length = vintLength(b[at]!);
  if (length === 0 || at + length > b.length) return null;
  let value = b[at]! & (0xff >> length);
  for (let i = 1; i < length; i++) value = value * 256 + b[at + i]!;
  return { value, length };
}

export function readUint(b: Uint8Array, at: number, size: number): number {
  let value = 0;
  for (let i = 0; i < size; i++) value = value * 256 + (b[at + i] ?? 0);
  return value;
}

export function readFloat(b: Uint8Array, at: number, size: number): number {
  const view = new DataView(b.buffer, b.byteOffset + at, size);
  if (size === 4) return view.getFloat32(0);
  if (size === 8) return view.getFloat64(0);
  return 0;
}

export function readString(b: Uint8Array, at: number, size: number): string {
  let out = '';
  for (let i = at; i < at + size && b[i] !== 0; i++) out += String.fromCharCode(b[i]!);
  return out;
}

/** Children of a master element held in b[from, to): id, payload start and size. */
export function* children(b: Uint8Array, from: number, to: number): Generator<{ id: number; start: number; size: number }> {
  let at = from;
  while (at < to) {
    const header = readElementHeader(b, at);
    if (!header || header.size === null) return;
    const start = at + header.headerLength;
    const size = Math.min(header.size, to - start);
    yield { id: header.id, start, size };
    at = start + header.size;
  }
}

/** Reading numbers and codes out of byte arrays; past the end reads as 0 (callers check lengths first). */

export function u8(b: Uint8Array, i: number): number {
  return b[i] ?? 0;
}

export function u16be(b: Uint8Array, i: number): number {
  return (u8(b, i) << 8) | u8(b, i + 1);
}

export function u16le(b: Uint8Array, i: number): number {
  return u8(b, i) | (u8(b, i + 1) << 8);
}

export function u24be(b: Uint8Array, i: number): number {
  return (u8(b, i) << 16) | (u8(b, i + 1) << 8) | u8(b, i + 2);
}

export function u32be(b: Uint8Array, i: number): number {
  return u8(b, i) * 0x1000000 + ((u8(b, i + 1) << 16) | (u8(b, i + 2) << 8) | u8(b, i + 3));
}

export function u32le(b: Uint8Array, i: number): number {
  return u8(b, i + 3) * 0x1000000 + ((u8(b, i + 2) << 16) | (u8(b, i + 1) << 8) | u8(b, i));
}

/** 64-bit values as numbers: exact up to 2^53, which no real file size or sample count reaches. */
export function u64be(b: Uint8Array, i: number): number {
  return u32be(b, i) * 0x100000000 + u32be(b, i + 4);
}

export function u64le(b: Uint8Array, i: number): number {
  return u32le(b, i + 4) * 0x100000000 + u32le(b, i);
}

export function ascii(b: Uint8Array, offset: number, length: number): string {
  let out = '';
  const end = Math.min(b.length, offset + length);
  for (let i = offset; i < end; i++) out += String.fromCharCode(b[i]!);
  return out;
}

/** Four bytes as a printable code ('moov', 'fmt '), for messages. */
export function fourCc(b: Uint8Array, offset = 0): string {
  let out = '';
  for (let i = offset; i < offset + 4; i++) {
    const c = u8(b, i);
    out += c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : '?';
  }
  return out;
}

export function isPrintableFourCc(b: Uint8Array, offset = 0): boolean {
  for (let i = offset; i < offset + 4; i++) {
    const c = b[i];
    if (c === undefined || c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

export function startsWithAscii(b: Uint8Array, text: string, offset = 0): boolean {
  if (b.length < offset + text.length) return false;
  for (let i = 0; i < text.length; i++) if (b[offset + i] !== text.charCodeAt(i)) return false;
  return true;
}

/**
 * A copy that owns its memory. Not `slice()`: ingest's pieces are Buffers, and Buffer#slice
 * shares memory with the piece, which is overwritten as soon as the next piece is read.
 */
export function copyOf(b: Uint8Array, start = 0, end = b.length): Uint8Array {
  return new Uint8Array(b.subarray(start, end));
}

/** Big- and little-endian integer reads on a byte array (the caller has checked the bounds). */

export function u16be(b: Uint8Array, at: number): number {
  return (b[at]! << 8) | b[at + 1]!;
}

export function u24be(b: Uint8Array, at: number): number {
  return (b[at]! << 16) | (b[at + 1]! << 8) | b[at + 2]!;
}

export function u32be(b: Uint8Array, at: number): number {
  return ((b[at]! << 24) >>> 0) + ((b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!);
}

/** 64-bit unsigned as a number: exact below 2^53, which no file offset or duration reaches. */
export function u64be(b: Uint8Array, at: number): number {
  return u32be(b, at) * 0x1_0000_0000 + u32be(b, at + 4);
}

export function u16le(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8);
}

export function u32le(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + ((b[at + 3]! << 24) >>> 0);
}

export function u64le(b: Uint8Array, at: number): number {
  return u32le(b, at) + u32le(b, at + 4) * 0x1_0000_0000;
}

/** Signed 64-bit little-endian (Ogg granule positions use -1 for "none"). */
export function i64le(b: Uint8Array, at: number): number {
  const high = u32le(b, at + 4) | 0;
  return high * 0x1_0000_0000 + u32le(b, at);
}

export function ascii(b: Uint8Array, at: number, length: number): string {
  let out = '';
  for (let i = at; i < at + length && i < b.length; i++) out += String.fromCharCode(b[i]!);
  return out;
}

/** Concatenates byte arrays into one fresh array. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

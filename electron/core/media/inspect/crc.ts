/**
 * The non-reflected CRCs of the audio formats (MSB first, initial value 0, no final xor):
 * Ogg pages (CRC-32, polynomial 0x04C11DB7; RFC 3533 section 6), FLAC frame headers (CRC-8,
 * 0x07) and FLAC frames (CRC-16, 0x8005). PNG's CRC-32 is zlib's (node:zlib crc32).
 */
function table(bits: 8 | 16 | 32, poly: number): Uint32Array {
  const out = new Uint32Array(256);
  const topBit = bits === 32 ? 0x80000000 : 1 << (bits - 1);
  for (let i = 0; i < 256; i++) {
    let r = (i << (bits - 8)) >>> 0;
    for (let k = 0; k < 8; k++) r = (r & topBit) !== 0 ? ((r << 1) ^ poly) >>> 0 : (r << 1) >>> 0;
    out[i] = bits === 32 ? r : r & ((1 << bits) - 1);
  }
  return out;
}

const OGG = table(32, 0x04c11db7);
const CRC8 = table(8, 0x07);
/** Exported for the FLAC frame scanner's inner loop, which inlines the step. */
export const CRC16_TABLE = table(16, 0x8005);

export function oggCrc(crc: number, bytes: Uint8Array): number {
  let c = crc >>> 0;
  for (let i = 0; i < bytes.length; i++) c = ((c << 8) ^ OGG[((c >>> 24) ^ bytes[i]!) & 0xff]!) >>> 0;
  return c;
}

export function crc8(bytes: Uint8Array, start: number, end: number): number {
  let c = 0;
  for (let i = start; i < end; i++) c = CRC8[c ^ bytes[i]!]!;
  return c;
}

export function crc16(crc: number, bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = crc;
  for (let i = start; i < end; i++) c = ((c << 8) & 0xffff) ^ CRC16_TABLE[(c >>> 8) ^ bytes[i]!]!;
  return c;
}

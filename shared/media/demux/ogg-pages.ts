import { ascii, concatBytes, i64le, u32le } from './bytes';
import type { ByteReader } from './byte-reader';

/** Ogg pages (RFC 3533) and the packets they carry, for one logical stream. */
export interface OggPage {
  offset: number;
  continued: boolean;
  bos: boolean;
  eos: boolean;
  granule: number;
  serial: number;
  sequence: number;
  /** Segment lacing values. */
  lacing: Uint8Array;
  body: Uint8Array;
  /** Bytes of the whole page. */
  length: number;
}

const HEADER = 27;
const MAX_PAGE = HEADER + 255 + 255 * 255;
/** A packet larger than this is corruption, not audio (Opus and Vorbis packets are a few KiB). */
const MAX_PACKET = 8 * 1024 * 1024;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let r = i << 24;
    for (let k = 0; k < 8; k++) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1;
    table[i] = r >>> 0;
  }
  return table;
})();

/** Ogg's CRC-32 (polynomial 0x04C11DB7, not reflected, initial 0) with the CRC field read as zero. */
export function pageCrc(page: Uint8Array): number {
  let crc = 0;
  const step = (byte: number) => {
    crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ byte) & 0xff]!) >>> 0;
  };
  for (let i = 0; i < 22; i++) step(page[i]!);
  for (let i = 0; i < 4; i++) step(0);
  for (let i = 26; i < page.length; i++) step(page[i]!);
  return crc;
}

/** The page at b[at] if it is complete in b and its checksum is right, else null. */
export function parsePageAt(b: Uint8Array, at: number): Omit<OggPage, 'offset'> | null {
  if (at + HEADER > b.length || b[at] !== 0x4f || ascii(b, at, 4) !== 'OggS' || b[at + 4] !== 0) return null;
  const segments = b[at + 26]!;
  if (at + HEADER + segments > b.length) return null;
  let bodyLength = 0;
  for (let s = 0; s < segments; s++) bodyLength += b[at + HEADER + s]!;
  const total = HEADER + segments + bodyLength;
  if (at + total > b.length) return null;
  const page = b.subarray(at, at + total);
  if (pageCrc(page) !== u32le(page, 22)) return null;
  const flags = page[5]!;
  return {
    continued: (flags & 1) !== 0,
    bos: (flags & 2) !== 0,
    eos: (flags & 4) !== 0,
    granule: i64le(page, 6),
    serial: u32le(page, 14),
    sequence: u32le(page, 18),
    lacing: page.slice(HEADER, HEADER + segments),
    body: page.slice(HEADER + segments),
    length: total,
  };
}

/**
 * The next page whose checksum is right, at or after the reader's position, or null at the
 * end. A damaged page is skipped: its packets are lost, the stream goes on after it.
 */
export async function nextPage(reader: ByteReader): Promise<OggPage | null> {
  for (;;) {
    if (!(await reader.ensure(HEADER))) return null;
    const head = reader.peek(MAX_PAGE);
    if (ascii(head, 0, 4) !== 'OggS') {
      const at = findCapture(head, 1);
      reader.skip(at < 0 ? Math.max(1, head.length - 3) : at);
      continue;
    }
    await reader.ensure(HEADER + head[26]! + 255 * head[26]!);
    const page = parsePageAt(reader.peek(MAX_PAGE), 0);
    if (!page) {
      reader.skip(1);
      continue;
    }
    const offset = reader.position;
    reader.skip(page.length);
    return { ...page, offset };
  }
}

function findCapture(b: Uint8Array, from: number): number {
  for (let i = b.indexOf(0x4f, from); i >= 0; i = b.indexOf(0x4f, i + 1)) {
    if (b[i + 1] === 0x67 && b[i + 2] === 0x67 && b[i + 3] === 0x53) return i;
  }
  return -1;
}

export interface OggPacket {
  data: Uint8Array<ArrayBuffer>;
  /** Granule of the page the packet ends on, if it is the last packet ending there; else -1. */
  granule: number;
  /** Granule of the last page before this packet's, to place packets that carry none. */
  previousGranule: number;
}

/**
 * Packets of one logical stream (by serial number), assembled across pages; pages of other
 * streams are passed over. A packet broken by a lost or damaged page (a gap in the page
 * sequence numbers) is dropped, never glued to the next one.
 */
export async function* oggPackets(reader: ByteReader, serial: number): AsyncGenerator<OggPacket> {
  let pieces: Uint8Array[] = [];
  let length = 0;
  let lastSequence = -1;
  let previousGranule = -1;
  for (;;) {
    const page = await nextPage(reader);
    if (!page) return;
    if (page.serial !== serial) continue;
    const gap = lastSequence >= 0 && page.sequence !== ((lastSequence + 1) >>> 0);
    lastSequence = page.sequence;
    // The first piece continues a packet: keep it only if we hold that packet's beginning.
    let dropFirst = page.continued && (gap || length === 0);
    if (!page.continued || gap) {
      pieces = [];
      length = 0;
    }
    const lastEnding = lastPacketEnd(page.lacing);
    let start = 0;
    let at = 0;
    for (let s = 0; s < page.lacing.length; s++) {
      const value = page.lacing[s]!;
      at += value;
      if (value === 255) continue;
      pieces.push(page.body.subarray(start, at));
      length += at - start;
      start = at;
      if (!dropFirst && length <= MAX_PACKET) {
        yield { data: concatBytes(pieces), granule: s === lastEnding ? page.granule : -1, previousGranule };
      }
      dropFirst = false;
      pieces = [];
      length = 0;
    }
    if (start < page.body.length) {
      pieces.push(page.body.subarray(start));
      length += page.body.length - start;
    }
    if (page.granule >= 0) previousGranule = page.granule;
    if (page.eos) return;
  }
}

function lastPacketEnd(lacing: Uint8Array): number {
  for (let s = lacing.length - 1; s >= 0; s--) if (lacing[s] !== 255) return s;
  return -1;
}

/**
 * One named file out of a ZIP archive held in memory (a DOCX is one), inflated with the
 * browser's own DecompressionStream. Every offset is checked and the inflated size is capped:
 * a crafted archive (a "zip bomb") fails with an error instead of filling the memory.
 */
export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function endOfCentralDirectory(bytes: Uint8Array, v: DataView): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes at the very end.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (v.getUint32(at, true) === EOCD) return at;
  }
  throw new ZipError('not a ZIP archive (no end of central directory)');
}

interface Entry {
  method: number;
  compressedSize: number;
  localOffset: number;
}

function findEntry(bytes: Uint8Array, name: string): Entry | null {
  const v = view(bytes);
  const eocd = endOfCentralDirectory(bytes, v);
  const count = v.getUint16(eocd + 10, true);
  let at = v.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || v.getUint32(at, true) !== CENTRAL) throw new ZipError('damaged central directory');
    const nameLength = v.getUint16(at + 28, true);
    const extra = v.getUint16(at + 30, true);
    const comment = v.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) throw new ZipError('damaged central directory');
    if (decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)) === name) {
      return { method: v.getUint16(at + 10, true), compressedSize: v.getUint32(at + 20, true), localOffset: v.getUint32(at + 42, true) };
    }
    at += 46 + nameLength + extra + comment;
  }
  return null;
}

async function inflateRaw(data: Uint8Array, limit: number): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new ZipError('the document inflates to more than the viewer shows');
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** The inflated bytes of `name`, or null when the archive has no such file. */
export async function zipEntry(bytes: Uint8Array, name: string, limit: number): Promise<Uint8Array | null> {
  const entry = findEntry(bytes, name);
  if (!entry) return null;
  const v = view(bytes);
  const local = entry.localOffset;
  if (local + 30 > bytes.length || v.getUint32(local, true) !== LOCAL) throw new ZipError('damaged local header');
  const start = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new ZipError('the archive is cut short');
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length > limit) throw new ZipError('the document is larger than the viewer shows');
    return data;
  }
  if (entry.method === 8) return inflateRaw(data, limit);
  throw new ZipError(`compression method ${entry.method} is not supported`);
}

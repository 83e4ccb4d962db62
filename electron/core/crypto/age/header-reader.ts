import type { FileHandle } from 'node:fs/promises';
import { truncated } from './errors';
import { MAX_HEADER_BYTES, parseHeader, type ParsedHeader } from './header';

const FIRST_READ = 4096;

/** Reads and parses the header at the start of `file`, reading more only while it is incomplete. */
export async function readHeader(file: FileHandle, fileSize: number): Promise<ParsedHeader> {
  let size = Math.min(fileSize, FIRST_READ);
  for (;;) {
    const bytes = new Uint8Array(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await file.read(bytes, filled, size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    // parseHeader throws HEADER_INVALID itself once MAX_HEADER_BYTES are buffered without an end.
    const parsed = parseHeader(bytes.subarray(0, filled));
    if (parsed !== 'incomplete') return parsed;
    if (filled < size || size >= fileSize) {
      throw truncated(filled === 0 ? 'the file is empty' : 'it ends inside its header');
    }
    size = Math.min(fileSize, size * 8, MAX_HEADER_BYTES);
  }
}

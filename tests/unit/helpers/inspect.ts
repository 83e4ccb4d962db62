import { promises as fs } from 'node:fs';
import { sniffContentType } from '../../../electron/core/media/content-type';
import { unguardedInspector, UnsupportedContent, type Inspection } from '../../../electron/core/media/inspect';

/**
 * Runs the ingest inspector over bytes as ingest does: sniffed on the first piece, then every
 * piece pushed once, in order. Each piece is a fresh Buffer that is wiped after the push, as
 * ingest reuses its shared slots: an inspector that kept a reference (or a Buffer#slice of
 * it, which shares memory) would see zeros.
 */
export function inspectBytes(bytes: Uint8Array, pieceSizes: readonly number[] = [1024 * 1024]): Inspection | { unsupported: string } {
  const sniffed = sniffContentType(bytes.subarray(0, 1024 * 1024));
  const inspector = unguardedInspector(sniffed);
  if (!inspector) return { unsupported: sniffed.contentType };
  try {
    let position = 0;
    for (let k = 0; position < bytes.length; k++) {
      const size = Math.max(1, pieceSizes[k % pieceSizes.length]!);
      // A Buffer, as ingest's pieces are (a slice() of it shares memory), wiped after the push below.
      const piece = Buffer.from(bytes.subarray(position, position + size));
      inspector.push(piece, position);
      piece.fill(0);
      position += piece.length;
    }
    return inspector.finish(bytes.length);
  } catch (error) {
    if (error instanceof UnsupportedContent) return { unsupported: error.what };
    throw error;
  }
}

export async function inspectFile(file: string, pieceSizes?: readonly number[]): Promise<Inspection | { unsupported: string }> {
  return inspectBytes(new Uint8Array(await fs.readFile(file)), pieceSizes);
}

/** The inspection, failing the test when the content was refused. */
export async function inspected(file: string, pieceSizes?: readonly number[]): Promise<Inspection> {
  const result = await inspectFile(file, pieceSizes);
  if ('unsupported' in result) throw new Error(`${file} was refused as ${result.unsupported}`);
  return result;
}

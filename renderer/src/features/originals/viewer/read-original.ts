import { MAX_RANGE_READ } from '../../../../../shared/contract/media-operations';
import type { VaultClient } from '../../../../../shared/contract/bridge';

/** Thrown when an original is too large to show whole in the page (it can still be exported). */
export class TooLargeToShow extends Error {
  constructor(readonly size: number) {
    super('This original is too large to show here.');
    this.name = 'TooLargeToShow';
  }
}

/**
 * The decrypted bytes of `[start, start + length)` of an original, asked of main in pieces no
 * larger than one `media.readRange` answer. They stay in this page's memory only: nothing is
 * written anywhere (DESIGN.md: no plaintext on disk).
 */
export async function readRange(vault: VaultClient, mediaId: string, start: number, length: number): Promise<Uint8Array> {
  const out = new Uint8Array(length);
  let done = 0;
  while (done < length) {
    const { data } = await vault.call('media.readRange', { mediaId, start: start + done, length: Math.min(MAX_RANGE_READ, length - done) });
    // Fewer bytes than asked means the end of the original.
    if (data.length === 0) break;
    out.set(data.subarray(0, length - done), done);
    done += data.length;
  }
  return done === length ? out : out.slice(0, done);
}

/** All of an original's bytes, refused beyond `limit` (the viewer shows small documents whole). */
export async function readWhole(vault: VaultClient, mediaId: string, size: number, limit: number): Promise<Uint8Array> {
  if (size > limit) throw new TooLargeToShow(size);
  return readRange(vault, mediaId, 0, size);
}

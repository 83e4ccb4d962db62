import { ENCRYPTED_CHUNK_SIZE, TAG_SIZE, type ChunkCipher } from './chunk-cipher';
import { AgeError, chunkAuthFailed, trailingData, truncated } from './errors';
import { findFinalChunkPrefix } from './final-chunk-scan';

/**
 * Finds and authenticates the final chunk before anything is read, as the spec requires for
 * seeking relative to the end ("Payload"): only then is the plaintext size trustworthy.
 *
 * From the payload length alone, the last `tail` bytes should be the final chunk. When they are
 * not, the neighbouring chunk tells what happened:
 *   - a full chunk at the end that opens as a middle chunk: the file was cut at a chunk boundary;
 *   - the previous slot opens as a final chunk, or a final chunk is a strict prefix of the end:
 *     bytes were appended after the end (up to about one chunk of them is recognised);
 *   - fewer than 16 bytes after an intact middle chunk: cut just inside the next chunk.
 * A cut elsewhere inside the last chunk cannot be told apart from damage to it (a tag covers the
 * whole chunk), so that is reported as CHUNK_AUTH_FAILED on the last chunk, as Go age does.
 */

export interface FinalChunk {
  readonly chunkCount: number;
  /** Plaintext bytes in the final chunk. */
  readonly lastLength: number;
}

/** Reads `length` payload bytes from the start of chunk slot `index`. */
export type ReadSlot = (index: number, length: number) => Promise<Uint8Array>;

export async function locateFinalChunk(cipher: ChunkCipher, readSlot: ReadSlot, payloadLength: number): Promise<FinalChunk> {
  const loadSlot = async (index: number, length: number): Promise<void> => cipher.load(await readSlot(index, length));
  if (payloadLength === 0) throw truncated('nothing follows the header: the encrypted content is missing');
  const last = Math.ceil(payloadLength / ENCRYPTED_CHUNK_SIZE) - 1;
  const tail = payloadLength - last * ENCRYPTED_CHUNK_SIZE;

  await loadSlot(last, tail);
  if (cipher.open(last, tail, true)) {
    if (tail === TAG_SIZE && last > 0) {
      throw new AgeError(
        'CHUNK_AUTH_FAILED',
        `Chunk ${last} (the last one) is empty, which the age format forbids after other chunks: the file was written by a faulty program.`,
        last,
      );
    }
    return { chunkCount: last + 1, lastLength: tail - TAG_SIZE };
  }
  if (tail === ENCRYPTED_CHUNK_SIZE && cipher.open(last, tail, false)) {
    throw truncated(`it ends after chunk ${last}, before its final chunk`);
  }

  if (last > 0) {
    await loadSlot(last - 1, ENCRYPTED_CHUNK_SIZE);
    if (cipher.open(last - 1, ENCRYPTED_CHUNK_SIZE, true)) throw trailingData(tail);
    if (!cipher.open(last - 1, ENCRYPTED_CHUNK_SIZE, false)) {
      const found = await findFinalChunkPrefix(cipher, last - 1, ENCRYPTED_CHUNK_SIZE);
      if (found !== undefined) throw trailingData(ENCRYPTED_CHUNK_SIZE - found - TAG_SIZE + tail);
      throw chunkAuthFailed(last - 1);
    }
  }
  // Every chunk before `last` is intact so far: the final chunk should start at slot `last`.
  if (tail < TAG_SIZE) throw truncated(`it ends ${tail} byte(s) into chunk ${last}`);
  await loadSlot(last, tail);
  const found = await findFinalChunkPrefix(cipher, last, tail);
  if (found !== undefined) throw trailingData(tail - found - TAG_SIZE);
  throw chunkAuthFailed(last, true);
}

import { createHash } from 'node:crypto';
import { AgeFileReader } from '../crypto/age/reader';

/** The fixity algorithms of DESIGN.md: both are recorded at ingest. */
export type DigestAlgorithm = 'sha256' | 'sha512';

export interface DecryptedDigest {
  size: number;
  /** Hex digests of the plaintext, for the algorithms asked. */
  digests: Partial<Record<DigestAlgorithm, string>>;
}

const PROGRESS_EVERY_MS = 100;

/**
 * Decrypts a whole blob in a worker, hashing the plaintext as it goes, and hands each
 * authenticated piece to `sink` (an export writes it to the chosen file; a fixity check has
 * no sink). A piece is zeroed once hashed and written: plaintext lives in memory only as long
 * as it is needed. Wipes the identity as soon as the file key is unwrapped.
 */
export async function decryptAndDigest(
  blobPath: string,
  identity: Uint8Array,
  algorithms: readonly DigestAlgorithm[],
  options: { sink?: (piece: Uint8Array) => Promise<void>; onProgress?: (bytesDone: number) => void } = {},
): Promise<DecryptedDigest> {
  let reader: AgeFileReader;
  try {
    reader = await AgeFileReader.open(blobPath, [identity]);
  } finally {
    identity.fill(0);
  }
  const hashes = algorithms.map((algorithm) => ({ algorithm, hash: createHash(algorithm) }));
  let size = 0;
  let last = 0;
  try {
    for await (const piece of reader.stream()) {
      for (const { hash } of hashes) hash.update(piece);
      if (options.sink) await options.sink(piece);
      size += piece.length;
      piece.fill(0);
      if (options.onProgress && Date.now() - last >= PROGRESS_EVERY_MS) {
        last = Date.now();
        options.onProgress(size);
      }
    }
  } finally {
    await reader.close();
  }
  const digests: Partial<Record<DigestAlgorithm, string>> = {};
  for (const { algorithm, hash } of hashes) digests[algorithm] = hash.digest('hex');
  return { size, digests };
}

import { open, type FileHandle } from 'node:fs/promises';
import { CHUNK_SIZE, ChunkCipher, ENCRYPTED_CHUNK_SIZE, TAG_SIZE } from './chunk-cipher';
import { AgeError, chunkAuthFailed, truncated } from './errors';
import { locateFinalChunk, type ReadSlot } from './final-chunk';
import { readHeader } from './header-reader';
import { recipientOf } from './identity';
import type { Stanza } from './header';
import { headerMac, macMatches, PAYLOAD_NONCE_SIZE, payloadKey } from './primitives';
import { unwrapFileKey, type X25519Identity } from './x25519';
import { SCRYPT_TYPE, unwrapWithPassphrase } from './scrypt';

/** Chunks fetched per disk read: fewer syscalls, at most 1 MiB of ciphertext held per read. */
const CHUNKS_PER_READ = 16;

/**
 * Random-access reading of an age file. open() checks the header MAC and authenticates the final
 * chunk, so `size` can be trusted; read() and stream() then decrypt only the chunks they need
 * (chunk i starts at payloadStart + i * (64 KiB + 16)). No byte is returned before the tag of
 * its whole chunk has verified.
 */
export class AgeFileReader {
  private closed = false;

  private constructor(
    private readonly file: FileHandle,
    private readonly cipher: ChunkCipher,
    /** Offset of chunk 0: header, MAC line and payload nonce come before it. */
    readonly payloadStart: number,
    readonly chunkCount: number,
    /** Plaintext length in bytes. */
    readonly size: number,
  ) {}

  /** Identities are X25519 secret keys (32 bytes) or a passphrase (`{ passphrase }`, scrypt). */
  static async open(path: string, identitySecretKeys: readonly (Uint8Array | { passphrase: Uint8Array })[]): Promise<AgeFileReader> {
    if (identitySecretKeys.length === 0) throw new AgeError('BAD_IDENTITY', 'Decrypting needs at least one identity.');
    const identities: (X25519Identity | { passphrase: Uint8Array })[] = [];
    for (const identity of identitySecretKeys) {
      identities.push(identity instanceof Uint8Array ? { secretKey: identity, publicKey: await recipientOf(identity) } : identity);
    }

    const file = await open(path, 'r');
    let cipher: ChunkCipher | undefined;
    try {
      const fileSize = (await file.stat()).size;
      const header = await readHeader(file, fileSize);
      const fileKey = await findFileKey(header.stanzas, identities);
      try {
        if (!macMatches(header.mac, headerMac(fileKey, header.macInput))) {
          throw new AgeError(
            'HEADER_MAC_MISMATCH',
            "The encrypted file's header failed authentication: it was altered or damaged. Restore it from a backup.",
          );
        }
        const payloadStart = header.length + PAYLOAD_NONCE_SIZE;
        if (fileSize < payloadStart) throw truncated('it ends inside the payload nonce');
        const nonce = await readExactly(file, header.length, PAYLOAD_NONCE_SIZE);
        const key = payloadKey(fileKey, nonce);
        cipher = await ChunkCipher.create(key, 'decrypt');
        key.fill(0);
        const final = await locateFinalChunk(cipher, slotReader(file, payloadStart), fileSize - payloadStart);
        const size = (final.chunkCount - 1) * CHUNK_SIZE + final.lastLength;
        return new AgeFileReader(file, cipher, payloadStart, final.chunkCount, size);
      } finally {
        fileKey.fill(0);
      }
    } catch (error) {
      cipher?.dispose();
      await file.close();
      throw error;
    }
  }

  /** Decrypts plaintext bytes [start, endExclusive). Use stream() for large ranges. */
  async read(start: number, endExclusive: number): Promise<Uint8Array> {
    this.checkRange(start, endExclusive);
    const result = new Uint8Array(endExclusive - start);
    for await (const [index, ciphertext] of this.ciphertextChunks(start, endExclusive)) {
      const [from, to] = this.openChunk(index, ciphertext, start, endExclusive);
      this.cipher.copyPlaintext(result, index * CHUNK_SIZE + from - start, from, to);
    }
    return result;
  }

  /** Yields the plaintext of [start, end) one chunk at a time, each authenticated before it is yielded. */
  async *stream(options: { start?: number; end?: number } = {}): AsyncGenerator<Uint8Array, void, undefined> {
    const start = options.start ?? 0;
    const end = options.end ?? this.size;
    this.checkRange(start, end);
    for await (const [index, ciphertext] of this.ciphertextChunks(start, end)) {
      const [from, to] = this.openChunk(index, ciphertext, start, end);
      const piece = new Uint8Array(to - from);
      this.cipher.copyPlaintext(piece, 0, from, to);
      yield piece;
    }
  }

  /**
   * Opens chunk `index` and returns the part of it inside [start, end), as offsets in the chunk.
   * Concurrent reads share the cipher's buffer, so the caller copies the plaintext out before its
   * next await: load, open and copy then run as one uninterrupted step.
   */
  private openChunk(index: number, ciphertext: Uint8Array, start: number, end: number): [number, number] {
    this.cipher.load(ciphertext);
    if (!this.cipher.open(index, ciphertext.length, index === this.chunkCount - 1)) {
      throw chunkAuthFailed(index, index === this.chunkCount - 1);
    }
    const chunkStart = index * CHUNK_SIZE;
    const chunkEnd = chunkStart + ciphertext.length - TAG_SIZE;
    return [Math.max(start, chunkStart) - chunkStart, Math.min(end, chunkEnd) - chunkStart];
  }

  /**
   * The ciphertext of the chunks covering [start, end), read from disk a batch of chunks at a time;
   * the next batch is read while the current one is being decrypted.
   */
  private async *ciphertextChunks(start: number, end: number): AsyncGenerator<[number, Uint8Array], void, undefined> {
    if (start === end) return;
    const last = Math.floor((end - 1) / CHUNK_SIZE);
    const lengthOf = (index: number): number =>
      index === this.chunkCount - 1 ? this.size - index * CHUNK_SIZE + TAG_SIZE : ENCRYPTED_CHUNK_SIZE;
    const fetch = (first: number) => {
      const final = Math.min(last, first + CHUNKS_PER_READ - 1);
      const length = (final - first) * ENCRYPTED_CHUNK_SIZE + lengthOf(final);
      const bytes = readExactly(this.file, this.payloadStart + first * ENCRYPTED_CHUNK_SIZE, length);
      bytes.catch(() => undefined); // handled when awaited below; a prefetch may also be abandoned
      return { first, final, bytes };
    };
    for (let batch = fetch(Math.floor(start / CHUNK_SIZE)); ; ) {
      const bytes = await batch.bytes;
      const current = batch;
      if (current.final < last) batch = fetch(current.final + 1);
      for (let index = current.first; index <= current.final; index++) {
        const offset = (index - current.first) * ENCRYPTED_CHUNK_SIZE;
        yield [index, bytes.subarray(offset, offset + lengthOf(index))];
      }
      if (current.final === last) return;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.cipher.dispose();
    await this.file.close();
  }

  private checkRange(start: number, end: number): void {
    if (this.closed) throw new Error('this AgeFileReader is closed');
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || start > end || end > this.size) {
      throw new AgeError(
        'RANGE_OUT_OF_BOUNDS',
        `The byte range ${String(start)}–${String(end)} is outside the decrypted file, which has ${this.size} bytes.`,
      );
    }
  }
}

async function findFileKey(stanzas: readonly Stanza[], identities: readonly (X25519Identity | { passphrase: Uint8Array })[]): Promise<Uint8Array> {
  // The spec: a scrypt stanza must be alone, or the file is refused (a passphrase file with a
  // second, attacker-added recipient would otherwise decrypt silently).
  if (stanzas.some((s) => s.args[0] === SCRYPT_TYPE) && stanzas.length !== 1) {
    throw new AgeError('HEADER_INVALID', 'The file mixes a passphrase with other recipients, which age forbids.');
  }
  for (const stanza of stanzas) {
    for (const identity of identities) {
      const fileKey = 'passphrase' in identity ? await unwrapWithPassphrase(stanza, identity.passphrase) : await unwrapFileKey(stanza, identity);
      if (fileKey) return fileKey;
    }
  }
  throw new AgeError(
    'NO_MATCHING_IDENTITY',
    'None of the given keys can open this encrypted file: it was encrypted for someone else, or its header was damaged.',
  );
}

async function readExactly(file: FileHandle, position: number, length: number): Promise<Uint8Array> {
  const buffer = new Uint8Array(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await file.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) throw truncated('it became shorter while it was being read');
    filled += bytesRead;
  }
  return buffer;
}

function slotReader(file: FileHandle, payloadStart: number): ReadSlot {
  return (index, length) => {
    if (length > ENCRYPTED_CHUNK_SIZE) throw new Error('more than one chunk');
    return readExactly(file, payloadStart + index * ENCRYPTED_CHUNK_SIZE, length);
  };
}

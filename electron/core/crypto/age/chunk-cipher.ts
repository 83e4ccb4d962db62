import { HeapBlock, rawSodium, type RawSodium } from './raw-sodium';

/**
 * The STREAM construction of the age spec ("Payload"): 64 KiB chunks sealed with
 * ChaCha20-Poly1305 under the payload key, nonce = 11-byte big-endian chunk counter || last-chunk
 * flag. A ChunkCipher owns one WebAssembly buffer holding the key, a nonce and one chunk, so
 * libsodium never sees more than one chunk and nothing is allocated per chunk.
 */

export const CHUNK_SIZE = 64 * 1024;
export const TAG_SIZE = 16;
export const ENCRYPTED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE;
const KEY_SIZE = 32;
const NONCE_SIZE = 12;

// Layout of the block; offsets are multiples of 16 so libsodium sees aligned buffers.
const KEY = 0;
const NONCE = 32;
const DATA = 48; // one encrypted chunk: plaintext + tag when sealing, ciphertext + tag when opening
const OUT = DATA + ENCRYPTED_CHUNK_SIZE; // plaintext of an opened chunk (decrypt mode only)

export class ChunkCipher {
  private constructor(
    private readonly lib: RawSodium,
    private readonly block: HeapBlock,
  ) {}

  /** `decrypt` reserves room for opened plaintext beside the ciphertext, which is kept intact. */
  static async create(key: Uint8Array, mode: 'encrypt' | 'decrypt'): Promise<ChunkCipher> {
    if (key.length !== KEY_SIZE) throw new Error('the payload key must be 32 bytes');
    const lib = await rawSodium();
    const block = HeapBlock.allocate(lib, mode === 'decrypt' ? OUT + CHUNK_SIZE : OUT);
    lib.HEAPU8.set(key, block.pointer + KEY);
    return new ChunkCipher(lib, block);
  }

  get keyPointer(): number {
    return this.pointer(KEY);
  }

  get noncePointer(): number {
    return this.pointer(NONCE);
  }

  get dataPointer(): number {
    return this.pointer(DATA);
  }

  get heap(): Uint8Array {
    return this.lib.HEAPU8;
  }

  /** Copies `bytes` into the chunk buffer at `offset` (plaintext to seal or ciphertext to open). */
  load(bytes: Uint8Array, offset = 0): void {
    if (offset + bytes.length > ENCRYPTED_CHUNK_SIZE) throw new Error('more than one chunk');
    this.lib.HEAPU8.set(bytes, this.pointer(DATA) + offset);
  }

  /** Writes the STREAM nonce for chunk `index` into the nonce slot. */
  setNonce(index: number, last: boolean): void {
    const heap = this.lib.HEAPU8;
    const nonce = this.pointer(NONCE);
    let counter = index;
    for (let i = NONCE_SIZE - 2; i >= 0; i--) {
      heap[nonce + i] = counter % 256;
      counter = Math.floor(counter / 256);
    }
    heap[nonce + NONCE_SIZE - 1] = last ? 1 : 0;
  }

  /**
   * Seals the `length` plaintext bytes in the chunk buffer in place as chunk `index`, and returns
   * a fresh copy of the ciphertext with its tag.
   */
  seal(index: number, length: number, last: boolean): Uint8Array {
    if (length > CHUNK_SIZE) throw new Error('more than one chunk');
    this.setNonce(index, last);
    const data = this.pointer(DATA);
    // In-place encryption is allowed by libsodium (the keystream is XORed, then the MAC appended).
    const status = this.lib._crypto_aead_chacha20poly1305_ietf_encrypt(
      data, 0, data, length, 0, 0, 0, 0, 0, this.pointer(NONCE), this.pointer(KEY),
    );
    if (status !== 0) throw new Error('libsodium failed to encrypt a chunk');
    // A fresh buffer of its own (not Node's shared pool, which chunk.buffer would expose).
    return this.lib.HEAPU8.slice(data, data + length + TAG_SIZE);
  }

  /**
   * Authenticates and decrypts the `length` ciphertext bytes (tag included) in the chunk buffer as
   * chunk `index`. Returns false, with no plaintext produced, when the tag does not verify. The
   * ciphertext stays in place, so the same chunk can be tried again with the other flag.
   */
  open(index: number, length: number, last: boolean): boolean {
    if (length < TAG_SIZE || length > ENCRYPTED_CHUNK_SIZE) return false;
    this.setNonce(index, last);
    const data = this.pointer(DATA);
    const textLength = length - TAG_SIZE;
    const status = this.lib._crypto_aead_chacha20poly1305_ietf_decrypt_detached(
      this.pointer(OUT), 0, data, textLength, 0, data + textLength, 0, 0, 0, this.pointer(NONCE), this.pointer(KEY),
    );
    return status === 0;
  }

  /** Copies plaintext bytes [from, to) of the chunk opened last into `target` at `targetOffset`. */
  copyPlaintext(target: Uint8Array, targetOffset: number, from: number, to: number): void {
    const out = this.pointer(OUT);
    target.set(this.lib.HEAPU8.subarray(out + from, out + to), targetOffset);
  }

  /** Wipes the key and the last chunk from the WebAssembly heap and frees it. */
  dispose(): void {
    this.block.dispose();
  }

  private pointer(offset: number): number {
    if (this.block.isDisposed) throw new Error('this encrypted stream is already closed');
    return this.block.pointer + offset;
  }
}

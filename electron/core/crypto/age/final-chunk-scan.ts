import { TAG_SIZE, type ChunkCipher } from './chunk-cipher';
import { HeapBlock, rawSodium } from './raw-sodium';

/**
 * Looks for a valid final chunk that is a strict prefix of the ciphertext loaded in `cipher`,
 * i.e. a final chunk followed by appended bytes. Only used on the error path, to tell a person
 * "something was appended" (the data is intact) rather than "the file is damaged".
 *
 * Trying every prefix with the AEAD would cost O(n^2) Poly1305 work (about 2 GiB for one chunk).
 * Instead this follows RFC 8439's AEAD construction directly: the Poly1305 one-time key is the
 * first ChaCha20 block for the chunk's nonce, the MAC input is ciphertext || zero padding to 16 ||
 * le64(0) || le64(length); the running Poly1305 state over the ciphertext is cloned at each
 * candidate length and finished with the padding and lengths. That is O(n) work. A match is a
 * real authentication (a forgery has negligible odds, as for any Poly1305 tag), not a guess.
 *
 * Returns the ciphertext length (tag excluded) of the final chunk found, or undefined.
 */
export async function findFinalChunkPrefix(cipher: ChunkCipher, index: number, available: number): Promise<number | undefined> {
  const lib = await rawSodium();
  const stateSize = lib._crypto_onetimeauth_poly1305_statebytes();
  const running = 0;
  const scratch = stateSize;
  const polyKey = 2 * stateSize;
  const tag = polyKey + 32;
  const trailer = tag + 16; // 16 zero bytes of padding, then le64(0) || le64(length)
  const block = HeapBlock.allocate(lib, trailer + 32);
  try {
    const at = (offset: number): number => block.pointer + offset;
    cipher.setNonce(index, true);
    lib._crypto_stream_chacha20_ietf(at(polyKey), 32, 0, cipher.noncePointer, cipher.keyPointer);
    lib._crypto_onetimeauth_poly1305_init(at(running), at(polyKey));
    const data = cipher.dataPointer;
    // A final chunk after other chunks must not be empty (spec, "Payload").
    const minimum = index === 0 ? 0 : 1;
    for (let length = 0; length + TAG_SIZE < available; length++) {
      if (length >= minimum) {
        let heap = lib.HEAPU8;
        heap.copyWithin(at(scratch), at(running), at(running) + stateSize);
        const padding = (16 - (length % 16)) % 16;
        if (padding > 0) lib._crypto_onetimeauth_poly1305_update(at(scratch), at(trailer), padding, 0);
        writeLengths(lib.HEAPU8, at(trailer) + 16, length);
        lib._crypto_onetimeauth_poly1305_update(at(scratch), at(trailer) + 16, 16, 0);
        lib._crypto_onetimeauth_poly1305_final(at(scratch), at(tag));
        heap = lib.HEAPU8;
        if (equalBytes(heap, at(tag), data + length, TAG_SIZE)) return length;
      }
      lib._crypto_onetimeauth_poly1305_update(at(running), data + length, 1, 0);
    }
    return undefined;
  } finally {
    block.dispose();
  }
}

/** le64(associated data length = 0) || le64(ciphertext length). */
function writeLengths(heap: Uint8Array, pointer: number, length: number): void {
  heap.fill(0, pointer, pointer + 16);
  let value = length;
  for (let i = 8; i < 16 && value > 0; i++) {
    heap[pointer + i] = value % 256;
    value = Math.floor(value / 256);
  }
}

function equalBytes(heap: Uint8Array, a: number, b: number, length: number): boolean {
  let difference = 0;
  for (let i = 0; i < length; i++) difference |= (heap[a + i] ?? 0) ^ (heap[b + i] ?? 0);
  return difference === 0;
}

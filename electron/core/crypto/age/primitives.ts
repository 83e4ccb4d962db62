import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The key derivations of the age spec. HKDF, HMAC and randomness come from node:crypto (present
 * in Electron's BoringSSL too); the AEAD and X25519 come from libsodium.
 */

export const FILE_KEY_SIZE = 16;
export const PAYLOAD_NONCE_SIZE = 16;
const EMPTY = new Uint8Array(0);

/** HKDF-SHA-256 with a 32-byte output, as every derivation in the spec. */
export function hkdf(ikm: Uint8Array, salt: Uint8Array, info: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', ikm, salt, info, 32));
}

export function random(size: number): Uint8Array {
  const bytes = randomBytes(size);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** "Header MAC": HMAC-SHA-256 keyed with HKDF(file key, salt = empty, info = "header"). */
export function headerMac(fileKey: Uint8Array, macInput: Uint8Array): Uint8Array {
  const key = hkdf(fileKey, EMPTY, 'header');
  const mac = createHmac('sha256', key).update(macInput).digest();
  key.fill(0);
  return new Uint8Array(mac.buffer, mac.byteOffset, mac.byteLength);
}

export function macMatches(expected: Uint8Array, actual: Uint8Array): boolean {
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** "Payload": payload key = HKDF(file key, salt = nonce, info = "payload"). */
export function payloadKey(fileKey: Uint8Array, nonce: Uint8Array): Uint8Array {
  return hkdf(fileKey, nonce, 'payload');
}

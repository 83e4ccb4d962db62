/**
 * The base64 of the age spec ("Conventions"): RFC 4648 standard alphabet, no `=` padding.
 * Decoders MUST reject non-canonical encodings, so a header has exactly one spelling and the
 * MAC over its bytes cannot be sidestepped by rewriting a stanza.
 */

const ALPHABET = /^[A-Za-z0-9+/]*$/;

export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64').replace(/=+$/, '');
}

/** Returns undefined for anything but canonical unpadded base64. */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (!ALPHABET.test(text) || text.length % 4 === 1) return undefined;
  const bytes = Buffer.from(text, 'base64');
  // Node ignores non-zero trailing bits; re-encoding exposes them (RFC 4648, section 3.5).
  if (encodeBase64(bytes) !== text) return undefined;
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

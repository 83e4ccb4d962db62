/**
 * A passphrase enters core as bytes, converted once at the edge (IPC handler, CLI prompt):
 * NFC so that the same Arabic passphrase typed on two keyboards (precomposed or combining
 * hamza) gives the same key. The caller drops its string at once; core zeroes the bytes.
 */
export function passphraseBytes(passphrase: string): Uint8Array {
  return new Uint8Array(Buffer.from(passphrase.normalize('NFC'), 'utf8'));
}

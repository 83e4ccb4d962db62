import { VaultError } from '../../../shared/errors';
import { sodium } from './sodium';

/** A secret sealed with XChaCha20-Poly1305 (random 192-bit nonce, so no nonce bookkeeping). */
export interface SealedBox {
  nonce: Uint8Array;
  ciphertext: Uint8Array;
}

export async function seal(key: Uint8Array, plaintext: Uint8Array, associatedData: Uint8Array): Promise<SealedBox> {
  const s = await sodium();
  const nonce = s.randombytes_buf(s.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const ciphertext = s.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, associatedData, null, nonce, key);
  return { nonce, ciphertext };
}

/** Returns null when the key is wrong or anything (nonce, ciphertext, associated data) changed. */
export async function open(key: Uint8Array, box: SealedBox, associatedData: Uint8Array): Promise<Uint8Array | null> {
  const s = await sodium();
  if (box.nonce.length !== s.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES) return null;
  try {
    return s.crypto_aead_xchacha20poly1305_ietf_decrypt(null, box.ciphertext, associatedData, box.nonce, key);
  } catch {
    return null;
  }
}

export async function openOrThrow(key: Uint8Array, box: SealedBox, associatedData: Uint8Array, what: string): Promise<Uint8Array> {
  const plaintext = await open(key, box, associatedData);
  if (!plaintext) throw new VaultError('VAULT_HEADER_CORRUPT', `The ${what} in the vault header does not decrypt with the vault's key: the header was damaged or tampered with.`);
  return plaintext;
}

export async function wipe(...buffers: (Uint8Array | undefined | null)[]): Promise<void> {
  const s = await sodium();
  for (const b of buffers) if (b) s.memzero(b);
}

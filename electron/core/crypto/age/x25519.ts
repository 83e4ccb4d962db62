import { sodium } from '../sodium';
import { decodeBase64, encodeBase64 } from './base64';
import { AgeError, headerInvalid } from './errors';
import type { Stanza } from './header';
import { FILE_KEY_SIZE, hkdf, random } from './primitives';

/** The X25519 recipient type of the age spec ("The X25519 recipient type"). */

export const X25519_TYPE = 'X25519';
const LABEL = 'age-encryption.org/v1/X25519';
const POINT_SIZE = 32;
const WRAPPED_KEY_SIZE = FILE_KEY_SIZE + 16;
const ZERO_NONCE = new Uint8Array(12);

export interface X25519Identity {
  readonly secretKey: Uint8Array;
  readonly publicKey: Uint8Array;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * libsodium's crypto_scalarmult refuses (throws) when the result is all zeros, i.e. when the
 * point has low order; the spec requires aborting then, since such a "shared secret" is public.
 */
async function sharedSecret(scalar: Uint8Array, point: Uint8Array): Promise<Uint8Array | undefined> {
  const s = await sodium();
  try {
    const secret = s.crypto_scalarmult(scalar, point);
    return secret.some((b) => b !== 0) ? secret : undefined;
  } catch {
    return undefined;
  }
}

/** Wraps `fileKey` for one recipient with a fresh ephemeral key (a new one per stanza and file). */
export async function wrapFileKey(fileKey: Uint8Array, recipient: Uint8Array): Promise<Stanza> {
  if (recipient.length !== POINT_SIZE) {
    throw new AgeError('BAD_RECIPIENT', 'A recipient public key must be 32 bytes.');
  }
  const s = await sodium();
  const ephemeral = random(32);
  const share = s.crypto_scalarmult_base(ephemeral);
  const secret = await sharedSecret(ephemeral, recipient);
  ephemeral.fill(0);
  if (!secret) {
    throw new AgeError('BAD_RECIPIENT', 'The recipient public key is not a usable X25519 key (low-order point). Check the age1… key.');
  }
  const wrapKey = hkdf(secret, concat(share, recipient), LABEL);
  secret.fill(0);
  const body = s.crypto_aead_chacha20poly1305_ietf_encrypt(fileKey, null, null, ZERO_NONCE, wrapKey);
  wrapKey.fill(0);
  return { args: [X25519_TYPE, encodeBase64(share)], body };
}

/**
 * Returns the file key if `stanza` was wrapped for `identity`, undefined if the stanza is of
 * another type or for another key. A malformed X25519 stanza is an error, not a mismatch.
 */
export async function unwrapFileKey(stanza: Stanza, identity: X25519Identity): Promise<Uint8Array | undefined> {
  if (stanza.args[0] !== X25519_TYPE) return undefined;
  const shareText = stanza.args[1];
  if (stanza.args.length !== 2 || shareText === undefined) throw headerInvalid('an X25519 stanza has the wrong number of arguments');
  const share = decodeBase64(shareText);
  if (!share || share.length !== POINT_SIZE) throw headerInvalid('an X25519 stanza has a malformed ephemeral share');
  // Checked before decrypting, against partitioning-oracle attacks (spec, X25519 stanza).
  if (stanza.body.length !== WRAPPED_KEY_SIZE) throw headerInvalid('an X25519 stanza body has the wrong length');
  const secret = await sharedSecret(identity.secretKey, share);
  if (!secret) throw headerInvalid('an X25519 stanza has a low-order ephemeral share');
  const wrapKey = hkdf(secret, concat(share, identity.publicKey), LABEL);
  secret.fill(0);
  const s = await sodium();
  try {
    return s.crypto_aead_chacha20poly1305_ietf_decrypt(null, stanza.body, null, ZERO_NONCE, wrapKey);
  } catch {
    return undefined;
  } finally {
    wrapKey.fill(0);
  }
}

import { bech32Decode, bech32Encode, Bech32Error } from '../bech32';
import { sodium } from '../sodium';
import { AgeError } from './errors';
import { random } from './primitives';

/**
 * X25519 identities and recipients in the text forms age-keygen writes (age spec, "The X25519
 * recipient type"): `AGE-SECRET-KEY-1…` (Bech32, uppercase) and `age1…` (Bech32, lowercase).
 * Like age, an identity must be uppercase and a recipient lowercase.
 */

const IDENTITY_HRP = 'AGE-SECRET-KEY-';
const RECIPIENT_HRP = 'age';
const KEY_SIZE = 32;

export interface IdentityKeyPair {
  readonly secretKey: Uint8Array;
  readonly publicKey: Uint8Array;
}

export async function generateIdentity(): Promise<IdentityKeyPair> {
  const secretKey = random(KEY_SIZE);
  return { secretKey, publicKey: await recipientOf(secretKey) };
}

/** recipient = X25519(identity, basepoint). */
export async function recipientOf(secretKey: Uint8Array): Promise<Uint8Array> {
  if (secretKey.length !== KEY_SIZE) throw new AgeError('BAD_IDENTITY', 'An age identity must be 32 bytes.');
  return (await sodium()).crypto_scalarmult_base(secretKey);
}

export function encodeIdentity(secretKey: Uint8Array): string {
  if (secretKey.length !== KEY_SIZE) throw new AgeError('BAD_IDENTITY', 'An age identity must be 32 bytes.');
  return bech32Encode(IDENTITY_HRP, secretKey);
}

export function encodeRecipient(publicKey: Uint8Array): string {
  if (publicKey.length !== KEY_SIZE) throw new AgeError('BAD_RECIPIENT', 'An age recipient must be 32 bytes.');
  return bech32Encode(RECIPIENT_HRP, publicKey);
}

function decodeKey(text: string, hrp: string): Uint8Array | string {
  try {
    const decoded = bech32Decode(text.trim());
    if (decoded.hrp !== hrp) return `it does not start with "${hrp}1"`;
    if (decoded.data.length !== KEY_SIZE) return 'it does not hold a 32-byte key';
    return decoded.data;
  } catch (error) {
    if (error instanceof Bech32Error) return error.message;
    throw error;
  }
}

/** Parses one `AGE-SECRET-KEY-1…` line. The message never repeats the key (it is a secret). */
export function decodeIdentity(text: string): Uint8Array {
  const result = decodeKey(text, IDENTITY_HRP);
  if (typeof result === 'string') {
    throw new AgeError('BAD_IDENTITY', `This is not a valid age identity (${result}). Copy the whole AGE-SECRET-KEY-1… line, in capitals, as age-keygen wrote it.`);
  }
  return result;
}

/** Parses one `age1…` public key. */
export function decodeRecipient(text: string): Uint8Array {
  const result = decodeKey(text, RECIPIENT_HRP);
  if (typeof result === 'string') {
    throw new AgeError('BAD_RECIPIENT', `This is not a valid age recipient (${result}). Copy the whole age1… public key, in lowercase, as age-keygen printed it.`);
  }
  return result;
}

import { sodium } from '../sodium';
import { decodeBase64, encodeBase64 } from './base64';
import { AgeError, headerInvalid } from './errors';
import type { Stanza } from './header';
import { FILE_KEY_SIZE, random } from './primitives';

/**
 * The scrypt recipient type of the age spec ("The scrypt recipient type"): a file encrypted to
 * a passphrase, for a recipient without a key (the passphrase travels separately). The stanza
 * is `-> scrypt <base64 16-byte salt> <log2 N>`, its body the file key sealed with
 * ChaCha20-Poly1305 under scrypt(passphrase, "age-encryption.org/v1/scrypt" || salt, N, r=8,
 * p=1). It must be the only stanza of its file. scrypt with log2 N = 18 needs 256 MiB: run it
 * in a worker that exits.
 */
export const SCRYPT_TYPE = 'scrypt';
const LABEL = 'age-encryption.org/v1/scrypt';
const SALT_SIZE = 16;
const WRAPPED_KEY_SIZE = FILE_KEY_SIZE + 16;
const ZERO_NONCE = new Uint8Array(12);
/** age's default work factor. */
export const DEFAULT_LOG_N = 18;
/** Refused above this, so a hostile file cannot make the reader allocate gigabytes. */
export const MAX_LOG_N = 22;

async function wrapKeyFor(passphrase: Uint8Array, salt: Uint8Array, logN: number): Promise<Uint8Array> {
  const s = await sodium();
  const fullSalt = new Uint8Array(LABEL.length + salt.length);
  fullSalt.set(new TextEncoder().encode(LABEL));
  fullSalt.set(salt, LABEL.length);
  return s.crypto_pwhash_scryptsalsa208sha256_ll(passphrase, fullSalt, 2 ** logN, 8, 1, 32);
}

export async function wrapWithPassphrase(fileKey: Uint8Array, passphrase: Uint8Array, logN = DEFAULT_LOG_N): Promise<Stanza> {
  if (passphrase.length === 0) throw new AgeError('BAD_RECIPIENT', 'A passphrase recipient needs a passphrase.');
  if (!Number.isInteger(logN) || logN < 10 || logN > MAX_LOG_N) throw new AgeError('BAD_RECIPIENT', `The scrypt work factor must be between 10 and ${MAX_LOG_N}.`);
  const s = await sodium();
  const salt = random(SALT_SIZE);
  const key = await wrapKeyFor(passphrase, salt, logN);
  try {
    return { args: [SCRYPT_TYPE, encodeBase64(salt), String(logN)], body: s.crypto_aead_chacha20poly1305_ietf_encrypt(fileKey, null, null, ZERO_NONCE, key) };
  } finally {
    key.fill(0);
  }
}

/** The file key if the passphrase opens this scrypt stanza; undefined for another passphrase or stanza type. */
export async function unwrapWithPassphrase(stanza: Stanza, passphrase: Uint8Array): Promise<Uint8Array | undefined> {
  if (stanza.args[0] !== SCRYPT_TYPE) return undefined;
  const [, saltText, logNText] = stanza.args;
  if (stanza.args.length !== 3 || saltText === undefined || logNText === undefined) throw headerInvalid('a scrypt stanza has the wrong number of arguments');
  const salt = decodeBase64(saltText);
  if (!salt || salt.length !== SALT_SIZE) throw headerInvalid('a scrypt stanza has a malformed salt');
  if (!/^[1-9][0-9]*$/.test(logNText)) throw headerInvalid('a scrypt stanza has a malformed work factor');
  const logN = Number(logNText);
  if (logN > MAX_LOG_N) throw new AgeError('HEADER_INVALID', `The file asks for a scrypt work factor of 2^${logN}, above the 2^${MAX_LOG_N} this app accepts.`);
  if (stanza.body.length !== WRAPPED_KEY_SIZE) throw headerInvalid('a scrypt stanza body has the wrong length');
  const s = await sodium();
  const key = await wrapKeyFor(passphrase, salt, logN);
  try {
    return s.crypto_aead_chacha20poly1305_ietf_decrypt(null, stanza.body, null, ZERO_NONCE, key);
  } catch {
    return undefined;
  } finally {
    key.fill(0);
  }
}

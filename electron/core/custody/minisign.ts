import { sodium } from '../crypto/sodium';

/**
 * Minisign signatures (https://jedisct1.github.io/minisign/), so a recipient can check a
 * custody package with the stock `minisign -V` tool, years later, without this app.
 *
 *   public key:  untrusted comment line, then base64("Ed" || key id (8) || Ed25519 public key (32))
 *   signature:   untrusted comment line, base64("ED" || key id || Ed25519(BLAKE2b-512(file))),
 *                "trusted comment: …" line, base64(Ed25519(signature (64) || trusted comment))
 *
 * "ED" is the pre-hashed algorithm minisign uses by default, so files of any size are signed
 * by streaming them through BLAKE2b. The key id is derived from the public key (its first 8
 * bytes of BLAKE2b), so the same vault key always has the same id.
 */
export interface MinisignKey {
  publicKey: Uint8Array;
  /** libsodium's 64-byte Ed25519 secret key (seed || public key). */
  secretKey: Uint8Array;
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

export async function keyId(publicKey: Uint8Array): Promise<Uint8Array> {
  const s = await sodium();
  return s.crypto_generichash(8, publicKey, null);
}

export async function formatPublicKey(publicKey: Uint8Array, comment: string): Promise<string> {
  const id = await keyId(publicKey);
  return `untrusted comment: ${comment}\n${b64(Buffer.concat([Buffer.from('Ed'), id, publicKey]))}\n`;
}

/** BLAKE2b-512 of a stream of pieces (bounded memory). */
export async function prehash(pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<Uint8Array> {
  const s = await sodium();
  const state = s.crypto_generichash_init(null, 64);
  for await (const piece of pieces) {
    for (let offset = 0; offset < piece.byteLength; offset += 64 * 1024) s.crypto_generichash_update(state, piece.subarray(offset, offset + 64 * 1024));
  }
  return s.crypto_generichash_final(state, 64);
}

export async function signPrehashed(key: MinisignKey, digest: Uint8Array, trustedComment: string, untrustedComment = 'signature from Testimony Vault'): Promise<string> {
  if (/[\r\n]/.test(trustedComment) || /[\r\n]/.test(untrustedComment)) throw new Error('minisign comments are one line');
  const s = await sodium();
  const id = await keyId(key.publicKey);
  const signature = s.crypto_sign_detached(digest, key.secretKey);
  const global = s.crypto_sign_detached(Buffer.concat([signature, Buffer.from(trustedComment, 'utf8')]), key.secretKey);
  return `untrusted comment: ${untrustedComment}\n${b64(Buffer.concat([Buffer.from('ED'), id, signature]))}\ntrusted comment: ${trustedComment}\n${b64(global)}\n`;
}

export type MinisignCheck = { ok: true; trustedComment: string } | { ok: false; reason: string };

function decodeLine(line: string | undefined): Buffer | null {
  if (line === undefined || !/^[A-Za-z0-9+/]+=*$/.test(line.trim())) return null;
  return Buffer.from(line.trim(), 'base64');
}

export function parsePublicKey(text: string): { id: Uint8Array; publicKey: Uint8Array } | null {
  const lines = text.split(/\r?\n/);
  const body = lines[0]?.startsWith('untrusted comment:') ? lines[1] : lines[0];
  const raw = decodeLine(body);
  if (!raw || raw.length !== 42 || raw.subarray(0, 2).toString('latin1') !== 'Ed') return null;
  return { id: new Uint8Array(raw.subarray(2, 10)), publicKey: new Uint8Array(raw.subarray(10)) };
}

/** Checks a minisign signature over a file's BLAKE2b-512 digest against a public key. */
export async function verifyPrehashed(publicKeyText: string, signatureText: string, digest: Uint8Array): Promise<MinisignCheck> {
  const s = await sodium();
  const key = parsePublicKey(publicKeyText);
  if (!key) return { ok: false, reason: 'the public key is not in minisign format' };
  const lines = signatureText.split(/\r?\n/);
  if (!lines[0]?.startsWith('untrusted comment:') || !lines[2]?.startsWith('trusted comment: ')) return { ok: false, reason: 'the signature file is not in minisign format' };
  const sig = decodeLine(lines[1]);
  const global = decodeLine(lines[3]);
  if (!sig || sig.length !== 74 || !global || global.length !== 64) return { ok: false, reason: 'the signature file is not in minisign format' };
  if (sig.subarray(0, 2).toString('latin1') !== 'ED') return { ok: false, reason: 'only pre-hashed (ED) signatures are accepted' };
  if (!Buffer.from(sig.subarray(2, 10)).equals(Buffer.from(key.id))) return { ok: false, reason: 'the signature was made with another key' };
  const trustedComment = lines[2].slice('trusted comment: '.length);
  const signature = sig.subarray(10);
  if (!s.crypto_sign_verify_detached(signature, digest, key.publicKey)) return { ok: false, reason: 'the signature does not match the file' };
  if (!s.crypto_sign_verify_detached(global, Buffer.concat([signature, Buffer.from(trustedComment, 'utf8')]), key.publicKey)) {
    return { ok: false, reason: 'the trusted comment was altered' };
  }
  return { ok: true, trustedComment };
}

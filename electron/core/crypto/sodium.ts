import sodiumModule from 'libsodium-wrappers-sumo';

export type Sodium = typeof sodiumModule;

let ready: Promise<Sodium> | undefined;

/**
 * libsodium (WebAssembly) for every AEAD, KDF and signature: Electron's BoringSSL has no
 * chacha20-poly1305 or argon2 in node:crypto (DESIGN.md, pitfalls). node:crypto is used only
 * for SHA-2, HMAC, HKDF and random bytes.
 */
export function sodium(): Promise<Sodium> {
  ready ??= sodiumModule.ready.then(() => sodiumModule);
  return ready;
}

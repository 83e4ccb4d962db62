import { sodium } from '../sodium';

/**
 * libsodium's C functions inside the WebAssembly module that libsodium-wrappers exposes as
 * `.libsodium`. The wrappers malloc, copy and free on every call; calling these directly on
 * buffers we allocate once avoids that on the 64 KiB-per-chunk hot path. 64-bit lengths are
 * passed as two 32-bit halves (low, high), as Emscripten legalises them.
 *
 * `HEAPU8` is replaced when the WebAssembly memory grows (any malloc may grow it), so it is read
 * afresh from the module after every call that may allocate, never cached.
 */
export interface RawSodium {
  readonly HEAPU8: Uint8Array;
  _malloc(size: number): number;
  _free(pointer: number): void;
  _crypto_aead_chacha20poly1305_ietf_encrypt(
    c: number, clenP: number, m: number, mlenLow: number, mlenHigh: number,
    ad: number, adlenLow: number, adlenHigh: number, nsec: number, npub: number, k: number,
  ): number;
  _crypto_aead_chacha20poly1305_ietf_decrypt_detached(
    m: number, nsec: number, c: number, clenLow: number, clenHigh: number, mac: number,
    ad: number, adlenLow: number, adlenHigh: number, npub: number, k: number,
  ): number;
  _crypto_stream_chacha20_ietf(c: number, clenLow: number, clenHigh: number, n: number, k: number): number;
  _crypto_onetimeauth_poly1305_statebytes(): number;
  _crypto_onetimeauth_poly1305_init(state: number, key: number): number;
  _crypto_onetimeauth_poly1305_update(state: number, input: number, lenLow: number, lenHigh: number): number;
  _crypto_onetimeauth_poly1305_final(state: number, out: number): number;
}

const REQUIRED_FUNCTIONS = [
  '_malloc',
  '_free',
  '_crypto_aead_chacha20poly1305_ietf_encrypt',
  '_crypto_aead_chacha20poly1305_ietf_decrypt_detached',
  '_crypto_stream_chacha20_ietf',
  '_crypto_onetimeauth_poly1305_statebytes',
  '_crypto_onetimeauth_poly1305_init',
  '_crypto_onetimeauth_poly1305_update',
  '_crypto_onetimeauth_poly1305_final',
] as const;

function isRawSodium(value: unknown): value is RawSodium {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return record.HEAPU8 instanceof Uint8Array && REQUIRED_FUNCTIONS.every((name) => typeof record[name] === 'function');
}

let raw: Promise<RawSodium> | undefined;

export function rawSodium(): Promise<RawSodium> {
  raw ??= sodium().then((wrappers) => {
    const lib = (wrappers as unknown as { libsodium?: unknown }).libsodium;
    // A libsodium-wrappers upgrade that stops exposing the module must fail loudly, not silently.
    if (!isRawSodium(lib)) throw new Error('libsodium-wrappers no longer exposes the low-level libsodium module');
    return lib;
  });
  return raw;
}

/** Frees a WebAssembly allocation whose owner was dropped without dispose(). */
const leakGuard = new FinalizationRegistry<{ lib: RawSodium; pointer: number; size: number }>(({ lib, pointer, size }) => {
  lib.HEAPU8.fill(0, pointer, pointer + size);
  lib._free(pointer);
});

/** One allocation in the WebAssembly heap, wiped and freed by dispose() (or by GC as a fallback). */
export class HeapBlock {
  private disposed = false;
  private readonly token = {};

  private constructor(
    readonly lib: RawSodium,
    readonly pointer: number,
    readonly size: number,
  ) {
    leakGuard.register(this, { lib, pointer, size }, this.token);
  }

  static allocate(lib: RawSodium, size: number): HeapBlock {
    const pointer = lib._malloc(size);
    if (pointer === 0) throw new Error('libsodium is out of memory');
    lib.HEAPU8.fill(0, pointer, pointer + size);
    return new HeapBlock(lib, pointer, size);
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    leakGuard.unregister(this.token);
    this.lib.HEAPU8.fill(0, this.pointer, this.pointer + this.size);
    this.lib._free(this.pointer);
  }
}

import { VaultError } from '../../../shared/errors';
import { spawnWorker } from '../workers/spawn';

/**
 * Argon2id parameters of a passphrase slot. They are stored per slot and bound into the
 * slot's associated data, so lowering them in vault.json makes the slot fail to open.
 */
export interface Argon2idParams {
  algorithm: 'argon2id13';
  opsLimit: number;
  memLimitBytes: number;
  salt: Uint8Array;
}

/** DESIGN.md: at least ops 3 / 256 MiB. Upper bounds stop a hostile header from asking for 64 GiB. */
export const ARGON2ID_MIN_OPS = 3;
export const ARGON2ID_MIN_MEM = 256 * 1024 * 1024;
export const ARGON2ID_MAX_OPS = 32;
export const ARGON2ID_MAX_MEM = 4 * 1024 * 1024 * 1024;
export const ARGON2ID_DEFAULT_OPS = 3;
export const ARGON2ID_DEFAULT_MEM = ARGON2ID_MIN_MEM;

export interface KdfRequest {
  passphrase: Uint8Array;
  salt: Uint8Array;
  opsLimit: number;
  memLimitBytes: number;
}

export function assertArgon2idParams(p: { opsLimit: number; memLimitBytes: number }): void {
  const ok =
    Number.isInteger(p.opsLimit) &&
    Number.isInteger(p.memLimitBytes) &&
    p.opsLimit >= ARGON2ID_MIN_OPS &&
    p.opsLimit <= ARGON2ID_MAX_OPS &&
    p.memLimitBytes >= ARGON2ID_MIN_MEM &&
    p.memLimitBytes <= ARGON2ID_MAX_MEM;
  if (!ok) {
    throw new VaultError(
      'VAULT_HEADER_CORRUPT',
      `A key slot asks for Argon2id parameters outside the allowed range (ops ${p.opsLimit}, memory ${p.memLimitBytes} bytes): the vault header was damaged or tampered with.`,
    );
  }
}

/**
 * Derives a 32-byte key with Argon2id in a worker thread that exits afterwards: the 256 MiB
 * the hash needs lives in that worker's WebAssembly heap and goes back to the system with
 * it, instead of staying in the main process for its lifetime. The worker also keeps the
 * app responsive during the second the hash takes.
 *
 * The passphrase buffer is transferred (and so emptied here): the caller cannot keep it.
 */
export async function deriveKeyArgon2id(request: KdfRequest): Promise<Uint8Array> {
  const passphrase = request.passphrase;
  try {
    assertArgon2idParams(request);
  } catch (error) {
    passphrase.fill(0);
    throw error;
  }
  // Transfer needs a buffer of its own; copy out of pooled/shared buffers first.
  const owned = passphrase.byteOffset === 0 && passphrase.byteLength === passphrase.buffer.byteLength ? passphrase : Uint8Array.from(passphrase);
  if (owned !== passphrase) passphrase.fill(0);
  const worker = spawnWorker(
    'kdf',
    { passphrase: owned, salt: request.salt, opsLimit: request.opsLimit, memLimitBytes: request.memLimitBytes },
    [owned.buffer as ArrayBuffer],
  );
  return new Promise<Uint8Array>((resolve, reject) => {
    let settled = false;
    worker.once('message', (message: { key?: Uint8Array; error?: string }) => {
      settled = true;
      if (message.key) resolve(new Uint8Array(message.key));
      else reject(new Error(`key derivation failed: ${message.error ?? 'unknown error'}`));
    });
    worker.once('error', (error: Error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`key derivation worker exited with code ${code}`));
    });
  });
}

import { parentPort, workerData } from 'node:worker_threads';
import sodium from 'libsodium-wrappers-sumo';

// Runs one Argon2id derivation and exits, taking its 256 MiB WebAssembly heap with it.
interface Input {
  passphrase: Uint8Array;
  salt: Uint8Array;
  opsLimit: number;
  memLimitBytes: number;
}

async function main(): Promise<void> {
  const input = workerData as Input;
  try {
    await sodium.ready;
    const key = sodium.crypto_pwhash(32, input.passphrase, input.salt, input.opsLimit, input.memLimitBytes, sodium.crypto_pwhash_ALG_ARGON2ID13);
    sodium.memzero(input.passphrase);
    parentPort?.postMessage({ key }, [key.buffer as ArrayBuffer]);
  } catch (error) {
    sodium.memzero(input.passphrase);
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
}

void main();

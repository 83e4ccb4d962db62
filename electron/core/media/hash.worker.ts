import { createHash } from 'node:crypto';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';

/**
 * The hashing half of an ingest (DESIGN.md "Fixity": SHA-256 and SHA-512 of the plaintext in
 * the same pass). The ingest worker reads each piece of the file once into shared memory and
 * hands it over by slot number; this thread hashes it while the other one encrypts it, so
 * both CPUs of a small laptop work at once. Nothing is copied between the two threads.
 */
interface Input {
  shared: SharedArrayBuffer;
  slotSize: number;
  port: MessagePort;
}

type PieceMessage = { slot: number; length: number } | { end: true };

const { shared, slotSize, port } = workerData as Input;
const memory = new Uint8Array(shared);
const sha256 = createHash('sha256');
const sha512 = createHash('sha512');
let size = 0;

port.on('message', (message: PieceMessage) => {
  if ('end' in message) {
    parentPort?.postMessage({ sha256: sha256.digest('hex'), sha512: sha512.digest('hex'), size });
    port.close();
    return;
  }
  const view = memory.subarray(message.slot * slotSize, message.slot * slotSize + message.length);
  sha256.update(view);
  sha512.update(view);
  size += message.length;
  port.postMessage({ free: message.slot });
});

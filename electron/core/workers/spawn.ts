import path from 'node:path';
import { Worker, type TransferListItem } from 'node:worker_threads';
import { runtimeConfig } from '../runtime';

/** The worker scripts core ships; each is electron/core/**\/<name>.worker.ts, bundled. */
export type WorkerName = 'kdf' | 'ingest' | 'hash' | 'decrypt' | 'package' | 'package-verify';

export function spawnWorker(name: WorkerName, workerData: unknown, transferList: readonly TransferListItem[] = []): Worker {
  const file = path.join(runtimeConfig().workerDir, `${name}.cjs`);
  return new Worker(file, {
    workerData,
    transferList: [...transferList],
    // A worker inherits nothing it does not need from the parent's command line.
    execArgv: [],
    stdout: false,
    stderr: false,
  });
}

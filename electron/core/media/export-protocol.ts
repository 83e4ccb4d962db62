import type { WorkerErrorMessage } from './ingest-protocol';

/** Messages between media/export-original.ts and decrypt.worker.ts. */
export interface DecryptWorkerInput {
  blobPath: string;
  identity: Uint8Array;
  targetPath: string;
  /** SHA-256 recorded at ingest: the export is checked against it before it is kept. */
  expectedSha256: string;
}

export type DecryptWorkerMessage = { type: 'progress'; bytesDone: number } | { type: 'done'; size: number; sha256: string } | WorkerErrorMessage;

import type { WorkerErrorMessage } from './ingest-protocol';

/**
 * Messages between the main thread and decrypt.worker.ts. The worker runs in one of two modes:
 * `export` (media/export-original.ts: one blob decrypted to the file the user chose) or
 * `verify` (custody/fixity.ts: many blobs decrypted and hashed, nothing written).
 */
export interface DecryptWorkerInput {
  mode: 'export';
  blobPath: string;
  identity: Uint8Array;
  targetPath: string;
  /** SHA-256 recorded at ingest: the export is checked against it before it is kept. */
  expectedSha256: string;
}

export type DecryptWorkerMessage = { type: 'progress'; bytesDone: number } | { type: 'done'; size: number; sha256: string } | WorkerErrorMessage;

/** A verify worker takes jobs one at a time by message, so it holds one identity at most. */
export interface VerifyWorkerInput {
  mode: 'verify';
}

export interface VerifyJob {
  jobId: number;
  blobPath: string;
  /** The testimony's X25519 identity; the worker wipes its copy once the file key is unwrapped. */
  identity: Uint8Array;
}

/** Why a blob could not be decrypted to the end. */
export type VerifyProblem =
  /** No file at the blob's path. */
  | { kind: 'missing' }
  /** The age file failed authentication or is malformed; `ageErrorCode` is an AgeErrorCode. */
  | { kind: 'damaged'; ageErrorCode: string; message: string }
  /** The file exists but cannot be read (permissions, a folder in its place, an I/O error). */
  | { kind: 'unreadable'; errno: string; message: string };

export type VerifyWorkerMessage =
  | { type: 'progress'; jobId: number; bytesDone: number }
  | { type: 'verified'; jobId: number; size: number; sha256: string; sha512: string }
  | { type: 'problem'; jobId: number; problem: VerifyProblem };

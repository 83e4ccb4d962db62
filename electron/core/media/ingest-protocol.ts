import type { ErrorCode, ErrorDetails } from '../../../shared/errors';

/** Messages between media/ingest.ts (main thread) and ingest.worker.ts. */
export interface IngestWorkerInput {
  sourcePath: string;
  partialPath: string;
  /** X25519 public key of the testimony's age identity: ingest never needs a secret key. */
  recipient: Uint8Array;
  /** Name as given by the user, only to compare its extension with the content. */
  fileName: string;
}

export type IngestWorkerMessage =
  | { type: 'progress'; bytesDone: number }
  | { type: 'done'; size: number; sha256: string; sha512: string; contentType: string }
  | { type: 'error'; code: ErrorCode; message: string; details?: ErrorDetails };

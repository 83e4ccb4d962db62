import type { MessagePort } from 'node:worker_threads';
import type { ErrorCode, ErrorDetails } from '../../../shared/errors';
import type { Inspection } from './inspect/types';

/** Messages between media/ingest.ts (main thread), ingest.worker.ts and hash.worker.ts. */
export interface IngestWorkerInput {
  /** A file the user chose, or the journal of a recording made in the app. */
  source: { kind: 'file'; path: string } | { kind: 'journal'; path: string; recordingId: string; key: Uint8Array };
  partialPath: string;
  /** X25519 public key of the testimony's age identity: ingest never needs a secret key. */
  recipient: Uint8Array;
  /** Name as given by the user, only to compare its extension with the content. */
  fileName: string;
  /** Read buffers shared with the hash worker: `slots` pieces of `slotSize` bytes. */
  shared: SharedArrayBuffer;
  slotSize: number;
  /** To the hash worker: pieces to hash go out, freed slots come back. */
  hashPort: MessagePort;
}

/** What a media worker reports when it fails: a VaultError, flattened to cross the thread. */
export interface WorkerErrorMessage {
  type: 'error';
  code: ErrorCode;
  message: string;
  details?: ErrorDetails;
}

export type IngestWorkerMessage =
  | { type: 'progress'; bytesDone: number }
  /** `contentType` is the inspector's, when it knew better than the first bytes (an MP4 of sound only is audio/mp4). */
  | { type: 'done'; size: number; contentType: string; inspection: Inspection }
  | WorkerErrorMessage;

export interface HashWorkerResult {
  sha256: string;
  sha512: string;
  size: number;
}

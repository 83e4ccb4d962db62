import type { BuiltPeaks } from '../../../../../shared/media/peaks/peaks-builder';

/**
 * Messages between the page and the waveform worker. The worker has no window.vault: it asks
 * the page for byte ranges (`read`), which the page answers with `media.readRange`.
 */
export type ToWorker =
  | { type: 'start'; size: number; blockSize: number }
  | { type: 'data'; id: number; bytes: ArrayBuffer };

export type FromWorker =
  | { type: 'read'; id: number; start: number; length: number }
  | { type: 'progress'; fraction: number }
  | { type: 'done'; peaks: BuiltPeaks }
  | { type: 'failed'; failure: PeaksFailure };

/**
 * Why there is no waveform. `unavailable` is a property of the file (a format or codec not
 * read here, damage, no audio) or of the browser (no WebCodecs): trying again will not help.
 * `error` is anything else (a bug, a decoder crash) and says what it was.
 */
export type UnavailableReason = 'unsupported' | 'damaged' | 'empty' | 'too-large' | 'no-decoder';
export type PeaksFailure = { kind: 'unavailable'; reason: UnavailableReason; message: string } | { kind: 'error'; message: string };

/** Thrown by the pipeline, turned into a `failed` message (or a rejected job on the page). */
export class PeaksFailureError extends Error {
  constructor(readonly failure: PeaksFailure) {
    super(failure.message);
    this.name = 'PeaksFailureError';
  }
}

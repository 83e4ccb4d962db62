import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '../workers/spawn';
import type { VerifyJob, VerifyWorkerInput, VerifyWorkerMessage } from '../media/export-protocol';
import type { VerifyOutcome } from './fixity-plan';

interface Pending {
  jobId: number;
  resolve: (outcome: VerifyOutcome) => void;
  reject: (error: Error) => void;
  onProgress: (bytesDone: number) => void;
}

/**
 * One decrypt worker in `verify` mode, checking one blob at a time. The identity is copied
 * into the worker's message and wiped here at once; the worker wipes its copy after use, so
 * each thread holds at most the identity of the blob it is reading.
 */
export class BlobVerifier {
  private readonly worker: Worker;
  private pending: Pending | null = null;
  private failure: Error | null = null;
  private nextJob = 0;

  constructor() {
    this.worker = spawnWorker('decrypt', { mode: 'verify' } satisfies VerifyWorkerInput);
    this.worker.on('message', (message: VerifyWorkerMessage) => this.receive(message));
    this.worker.on('error', (error: Error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the fixity worker stopped (exit code ${code})`)));
  }

  verify(blobPath: string, identity: Uint8Array, onProgress: (bytesDone: number) => void): Promise<VerifyOutcome> {
    if (this.failure !== null) {
      identity.fill(0);
      return Promise.reject(this.failure);
    }
    if (this.pending) {
      identity.fill(0);
      return Promise.reject(new Error('BlobVerifier checks one blob at a time.'));
    }
    const jobId = ++this.nextJob;
    return new Promise<VerifyOutcome>((resolve, reject) => {
      this.pending = { jobId, resolve, reject, onProgress };
      try {
        this.worker.postMessage({ jobId, blobPath, identity } satisfies VerifyJob);
      } finally {
        identity.fill(0);
      }
    });
  }

  /** Stops the worker; a check in progress rejects with `reason`. */
  async stop(reason: Error): Promise<void> {
    this.fail(reason);
    await this.worker.terminate();
  }

  private receive(message: VerifyWorkerMessage): void {
    const pending = this.pending;
    if (!pending || message.jobId !== pending.jobId) return;
    if (message.type === 'progress') {
      pending.onProgress(message.bytesDone);
      return;
    }
    this.pending = null;
    if (message.type === 'verified') pending.resolve({ ok: true, size: message.size, sha256: message.sha256, sha512: message.sha512 });
    else pending.resolve({ ok: false, problem: message.problem });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    const pending = this.pending;
    this.pending = null;
    pending?.reject(this.failure);
  }
}

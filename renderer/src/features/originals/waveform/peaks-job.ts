import type { VaultClient } from '../../../../../shared/contract/bridge';
import { MAX_RANGE_READ } from '../../../../../shared/contract/media-operations';
import type { RangeSource } from '../../../../../shared/media/demux/byte-reader';
import type { BuiltPeaks } from '../../../../../shared/media/peaks/peaks-builder';
import { decodePeaks } from './decode-peaks';
import { PeaksFailureError, type FromWorker, type ToWorker } from './protocol';
import { trustedWorkerUrl, workerAllowedByCsp } from './worker-policy';
import workerScript from './peaks.worker.ts?worker&url';

/** One read per round trip to core: the largest `media.readRange` answers. */
const BLOCK_SIZE = MAX_RANGE_READ;

export interface PeaksJobOptions {
  signal: AbortSignal;
  onProgress?: (fraction: number) => void;
  /** Where to decode; by default in a worker when the CSP allows one (worker-policy.ts). */
  mode?: 'worker' | 'page';
}

/** Reads an original's bytes through the vault, one range at a time. */
export function vaultSource(client: VaultClient, mediaId: string, size: number): RangeSource {
  return {
    size,
    read: async (start, length) => (await client.call('media.readRange', { mediaId, start, length: Math.min(length, MAX_RANGE_READ) })).data,
  };
}

function aborted(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('Cancelled.', 'AbortError');
}

/**
 * Computes the peaks of one original: decodes it in the waveform worker (the page only
 * relays byte ranges from the vault) or, where no worker may run, on the page.
 */
export function computePeaks(client: VaultClient, media: { id: string; size: number }, options: PeaksJobOptions): Promise<BuiltPeaks> {
  const mode = options.mode ?? (workerAllowedByCsp() ? 'worker' : 'page');
  if (mode === 'page') return computeOnPage(client, media, options);
  return computeInWorker(client, media, options);
}

async function computeOnPage(client: VaultClient, media: { id: string; size: number }, options: PeaksJobOptions): Promise<BuiltPeaks> {
  const source = vaultSource(client, media.id, media.size);
  let received = 0;
  const counted: RangeSource = {
    size: source.size,
    read: async (start, length) => {
      const bytes = await source.read(start, length);
      received += bytes.length;
      options.onProgress?.(Math.min(0.99, received / Math.max(1, media.size)));
      return bytes;
    },
  };
  return decodePeaks(counted, { signal: options.signal, blockSize: BLOCK_SIZE });
}

function computeInWorker(client: VaultClient, media: { id: string; size: number }, options: PeaksJobOptions): Promise<BuiltPeaks> {
  const { signal } = options;
  if (signal.aborted) return Promise.reject(aborted(signal));
  return new Promise<BuiltPeaks>((resolve, reject) => {
    const worker = new Worker(trustedWorkerUrl(new URL(workerScript, location.href)), { name: 'waveform' });
    const post = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
    const settle = (outcome: () => void) => {
      signal.removeEventListener('abort', onAbort);
      worker.terminate();
      outcome();
    };
    const onAbort = () => settle(() => reject(aborted(signal)));
    signal.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('error', (event) => settle(() => reject(new Error(`The waveform worker failed: ${event.message}`))));
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      switch (message.type) {
        case 'read':
          client.call('media.readRange', { mediaId: media.id, start: message.start, length: Math.min(message.length, MAX_RANGE_READ) }).then(
            ({ data }) => {
              // A copy of our own to hand over (transferred, not cloned): the answer may be a view.
              const bytes = data.slice().buffer;
              if (!signal.aborted) post({ type: 'data', id: message.id, bytes }, [bytes]);
            },
            (error: unknown) => settle(() => reject(error instanceof Error ? error : new Error(String(error)))),
          );
          break;
        case 'progress':
          options.onProgress?.(message.fraction);
          break;
        case 'done':
          settle(() => resolve(message.peaks));
          break;
        case 'failed':
          settle(() => reject(new PeaksFailureError(message.failure)));
          break;
      }
    });
    post({ type: 'start', size: media.size, blockSize: BLOCK_SIZE });
  });
}

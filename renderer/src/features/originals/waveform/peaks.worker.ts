import { decodePeaks } from './decode-peaks';
import { MessageSource } from './message-source';
import { PeaksFailureError, type FromWorker, type ToWorker } from './protocol';

/**
 * The waveform worker: demuxes and decodes one original off the page's thread and answers
 * its peaks. One worker per computation; the page terminates it to cancel.
 */
interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
let source: MessageSource | null = null;

function reportProgress(): () => void {
  let last = -1;
  const timer = setInterval(() => {
    if (!source || source.size === 0) return;
    const fraction = Math.min(0.99, source.received / source.size);
    if (fraction - last >= 0.01) {
      last = fraction;
      scope.postMessage({ type: 'progress', fraction });
    }
  }, 200);
  return () => clearInterval(timer);
}

async function run(size: number, blockSize: number): Promise<void> {
  source = new MessageSource(size, (id, start, length) => scope.postMessage({ type: 'read', id, start, length }));
  const stop = reportProgress();
  try {
    const peaks = await decodePeaks(source, { blockSize });
    scope.postMessage({ type: 'done', peaks }, [peaks.data.buffer]);
  } catch (error) {
    const failure = error instanceof PeaksFailureError ? error.failure : { kind: 'error' as const, message: error instanceof Error ? error.message : String(error) };
    scope.postMessage({ type: 'failed', failure });
  } finally {
    stop();
  }
}

scope.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'start' && !source) void run(message.size, message.blockSize);
  else if (message.type === 'data') source?.answer(message.id, message.bytes);
});

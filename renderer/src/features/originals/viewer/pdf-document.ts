import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist';

/**
 * pdf.js under the app's CSP. Its worker cannot start: `new Worker(url)` is a Trusted Types
 * sink and the CSP allows no policy (`trusted-types 'none'`). pdf.js's documented way around a
 * missing worker is its "fake worker": when `globalThis.pdfjsWorker` holds the worker module,
 * the worker's code runs in the page, talking over an in-memory port (PDFWorker,
 * `#mainThreadWorkerMessageHandler`). Both modules are loaded on first use only (their own
 * chunks, from our origin, allowed by `script-src 'self'`), so the app starts no slower.
 * `isEvalSupported: false` keeps pdf.js from probing `new Function` (the CSP has no
 * 'unsafe-eval'); fonts come from the PDF itself as FontFace data (no fetch: the CSP has no
 * connect-src), and standard fonts a PDF does not embed fall back to the system's.
 */
type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | null = null;

function pdfjs(): Promise<PdfJs> {
  loading ??= (async () => {
    const [api, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.mjs')]);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return api;
  })();
  // A failed load (a chunk that did not arrive) may be tried again later.
  loading.catch(() => (loading = null));
  return loading;
}

/** Bytes of the PDF on demand: `[begin, end)`. */
export type RangeSource = (begin: number, end: number) => Promise<Uint8Array>;

/** How much pdf.js asks for at once: one `media.readRange` answer is up to 4 MiB. */
const CHUNK = 1024 * 1024;

export interface OpenedPdf {
  pdf: PDFDocumentProxy;
  close(): Promise<void>;
}

/** A PDF up to this size is read whole (one answer path, nothing to wait for); larger ones by range. */
const WHOLE = 16 * 1024 * 1024;

/**
 * Opens a PDF of `size` bytes read through `read`. A large one (a 500-page scan) is read by
 * range: only the parts pdf.js needs (the cross-reference table, the pages shown) are
 * decrypted, so it opens at once and never sits whole in memory. `onReadError` hears of a
 * range that could not be read.
 */
export async function openPdf(size: number, read: RangeSource, onReadError: (error: unknown) => void): Promise<OpenedPdf> {
  const api = await pdfjs();
  const common = {
    isEvalSupported: false,
    enableXfa: false,
    // Nothing may be fetched: no CMaps, standard fonts or wasm decoders from anywhere.
    useWorkerFetch: false,
    useWasm: false,
    stopAtErrors: false,
  };
  let task: PDFDocumentLoadingTask;
  if (size <= WHOLE) {
    task = api.getDocument({ ...common, data: await read(0, size) });
  } else {
    class VaultRange extends api.PDFDataRangeTransport {
      override requestDataRange(begin: number, end: number): void {
        read(begin, end).then(
          (chunk) => this.onDataRange(begin, chunk),
          (error: unknown) => onReadError(error),
        );
      }
    }
    const first = await read(0, CHUNK);
    // progressiveDone: nothing comes but the ranges asked for; pdf.js must not wait for a stream.
    const range = new VaultRange(size, first, true);
    task = api.getDocument({ ...common, range, length: size, rangeChunkSize: CHUNK, disableAutoFetch: true, disableStream: true });
  }
  const pdf = await task.promise;
  return { pdf, close: () => task.destroy() };
}

/** Draws page `number` (1-based) at `scale` CSS pixels per PDF point into `canvas`, sharp on high-density screens. */
export async function renderPdfPage(pdf: PDFDocumentProxy, number: number, scale: number, canvas: HTMLCanvasElement, signal: AbortSignal): Promise<{ width: number; height: number }> {
  const page = await pdf.getPage(number);
  const ratio = globalThis.devicePixelRatio || 1;
  const viewport = page.getViewport({ scale });
  const pixels = page.getViewport({ scale: scale * ratio });
  if (signal.aborted) return { width: viewport.width, height: viewport.height };
  canvas.width = Math.floor(pixels.width);
  canvas.height = Math.floor(pixels.height);
  canvas.style.width = `${Math.floor(viewport.width)}px`;
  canvas.style.height = `${Math.floor(viewport.height)}px`;
  const task = page.render({ canvas, viewport: pixels });
  const cancel = () => task.cancel();
  signal.addEventListener('abort', cancel, { once: true });
  try {
    await task.promise;
  } finally {
    signal.removeEventListener('abort', cancel);
  }
  return { width: viewport.width, height: viewport.height };
}

/** The size of page `number` at scale 1 (PDF points), for fitting it to the viewer's width. */
export async function pdfPageSize(pdf: PDFDocumentProxy, number: number): Promise<{ width: number; height: number }> {
  const page = await pdf.getPage(number);
  const { width, height } = page.getViewport({ scale: 1 });
  return { width, height };
}

import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { build } from 'esbuild';
import { toJsonText } from '../harness/binary-json';
import { launchChromium } from '../harness/chromium';
import { MiB, round } from './measure';
import { ChromiumMemory } from './originals-memory';

/**
 * Where the renderer's memory goes while it computes peaks: the app's own decodePeaks
 * (renderer/src/features/originals/waveform/decode-peaks.ts), bundled alone into a blank page,
 * on the same file, with its bytes brought two ways:
 * - `fetch`: HTTP Range requests to a loopback server: bytes reach the renderer as Electron's
 *   IPC brings them, in binary, outside the JavaScript heap;
 * - `harnessBinding`: the e2e harness's transport (a Playwright binding answering JSON text
 *   with the bytes in base64, decoded in the page), the way the app's page gets them in the
 *   benchmark above.
 * The difference is the test transport's, not the app's.
 */
const root = path.resolve(import.meta.dirname, '../..');

const ENTRY = `
import { decodePeaks } from './renderer/src/features/originals/waveform/decode-peaks';
import { fromJsonText } from './tests/harness/binary-json';
const BLOCK = 4 * 1024 * 1024;
globalThis.__decode = async (mode, size) => {
  const read = mode === 'fetch'
    ? async (start, length) => {
        const response = await fetch('/audio', { headers: { range: 'bytes=' + start + '-' + (Math.min(size, start + length) - 1) } });
        return new Uint8Array(await response.arrayBuffer());
      }
    : async (start, length) => fromJsonText(await globalThis.__benchRead(start, Math.min(length, BLOCK))).data;
  const started = performance.now();
  const peaks = await decodePeaks({ size, read }, { blockSize: BLOCK });
  return { ms: performance.now() - started, durationSeconds: peaks.durationSeconds, bytes: peaks.data.byteLength };
};
`;

async function bundle(): Promise<string> {
  const result = await build({ stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' }, bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', write: false, logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

/** Serves the page, the bundle and the file (with Range) on loopback. */
function serve(file: string, size: number, script: string): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.url === '/') return response.end('<!doctype html><title>decode</title><script src="/decode.js"></script>');
    if (request.url === '/decode.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    if (request.url !== '/audio') return response.writeHead(404).end();
    const match = /bytes=(\d+)-(\d+)/.exec(request.headers.range ?? '');
    const start = match ? Number(match[1]) : 0;
    const end = match ? Math.min(Number(match[2]), size - 1) : size - 1;
    response.writeHead(206, { 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': String(end - start + 1), 'cache-control': 'no-store' });
    createReadStream(file, { start, end }).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export interface IsolatedDecode {
  ms: number;
  rendererStartRssMiB: number;
  rendererPeakRssMiB: number;
  pageJsHeapPeakMiB: number;
  pageJsHeapAfterGcMiB: number;
}

export async function decodeIsolated(file: string): Promise<Record<'fetch' | 'harnessBinding', IsolatedDecode>> {
  const { size } = await stat(file);
  const server = await serve(file, size, await bundle());
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await launchChromium();
  try {
    const out: Partial<Record<'fetch' | 'harnessBinding', IsolatedDecode>> = {};
    for (const mode of ['fetch', 'harnessBinding'] as const) {
      // A context (and so a renderer) of its own for each way.
      const context = await browser.newContext();
      const page = await context.newPage();
      const handle = await open(file, 'r');
      await page.exposeBinding('__benchRead', async (_source, start: number, length: number) => {
        const data = new Uint8Array(length);
        const { bytesRead } = await handle.read(data, 0, length, start);
        return toJsonText({ data: data.subarray(0, bytesRead) }, (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'));
      });
      await page.goto(`${origin}/`);
      const memory = new ChromiumMemory(await context.newCDPSession(page));
      await memory.start();
      const result = await page.evaluate<{ ms: number }>(`globalThis.__decode(${JSON.stringify(mode)}, ${size})`);
      const peak = await memory.stop();
      await handle.close();
      await context.close();
      out[mode] = {
        ms: round(result.ms),
        rendererStartRssMiB: round(peak.rendererStartRssBytes / MiB, 1),
        rendererPeakRssMiB: round(Math.max(peak.rendererHwmBytes, peak.rendererPeakRssBytes) / MiB, 1),
        pageJsHeapPeakMiB: round(peak.pageJsHeapPeakBytes / MiB, 1),
        pageJsHeapAfterGcMiB: round(peak.pageJsHeapAfterGcBytes / MiB, 1),
      };
    }
    return out as Record<'fetch' | 'harnessBinding', IsolatedDecode>;
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

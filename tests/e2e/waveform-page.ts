import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import type { MediaItem } from '../../shared/domain/media';
import type { VaultApi, VaultApiOptions } from '../../electron/core/api';
import { createVaultApi } from '../../electron/core/api';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const PAGE_SOURCE = 'renderer/src/features/originals/waveform/dev/peaks-test.html';
/** Where the page appears on the app's origin (so the bridge accepts its calls). */
const URL_PREFIX = '/__waveform-test/';
const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** What the test page reports (renderer/src/features/originals/waveform/dev/peaks-test-page.tsx). */
export interface PeaksSummary {
  status: 'loading' | 'computing' | 'ready' | 'unavailable' | 'error';
  seen: string[];
  reason?: string;
  message?: string;
  stored?: boolean;
  bucketsPerSecond?: number;
  channels?: number;
  durationSeconds?: number;
  data?: number[];
}

export interface WaveformPages {
  /** Paths of the page with the app's CSP exactly, and with the worker's policy named in it. */
  appCsp: string;
  workerCsp: string;
  remove(): Promise<void>;
}

/**
 * Builds the waveform test page with the app's Vite config (its own process, production React,
 * as renderer-build.ts does) into a temp folder, and serves it on the app's origin to this
 * browser context (page routes, not dist/renderer: other test runs rebuild that folder). Two
 * copies of the page: one with the app's CSP exactly, one whose Trusted Types directive also
 * names the worker's policy (what the app's CSP needs for the worker to run: worker-policy.ts).
 */
export async function serveWaveformPage(context: BrowserContext, origin: string, workerPolicy: string): Promise<WaveformPages> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'tv-waveform-page-'));
  const script = `
    const { build } = await import('vite');
    await build({ configFile: 'renderer/vite.config.ts', logLevel: 'warn', build: { outDir: ${JSON.stringify(outDir)}, emptyOutDir: true, rollupOptions: { input: ${JSON.stringify(PAGE_SOURCE)} } } });
  `;
  await run(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
  const pageDir = path.join(outDir, path.dirname(path.relative('renderer', PAGE_SOURCE)));
  const html = await readFile(path.join(pageDir, 'peaks-test.html'), 'utf8');
  if (!/trusted-types [^;"]*/.test(html)) throw new Error('The built test page has no Trusted Types directive to extend.');
  await writeFile(path.join(pageDir, 'peaks-test-worker.html'), html.replace(/trusted-types [^;"]*/, `trusted-types ${workerPolicy}`));
  // The context's routes also see the worker's script request.
  await context.route(`${origin}${URL_PREFIX}**`, async (route) => {
    const file = path.join(outDir, new URL(route.request().url()).pathname.slice(URL_PREFIX.length));
    if (!file.startsWith(outDir + path.sep)) return route.fulfill({ status: 404 });
    const body = await readFile(file).catch(() => null);
    return body ? route.fulfill({ status: 200, body, headers: { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' } }) : route.fulfill({ status: 404 });
  });
  const base = `${URL_PREFIX}${path.relative(outDir, pageDir)}`;
  return { appCsp: `${base}/peaks-test.html`, workerCsp: `${base}/peaks-test-worker.html`, remove: () => rm(outDir, { recursive: true, force: true }) };
}

/** The real core, with a count of every operation the page asked for (to prove what did not happen). */
export function countingApi(counts: Map<string, number>): (options: VaultApiOptions) => VaultApi {
  return (options) => {
    const api = createVaultApi(options);
    return {
      ...api,
      dispatch: async (operation, input) => {
        counts.set(String(operation), (counts.get(String(operation)) ?? 0) + 1);
        return api.dispatch(operation, input);
      },
    };
  };
}

type Probe = { showPeaks(media: unknown): Promise<PeaksSummary>; compute(media: unknown, mode: string): Promise<PeaksSummary> };

/** Mounts the real usePeaks hook on the test page for one original, until it settles. */
export function showPeaks(page: Page, media: MediaItem): Promise<PeaksSummary> {
  return page.evaluate((m) => (globalThis as unknown as { __tvPeaksTest: Probe }).__tvPeaksTest.showPeaks(m), { id: media.id, kind: media.kind, size: media.size });
}

/** computePeaks in the worker or on the page, without the hook and without saving. */
export function computeIn(page: Page, media: MediaItem, mode: 'worker' | 'page'): Promise<PeaksSummary> {
  return page.evaluate(([m, where]) => (globalThis as unknown as { __tvPeaksTest: Probe }).__tvPeaksTest.compute(m, where), [{ id: media.id, kind: media.kind, size: media.size }, mode] as const);
}

/** Int8 values of stored peaks, as the page reports them. */
export function int8(data: Uint8Array): number[] {
  return [...new Int8Array(data.buffer, data.byteOffset, data.byteLength)];
}

import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createVaultApi, type VaultApi, type VaultApiOptions } from '../../electron/core/api';
import { failure, type Envelope } from '../../shared/contract/envelope';
import { DROP_IMPORT_CHANNEL, EVENT_CHANNEL_PREFIX, INVOKE_CHANNEL_PREFIX } from '../../shared/contract/names';
import { MEDIA_HOST, MEDIA_SCHEME } from '../../shared/contract/schemes';
import { VaultError } from '../../shared/errors';
import { launchChromium, type LaunchOptions } from './chromium';
import { fromJsonText, toJsonText } from './binary-json';
import { DROP_REGISTER_FUNCTION, EMIT_FUNCTION, INVOKE_BINDING } from './electron-shim';
import { bundlePreload } from './preload-bundle';
import { buildRenderer } from './renderer-build';
import { ScriptedHost } from './scripted-host';
import { startStaticServer, type StaticServer } from './static-server';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const RENDERER_DIR = path.join(ROOT, 'dist/renderer');
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results/e2e');

/** One vault (fresh temp folder, real core) shown in one page. */
export interface VaultPage {
  page: Page;
  api: VaultApi;
  host: ScriptedHost;
  /** Temp folder of this page (settings; the vault unless an existing one was given); also a place for the test's own files. */
  dir: string;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
  /** Loads (or reloads) the app, as opening the window does. */
  open(): Promise<void>;
  /** Saves a full-page PNG under test-results/e2e/ and returns its path. */
  screenshot(name: string): Promise<string>;
  /**
   * Says which File names dropped in the (already open) page stand for real files, and where
   * they are: the shim's webUtils.getPathForFile answers these paths, and '' for any other
   * File, as Electron does for a File made by page script.
   */
  registerDroppedFiles(files: Readonly<Record<string, string>>): Promise<void>;
  close(): Promise<void>;
}

/** Options of one vault page. */
export interface NewVaultOptions {
  /**
   * An existing vault folder to open (made beforehand, e.g. with core's createVault) instead
   * of a new empty one. It is left where it is on close(); the caller removes it.
   */
  vaultDir?: string;
}

export interface E2E {
  browser: Browser;
  server: StaticServer;
  newVault(options?: NewVaultOptions): Promise<VaultPage>;
  close(): Promise<void>;
}

export interface E2EOptions extends LaunchOptions {
  /** Builds the core under test; the real createVaultApi unless a test says otherwise. */
  createApi?: (options: VaultApiOptions) => VaultApi;
}

/**
 * Starts the pieces DESIGN.md describes: the built renderer on a loopback server, a Chromium,
 * and per vault the real core in this process, bridged into the page in place of Electron IPC.
 */
export async function launchE2E(options: E2EOptions = {}): Promise<E2E> {
  const [preload] = await Promise.all([bundlePreload(), buildRenderer()]);
  const server = await startStaticServer(RENDERER_DIR);
  const browser = await launchChromium(options).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const vaults = new Set<VaultPage>();
  return {
    browser,
    server,
    async newVault(vaultOptions = {}) {
      const vault = await openVaultPage(browser, server, preload, options.createApi ?? createVaultApi, vaultOptions);
      vaults.add(vault);
      return vault;
    },
    async close() {
      for (const vault of vaults) await vault.close();
      await browser.close();
      await server.close();
    },
  };
}

/** Where the page finds media in the harness (see toHarnessMediaUrl). */
export const HARNESS_MEDIA_PATH = '/__vault-media__/';

/**
 * Electron registers vault-media:// as a *standard* scheme (electron/main/protocols.ts), so its
 * URLs have a real origin. Plain Chromium cannot register schemes: there vault-media:// URLs
 * get an opaque origin, and two opaque origins are never the same. Chromium's media loader
 * checks that every range answer after the first comes from the origin of the first
 * (ResourceMultiBufferDataProvider, "This test is vital for security!"), so the second Range
 * request of every playback failed (net::ERR_ABORTED, then PIPELINE_ERROR_READ): playback
 * stopped at the first seek or at the end of the first answer. Only the address is swapped:
 * the page gets a same-origin path carrying the same token and media id, and the route hands
 * core the vault-media:// URL it made, so token checks, Range handling and decryption are
 * core's own. (The CSP's `media-src vault-media:` is checked by tests/unit/electron/main.)
 */
function toHarnessMediaUrl(envelope: Envelope<unknown>, origin: string): Envelope<unknown> {
  if (!envelope.ok) return envelope;
  const { url } = envelope.value as { url: string };
  const prefix = `${MEDIA_SCHEME}://${MEDIA_HOST}/`;
  if (!url.startsWith(prefix)) return envelope;
  return { ok: true, value: { url: `${origin}${HARNESS_MEDIA_PATH}${url.slice(prefix.length)}` } };
}

function fromHarnessMediaUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol === `${MEDIA_SCHEME}:`) return url;
  return `${MEDIA_SCHEME}://${MEDIA_HOST}/${parsed.pathname.slice(HARNESS_MEDIA_PATH.length)}`;
}

async function openVaultPage(
  browser: Browser,
  server: StaticServer,
  preload: string,
  createApi: (options: VaultApiOptions) => VaultApi,
  { vaultDir }: NewVaultOptions,
): Promise<VaultPage> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tv-e2e-'));
  const host = new ScriptedHost();
  const api = createApi({ vaultDir: vaultDir ?? path.join(dir, 'vault'), settingsFile: path.join(dir, 'settings.json'), host });
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-US' });
  const page = await context.newPage();
  const problems: string[] = [];

  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));

  // What Electron's main does for every invoke: only our main frame, only tv:op: channels and the drop-import channel.
  await page.exposeBinding(INVOKE_BINDING, async (source, channel: unknown, payload: unknown) => {
    // Both ways as JSON text with tagged bytes (binary-json.ts, electron-shim.ts say why).
    const answer = (envelope: unknown) => toJsonText(envelope, (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')) ?? 'null';
    if (source.frame !== page.mainFrame() || !source.frame.url().startsWith(`${server.origin}/`)) {
      return answer(failure(new VaultError('FORBIDDEN_SENDER', 'This request did not come from the app window.')));
    }
    const input = typeof payload === 'string' ? fromJsonText(payload, (text) => new Uint8Array(Buffer.from(text, 'base64'))) : undefined;
    if (channel === DROP_IMPORT_CHANNEL) return answer(await api.importDroppedFiles(input));
    if (typeof channel !== 'string' || !channel.startsWith(INVOKE_CHANNEL_PREFIX)) {
      return answer(failure(new VaultError('UNKNOWN_OPERATION', 'Unknown channel.')));
    }
    const operation = channel.slice(INVOKE_CHANNEL_PREFIX.length);
    const envelope = await api.dispatch(operation, input);
    return answer(operation === 'media.playbackUrl' ? toHarnessMediaUrl(envelope, server.origin) : envelope);
  });

  host.connect((event, payload) => {
    page
      .evaluate(
        ([fn, channel, data]) => {
          const emit = (globalThis as unknown as Record<string, (c: string, p: unknown) => void>)[fn];
          emit?.(channel, data);
        },
        [EMIT_FUNCTION, `${EVENT_CHANNEL_PREFIX}${event}`, payload] as const,
      )
      // The page may be closing or navigating; an event lost then has nowhere to go anyway.
      .catch(() => undefined);
  });

  // vault-media:// addresses (as core makes them) and their same-origin stand-ins (see
  // toHarnessMediaUrl) are both answered by core's range reader, with the vault-media:// URL.
  await page.route(
    (url) => url.protocol === `${MEDIA_SCHEME}:` || (url.origin === server.origin && url.pathname.startsWith(HARNESS_MEDIA_PATH)),
    async (route) => {
      const request = route.request();
      const answer = await api.serveMedia(fromHarnessMediaUrl(request.url()), (await request.headerValue('range')) ?? null, request.method());
      await route.fulfill({ status: answer.status, headers: answer.headers, body: answer.body ? Buffer.from(answer.body) : '' });
    },
  );

  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));\n${preload}`,
  });

  let closed = false;
  const vault: VaultPage = {
    page,
    api,
    host,
    dir,
    problems,
    async open() {
      await page.goto(`${server.origin}/index.html`);
      const bridged = await page.evaluate(() => typeof (globalThis as { vault?: unknown }).vault === 'object');
      if (!bridged) throw new Error('The preload did not expose window.vault in the test page.');
    },
    async screenshot(name) {
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async registerDroppedFiles(files) {
      await page.evaluate(
        ([fn, entries]) => {
          const register = (globalThis as unknown as Record<string, (name: string, path: string) => void>)[fn];
          for (const [name, path] of entries) register?.(name, path);
        },
        [DROP_REGISTER_FUNCTION, Object.entries(files)] as const,
      );
    },
    async close() {
      if (closed) return;
      closed = true;
      await context.close();
      await api.close();
      // The host may have started a browser of its own to print PDFs.
      await host.dispose();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return vault;
}

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveRendererFile } from '../../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY_HEADER as CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '../../../../shared/contract/csp';

let root: string;
let rendererDir: string;
let serve: (request: Request) => Promise<Response>;
const SECRET = 'outside the renderer folder';

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'tv-app-protocol-'));
  rendererDir = path.join(root, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Testimony Vault</title>');
  await writeFile(path.join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(rendererDir, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(path.join(root, 'secret.txt'), SECRET);
  await writeFile(path.join(root, 'renderer-evil.txt'), SECRET);
  serve = createAppProtocolHandler(rendererDir);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function get(url: string, method = 'GET'): Promise<Response> {
  return serve(new Request(url, { method }));
}

describe('app:// protocol', () => {
  it("sends as a header the renderer's own <meta> CSP, plus what only a header can say", async () => {
    // The page's meta is written from the same constant by the Vite build.
    const config = await readFile(path.resolve(import.meta.dirname, '../../../../renderer/vite.config.ts'), 'utf8');
    expect(config).toContain('CONTENT_SECURITY_POLICY_META');
    expect(CONTENT_SECURITY_POLICY.startsWith(`${CONTENT_SECURITY_POLICY_META}; `)).toBe(true);
    expect(CONTENT_SECURITY_POLICY.slice(CONTENT_SECURITY_POLICY_META.length)).toBe("; frame-ancestors 'none'");
  });

  it('serves the renderer entry with a strict CSP', async () => {
    const response = await get('app://testimony-vault/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Testimony Vault</title>');
    const csp = response.headers.get('content-security-policy');
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('has a CSP without unsafe-eval or unsafe-inline that allows nothing from the network', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(eval|inline|hashes)|wasm-unsafe-eval|\*/);
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('media-src')).toEqual(["'self'", 'blob:', 'vault-media:']);
    expect(directives.get('connect-src')).toBeUndefined();
    expect(directives.get('require-trusted-types-for')).toEqual(["'script'"]);
    for (const values of directives.values()) for (const value of values) expect(value).not.toMatch(/^(https?|wss?):/);
  });

  it('serves "/" as index.html and assets with their content type', async () => {
    expect(await (await get('app://testimony-vault/')).text()).toContain('Testimony Vault');
    const script = await get('app://testimony-vault/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    expect((await get('app://testimony-vault/assets/font.woff2')).headers.get('content-type')).toBe('font/woff2');
  });

  it('falls back to index.html for a client-side route but not for a missing asset', async () => {
    expect(await (await get('app://testimony-vault/testimonies/42')).text()).toContain('Testimony Vault');
    expect((await get('app://testimony-vault/assets/missing.js')).status).toBe(404);
  });

  it.each([
    'app://testimony-vault/../secret.txt',
    'app://testimony-vault/%2e%2e/secret.txt',
    'app://testimony-vault/%2E%2E/secret.txt',
    'app://testimony-vault/assets/..%2f..%2fsecret.txt',
    'app://testimony-vault/..%5csecret.txt',
    'app://testimony-vault/%2e%2e%5csecret.txt',
    'app://testimony-vault/assets/%2e%2e/%2e%2e/secret.txt',
    'app://testimony-vault/..%2frenderer-evil.txt',
    `app://testimony-vault/${encodeURIComponent(path.join(os.tmpdir(), 'x'))}`,
    'app://testimony-vault/index.html%00.js',
    'app://testimony-vault/%E0%A4%A',
  ])('never serves a file outside the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect(await response.text()).not.toContain(SECRET);
    expect([200, 404]).toContain(response.status);
    if (response.status === 200) expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('refuses traversal before touching the file system', () => {
    expect(resolveRendererFile(rendererDir, 'app://testimony-vault/..%2fsecret.txt')).toBeNull();
    expect(resolveRendererFile(rendererDir, 'app://testimony-vault/a%5c..%5c..%5csecret.txt')).toBeNull();
    expect(resolveRendererFile(rendererDir, 'app://testimony-vault/index.html%00')).toBeNull();
    expect(resolveRendererFile(rendererDir, 'app://testimony-vault/assets/index-abc.js')).toBe(path.join(rendererDir, 'assets', 'index-abc.js'));
  });

  it('answers only for its own host and for GET/HEAD', async () => {
    expect((await get('app://other-host/index.html')).status).toBe(404);
    expect((await get('app://testimony-vault:1234/index.html')).status).toBe(404);
    expect((await get('app://testimony-vault/index.html', 'POST')).status).toBe(405);
    const head = await get('app://testimony-vault/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

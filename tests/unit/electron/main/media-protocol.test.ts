import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { unwrap } from '../../../../shared/contract/envelope';
import type { OperationOutput } from '../../../../shared/contract/operations';
import type { Host } from '../../../../electron/core/host';
import { createVaultApi, type VaultApi } from '../../../../electron/core/api';
import { FakeSession } from '../../../mocks/electron';
import { handleProtocols } from '../../../../electron/main/protocols';

vi.mock('electron', () => import('../../../mocks/electron'));

/** A small but real WAV file: 16-bit mono PCM, several age chunks (64 KiB) long. */
function wavFile(dataBytes: number): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(16_000, 24);
  header.writeUInt32LE(32_000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataBytes, 40);
  const samples = Buffer.alloc(dataBytes);
  for (let i = 0; i < dataBytes; i += 1) samples[i] = (i * 131 + (i >> 9)) & 0xff;
  return Buffer.concat([header, samples]);
}

let root: string;
let api: VaultApi;
let original: Buffer;
let url: string;
let serve: (request: Request) => Promise<Response> | Response;

async function call<T>(operation: string, input: unknown): Promise<T> {
  return unwrap<T>(await api.dispatch(operation, input));
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'tv-media-protocol-'));
  original = wavFile(200_000);
  const source = path.join(root, 'interview.wav');
  await writeFile(source, original);
  const host: Host = { pickImportFiles: () => Promise.resolve([source]), pickSavePath: () => Promise.resolve(null), pickFolder: () => Promise.resolve(null), emit: () => undefined };
  api = createVaultApi({ vaultDir: path.join(root, 'vault'), settingsFile: path.join(root, 'settings.json'), host });
  await call('vault.create', { passphrase: 'correct horse battery staple' });
  const testimony = await call<OperationOutput<'testimonies.create'>>('testimonies.create', { code: 'T-0001', title: 'Protocol test' });
  const imported = await call<OperationOutput<'media.import'>>('media.import', { testimonyId: testimony.id });
  const result = imported.results[0];
  if (!result?.ok) throw new Error(`import failed: ${JSON.stringify(result)}`);
  url = (await call<OperationOutput<'media.playbackUrl'>>('media.playbackUrl', { mediaId: result.media.id })).url;

  const ses = new FakeSession('testimony-vault', undefined);
  handleProtocols(ses as unknown as Session, { rendererDir: path.join(root, 'renderer'), api });
  const handler = ses.protocolHandlers.get('vault-media');
  if (!handler) throw new Error('vault-media:// was not handled on the window session');
  serve = handler;
});

afterAll(async () => {
  await api?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

async function get(range: string | null, method = 'GET'): Promise<Response> {
  return serve(new Request(url, { method, headers: range === null ? {} : { Range: range } }));
}

describe('vault-media:// through the real core', () => {
  it('answers an open-ended range with 206, Content-Range and exactly those bytes', async () => {
    const start = 100_003;
    const response = await get(`bytes=${start}-`);
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes ${start}-${original.length - 1}/${original.length}`);
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toBe('audio/wav');
    expect(Buffer.from(await response.arrayBuffer()).equals(original.subarray(start))).toBe(true);
  });

  it('answers a range across a 64 KiB chunk boundary and the very last byte', async () => {
    const crossing = await get('bytes=65530-65545');
    expect(crossing.status).toBe(206);
    expect(crossing.headers.get('content-range')).toBe(`bytes 65530-65545/${original.length}`);
    expect(Buffer.from(await crossing.arrayBuffer()).equals(original.subarray(65530, 65546))).toBe(true);
    const last = await get(`bytes=${original.length - 1}-`);
    expect(last.status).toBe(206);
    expect(Buffer.from(await last.arrayBuffer())).toEqual(original.subarray(original.length - 1));
  });

  it('answers 416 with the size for a range that starts at or past the end', async () => {
    for (const range of [`bytes=${original.length}-`, `bytes=${original.length + 10_000}-`]) {
      const response = await get(range);
      expect(response.status).toBe(416);
      expect(response.headers.get('content-range')).toBe(`bytes */${original.length}`);
      expect((await response.arrayBuffer()).byteLength).toBe(0);
    }
  });

  it('answers a request without Range with the whole file', async () => {
    const response = await get(null);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(original)).toBe(true);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('bytes=0-', 'HEAD');
    expect(response.status).toBe(206);
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it('serves nothing for a forged token, and nothing once the vault is locked', async () => {
    const forged = url.replace(/media\/[^/]+\//, 'media/forged-token/');
    expect(forged).not.toBe(url);
    expect((await serve(new Request(forged))).status).toBe(404);
    await api.lock('user');
    const response = await get('bytes=0-');
    expect(response.status).toBe(404);
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });
});

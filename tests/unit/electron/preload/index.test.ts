import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VaultBridge } from '../../../../shared/contract/bridge';
import { DROP_IMPORT_CHANNEL, EVENT_NAMES, OPERATION_NAMES } from '../../../../shared/contract/names';
import { contextBridge, droppedFilePaths, exposedInMainWorld, ipcRenderer } from '../../../mocks/electron';

vi.mock('electron', () => import('../../../mocks/electron'));

let vault: VaultBridge;

beforeAll(async () => {
  await import('../../../../electron/preload/index');
  vault = exposedInMainWorld.get('vault') as VaultBridge;
});

beforeEach(() => {
  ipcRenderer.invoke.mockReset();
  ipcRenderer.removeAllListeners();
});

describe('preload bridge', () => {
  it('exposes one object, window.vault, made of invoke, on and importDropped only', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect([...exposedInMainWorld.keys()]).toEqual(['vault']);
    expect(Object.keys(vault).sort()).toEqual(['importDropped', 'invoke', 'on']);
    expect(Object.values(vault).every((value) => typeof value === 'function')).toBe(true);
  });

  it('sends every contract operation on its tv:op: channel with the input as given', async () => {
    for (const operation of OPERATION_NAMES) {
      const input = { probe: operation };
      ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: operation });
      expect(await vault.invoke(operation, input)).toEqual({ ok: true, value: operation });
      expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(`tv:op:${operation}`, input);
    }
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(OPERATION_NAMES.length);
  });

  it.each(['vault.delete', '__proto__', 'constructor', 'tv:op:vault.status', DROP_IMPORT_CHANNEL, 'drop:import', '', 42, null, { toString: () => 'vault.status' }])(
    'answers UNKNOWN_OPERATION for %s without sending anything',
    async (operation) => {
      const answer = await vault.invoke(operation as never, {});
      expect(answer).toMatchObject({ ok: false, code: 'UNKNOWN_OPERATION' });
      expect(ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it('turns a failed invoke into an envelope instead of a rejection', async () => {
    ipcRenderer.invoke.mockRejectedValueOnce(new Error("No handler registered for 'tv:op:vault.status'"));
    await expect(vault.invoke('vault.status', {})).resolves.toMatchObject({ ok: false, code: 'INTERNAL' });
  });

  it('delivers event payloads without the IPC event, and unsubscribes', () => {
    for (const event of EVENT_NAMES) {
      const received: unknown[][] = [];
      const unsubscribe = vault.on(event, (...args: unknown[]) => received.push(args));
      const ipcEvent = { sender: ipcRenderer, senderId: 0 };
      ipcRenderer.emit(`tv:ev:${event}`, ipcEvent, { reason: 'idle' });
      expect(received).toEqual([[{ reason: 'idle' }]]);
      unsubscribe();
      unsubscribe();
      ipcRenderer.emit(`tv:ev:${event}`, ipcEvent, { reason: 'user' });
      expect(received).toHaveLength(1);
      expect(ipcRenderer.listenerCount(`tv:ev:${event}`)).toBe(0);
    }
  });

  it('subscribes to nothing for an unknown event or a non-function listener', () => {
    const unsubscribe = vault.on('vault.unlocked' as never, () => undefined);
    expect(typeof unsubscribe).toBe('function');
    unsubscribe();
    expect(vault.on('vault.locked', 'not a function' as never)).toBeTypeOf('function');
    expect(ipcRenderer.eventNames()).toEqual([]);
  });

  it('imports dropped files by the paths Electron gives for them, on the drop channel only', async () => {
    const wav = new File([new Uint8Array(4)], 'interview.wav');
    const scan = new File([new Uint8Array(4)], 'شهادة.pdf');
    droppedFilePaths.set(wav, '/home/a/Desktop/interview.wav');
    droppedFilePaths.set(scan, '/home/a/Desktop/شهادة.pdf');
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { results: [] } });
    expect(await vault.importDropped('t-1', [wav, scan])).toEqual({ ok: true, value: { results: [] } });
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(DROP_IMPORT_CHANNEL, { testimonyId: 't-1', paths: ['/home/a/Desktop/interview.wav', '/home/a/Desktop/شهادة.pdf'] });
  });

  it('refuses the whole drop, naming the file, when one File has no path (made by page script)', async () => {
    const real = new File([new Uint8Array(4)], 'interview.wav');
    droppedFilePaths.set(real, '/home/a/interview.wav');
    const forged = new File([new Uint8Array(4)], 'passwd');
    const answer = await vault.importDropped('t-1', [real, forged]);
    expect(answer).toMatchObject({ ok: false, code: 'BAD_INPUT', details: { fileName: 'passwd' } });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it.each([
    ['a path given as text', ['/etc/shadow']],
    ['an object that claims a path', [{ name: 'x.wav', path: '/etc/shadow' }]],
    ['an empty drop', []],
    ['not a list', '/etc/shadow'],
    ['too many files', Array.from({ length: 101 }, () => new File([], 'a.txt'))],
  ])('refuses %s without sending anything', async (_label, files) => {
    if (Array.isArray(files)) for (const f of files) if (f instanceof File) droppedFilePaths.set(f, '/tmp/a.txt');
    expect(await vault.importDropped('t-1', files as never)).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('turns a failed drop import into an envelope instead of a rejection', async () => {
    const file = new File([], 'a.txt');
    droppedFilePaths.set(file, '/tmp/a.txt');
    ipcRenderer.invoke.mockRejectedValueOnce(new Error('No handler registered'));
    await expect(vault.importDropped('t-1', [file])).resolves.toMatchObject({ ok: false, code: 'INTERNAL' });
  });

  it('bundles without zod and requires nothing but electron (sandboxed preload)', async () => {
    const bundle = await readFile(path.resolve(import.meta.dirname, '../../../../dist/preload/index.cjs'), 'utf8');
    const required = [...bundle.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
    expect(required).toEqual(['electron']);
    expect(bundle).not.toMatch(/zod|ZodError/);
  });
});

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VaultBridge } from '../../../../shared/contract/bridge';
import { EVENT_NAMES, OPERATION_NAMES } from '../../../../shared/contract/names';
import { contextBridge, exposedInMainWorld, ipcRenderer } from '../../../mocks/electron';

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
  it('exposes one object, window.vault, made of invoke and on only', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect([...exposedInMainWorld.keys()]).toEqual(['vault']);
    expect(Object.keys(vault).sort()).toEqual(['invoke', 'on']);
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

  it.each(['vault.delete', '__proto__', 'constructor', 'tv:op:vault.status', '', 42, null, { toString: () => 'vault.status' }])(
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

  it('bundles without zod and requires nothing but electron (sandboxed preload)', async () => {
    const bundle = await readFile(path.resolve(import.meta.dirname, '../../../../dist/preload/index.cjs'), 'utf8');
    const required = [...bundle.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
    expect(required).toEqual(['electron']);
    expect(bundle).not.toMatch(/zod|ZodError/);
  });
});

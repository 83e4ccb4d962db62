/**
 * Stands in for the `electron` module when the real preload (electron/preload/index.ts) is
 * bundled into the test page. Only the transport is swapped: exposeInMainWorld sets a
 * property of window, ipcRenderer.invoke calls the Playwright binding (answered by the real
 * core in the test process), and ipcRenderer.on registers listeners that the test process
 * feeds with page.evaluate. This file runs in the page, not in Node.
 */
export const INVOKE_BINDING = '__tvHarnessInvoke';
export const EMIT_FUNCTION = '__tvHarnessEmit';

type Listener = (event: unknown, ...args: unknown[]) => void;

interface PageGlobal {
  [INVOKE_BINDING]: (channel: string, payload: unknown) => Promise<unknown>;
}

const page = globalThis as unknown as PageGlobal & Record<string, unknown>;
const listeners = new Map<string, Set<Listener>>();

// What an IpcRendererEvent carries that a listener might touch; the preload ignores it.
const FAKE_EVENT = Object.freeze({ sender: null, senderId: 0, ports: [] });

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    // contextBridge copies and freezes what it exposes; the page cannot replace it.
    Object.defineProperty(page, key, { value: Object.freeze(api), enumerable: true, configurable: false, writable: false });
  },
};

interface ShimIpcRenderer {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: Listener): ShimIpcRenderer;
  removeListener(channel: string, listener: Listener): ShimIpcRenderer;
}

export const ipcRenderer: ShimIpcRenderer = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    return page[INVOKE_BINDING](channel, args[0]);
  },
  on(channel: string, listener: Listener): ShimIpcRenderer {
    let set = listeners.get(channel);
    if (!set) listeners.set(channel, (set = new Set()));
    set.add(listener);
    return ipcRenderer;
  },
  removeListener(channel: string, listener: Listener): ShimIpcRenderer {
    listeners.get(channel)?.delete(listener);
    return ipcRenderer;
  },
};

Object.defineProperty(page, EMIT_FUNCTION, {
  value: (channel: string, payload: unknown): void => {
    for (const listener of [...(listeners.get(channel) ?? [])]) listener(FAKE_EVENT, payload);
  },
});

export type IpcRendererEvent = typeof FAKE_EVENT;

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
  /** Answers with the envelope as JSON text (see `invoke` below). */
  [INVOKE_BINDING]: (channel: string, payload: unknown) => Promise<string>;
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
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    // The answer crosses as JSON text: Playwright copies a binding's object answer value by
    // value through its own protocol, which takes seconds for a list of 10,000 testimonies
    // where Electron's structured clone takes milliseconds. Envelopes are plain JSON data.
    return JSON.parse(await page[INVOKE_BINDING](channel, args[0])) as unknown;
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

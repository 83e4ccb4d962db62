/**
 * Stands in for the `electron` module when the real preload (electron/preload/index.ts) is
 * bundled into the test page. Only the transport is swapped: exposeInMainWorld sets a
 * property of window, ipcRenderer.invoke calls the Playwright binding (answered by the real
 * core in the test process), ipcRenderer.on registers listeners that the test process feeds
 * with page.evaluate, and webUtils.getPathForFile answers from a map the test fills. This file
 * runs in the page, not in Node.
 */
import { fromJsonText, toJsonText } from './binary-json';

export const INVOKE_BINDING = '__tvHarnessInvoke';
export const EMIT_FUNCTION = '__tvHarnessEmit';
/** Page function the test process calls (VaultPage.registerDroppedFiles) to say which dropped names are real files. */
export const DROP_REGISTER_FUNCTION = '__tvHarnessRegisterDropped';

type Listener = (event: unknown, ...args: unknown[]) => void;

interface PageGlobal {
  /** Takes the input and answers the envelope as JSON text with tagged bytes (see `invoke` below). */
  [INVOKE_BINDING]: (channel: string, payload: string | undefined) => Promise<string>;
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
    // Both ways as JSON text: Playwright copies a binding's object answer value by value
    // through its own protocol, which takes seconds for a list of 10,000 testimonies where
    // Electron's structured clone takes milliseconds; and neither JSON nor Playwright keeps a
    // Uint8Array, which binary-json.ts tags so that bytes arrive as bytes, as in Electron.
    return fromJsonText(await page[INVOKE_BINDING](channel, toJsonText(args[0])));
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

// Playwright can only drop File objects made in the page, which Electron would give no path.
// The test says which names stand for real files (and where they are); any other File gets
// '' as in Electron, so the preload's refusal of page-made files is exercised too.
const droppedPaths = new Map<string, string>();
Object.defineProperty(page, DROP_REGISTER_FUNCTION, {
  value: (name: string, path: string): void => {
    droppedPaths.set(name, path);
  },
});

export const webUtils = {
  getPathForFile(file: File): string {
    return file instanceof File ? (droppedPaths.get(file.name) ?? '') : '';
  },
};

Object.defineProperty(page, EMIT_FUNCTION, {
  value: (channel: string, payload: unknown): void => {
    for (const listener of [...(listeners.get(channel) ?? [])]) listener(FAKE_EVENT, payload);
  },
});

export type IpcRendererEvent = typeof FAKE_EVENT;

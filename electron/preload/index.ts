import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { VaultBridge } from '../../shared/contract/bridge';
import type { Envelope } from '../../shared/contract/envelope';
import { EVENT_CHANNEL_PREFIX, INVOKE_CHANNEL_PREFIX, isEventName, isOperationName } from '../../shared/contract/names';

// Sandboxed preload: it may import only the zod-free name list and types (bundled whole by
// build/scripts/build-node.mjs). It maps a fixed set of names to channels and ignores
// anything else; ipcRenderer and its events never reach the page, which sees one object,
// window.vault, made of two functions.

const UNKNOWN_OPERATION: Envelope<never> = { ok: false, code: 'UNKNOWN_OPERATION', message: 'The interface asked for an operation the vault does not have.' };
const NO_ANSWER: Envelope<never> = { ok: false, code: 'INTERNAL', message: 'The vault did not answer.' };

export const bridge: VaultBridge = {
  async invoke(operation, input) {
    if (!isOperationName(operation)) return UNKNOWN_OPERATION;
    try {
      return (await ipcRenderer.invoke(INVOKE_CHANNEL_PREFIX + operation, input)) as Envelope<unknown>;
    } catch {
      // Main answers envelopes; a rejection means no handler or a torn-down window.
      return NO_ANSWER;
    }
  },
  on(event, listener) {
    if (!isEventName(event) || typeof listener !== 'function') return () => undefined;
    const channel = EVENT_CHANNEL_PREFIX + event;
    // The page gets the payload only: the IpcRendererEvent carries `sender` (ipcRenderer).
    const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(channel, forward);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      ipcRenderer.removeListener(channel, forward);
    };
  },
};

contextBridge.exposeInMainWorld('vault', bridge);

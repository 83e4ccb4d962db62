import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { VaultBridge } from '../../shared/contract/bridge';
import type { Envelope } from '../../shared/contract/envelope';
import { DROP_IMPORT_CHANNEL, EVENT_CHANNEL_PREFIX, INVOKE_CHANNEL_PREFIX, isEventName, isOperationName } from '../../shared/contract/names';

// Sandboxed preload: it may import only the zod-free name list and types (bundled whole by
// build/scripts/build-node.mjs). It maps a fixed set of names to channels and ignores
// anything else; ipcRenderer and its events never reach the page, which sees one object,
// window.vault, made of three functions.

const UNKNOWN_OPERATION: Envelope<never> = { ok: false, code: 'UNKNOWN_OPERATION', message: 'The interface asked for an operation the vault does not have.' };
const NO_ANSWER: Envelope<never> = { ok: false, code: 'INTERNAL', message: 'The vault did not answer.' };
/** Mirrors MAX_DROPPED_FILES of shared/contract/dropped-files.ts (not imported: it brings zod). */
const MAX_DROPPED = 100;

function refused(message: string, fileName?: string): Envelope<never> {
  return { ok: false, code: 'BAD_INPUT', message, ...(fileName === undefined ? {} : { details: { fileName } }) };
}

/**
 * The paths of dropped files, from Electron (the page cannot name a path). A File made by page
 * script, or anything that is not a File, has no path: the whole drop is refused, naming it.
 */
function droppedPaths(files: unknown): string[] | Envelope<never> {
  if (!Array.isArray(files) || files.length === 0) return refused('Nothing was dropped.');
  if (files.length > MAX_DROPPED) return refused(`At most ${MAX_DROPPED} files can be dropped at once.`);
  const paths: string[] = [];
  for (const file of files as unknown[]) {
    const name = file instanceof File ? file.name : String(file).slice(0, 200);
    let path: string;
    try {
      path = file instanceof File ? webUtils.getPathForFile(file) : '';
    } catch {
      path = '';
    }
    if (!path) return refused(`"${name}" is not a file from this computer, so it cannot be imported. Nothing was imported.`, name);
    paths.push(path);
  }
  return paths;
}

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
  async importDropped(testimonyId, files) {
    const paths = droppedPaths(files);
    if (!Array.isArray(paths)) return paths;
    try {
      return (await ipcRenderer.invoke(DROP_IMPORT_CHANNEL, { testimonyId, paths })) as Envelope<unknown>;
    } catch {
      return NO_ANSWER;
    }
  },
};

contextBridge.exposeInMainWorld('vault', bridge);

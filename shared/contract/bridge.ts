import type { Envelope } from './envelope';
import type { EventName, OperationName } from './names';
import type { EventPayload } from './events';
import type { OperationInput, OperationOutput } from './operations';
import { unwrap } from './envelope';
import type { DroppedFilesOutput } from './dropped-files';

/**
 * What the preload exposes as `window.vault`. It returns envelopes rather than throwing,
 * because an exception crossing contextBridge loses its code; the renderer unwraps.
 */
export interface VaultBridge {
  invoke(operation: OperationName, input: unknown): Promise<Envelope<unknown>>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
  /**
   * Imports files dropped on the window into a testimony (the same import as media.import,
   * with its progress events). The page hands over the dropped File objects, never a path: the
   * preload asks Electron where each one is, and refuses a File that is not a real file from
   * the computer (one made by page script has no path).
   */
  importDropped(testimonyId: string, files: readonly File[]): Promise<Envelope<unknown>>;
}

/** The typed client the renderer uses, built on whatever bridge is present. */
export interface VaultClient {
  call<K extends OperationName>(operation: K, input: OperationInput<K>): Promise<OperationOutput<K>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** See VaultBridge.importDropped; answers like media.import. */
  importDropped(testimonyId: string, files: readonly File[]): Promise<DroppedFilesOutput>;
}

export function createVaultClient(bridge: VaultBridge): VaultClient {
  return {
    async call(operation, input) {
      return unwrap(await bridge.invoke(operation, input));
    },
    on(event, listener) {
      // Payloads come from our own main process, already shaped by the contract.
      return bridge.on(event, (payload) => listener(payload as never));
    },
    async importDropped(testimonyId, files) {
      return unwrap<DroppedFilesOutput>(await bridge.importDropped(testimonyId, files));
    },
  };
}

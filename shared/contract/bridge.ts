import type { Envelope } from './envelope';
import type { EventName, OperationName } from './names';
import type { EventPayload } from './events';
import type { OperationInput, OperationOutput } from './operations';
import { unwrap } from './envelope';

/**
 * What the preload exposes as `window.vault`. It returns envelopes rather than throwing,
 * because an exception crossing contextBridge loses its code; the renderer unwraps.
 */
export interface VaultBridge {
  invoke(operation: OperationName, input: unknown): Promise<Envelope<unknown>>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
}

/** The typed client the renderer uses, built on whatever bridge is present. */
export interface VaultClient {
  call<K extends OperationName>(operation: K, input: OperationInput<K>): Promise<OperationOutput<K>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
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
  };
}

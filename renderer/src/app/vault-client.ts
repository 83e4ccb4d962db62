import { createContext, useContext } from 'react';
import { createVaultClient, type VaultBridge, type VaultClient } from '../../../shared/contract/bridge';
import { VaultError } from '../../../shared/errors';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or the e2e harness; absent in a plain browser. */
    readonly vault?: VaultBridge;
  }
}

/** The typed client over window.vault, or null when the page runs outside the app. */
export function connectVault(): VaultClient | null {
  const bridge = window.vault;
  return bridge ? createVaultClient(bridge) : null;
}

/**
 * Any call may find the vault locked (auto-lock, lock from the menu) before the
 * `vault.locked` event arrives; the app must then leave the unlocked screens at once.
 */
export function notifyOnLocked(client: VaultClient, onLocked: () => void): VaultClient {
  return {
    async call(operation, input) {
      try {
        return await client.call(operation, input);
      } catch (error) {
        if (error instanceof VaultError && error.code === 'VAULT_LOCKED') onLocked();
        throw error;
      }
    },
    on: (event, listener) => client.on(event, listener),
    async importDropped(testimonyId, files) {
      try {
        return await client.importDropped(testimonyId, files);
      } catch (error) {
        if (error instanceof VaultError && error.code === 'VAULT_LOCKED') onLocked();
        throw error;
      }
    },
  };
}

export const VaultClientContext = createContext<VaultClient | null>(null);

export function useVault(): VaultClient {
  const client = useContext(VaultClientContext);
  if (!client) throw new Error('useVault() outside <VaultClientContext.Provider>.');
  return client;
}

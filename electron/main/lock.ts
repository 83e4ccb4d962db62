import type { LockReason, VaultApi } from '../core/api';

/**
 * Locks from an event handler (timer, power event, menu). Locking must not be lost to an
 * unhandled rejection; the reason is all that is reported, never vault content.
 */
export function requestLock(api: Pick<VaultApi, 'lock'>, reason: LockReason): void {
  api.lock(reason).catch((error: unknown) => {
    console.error(`Testimony Vault: locking (${reason}) failed.`, error instanceof Error ? error.name : 'error');
  });
}

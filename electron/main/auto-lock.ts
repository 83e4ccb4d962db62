import type { PowerMonitor } from 'electron';
import type { VaultApi } from '../core/api';
import { requestLock } from './lock';

/** How often the system idle time is read. The lock comes at most this late. */
export const IDLE_POLL_MS = 10_000;

/**
 * Locks the vault after `autoLockMinutes` of system idle time (keyboard and mouse anywhere,
 * not just in our window: a person typing elsewhere is still at the laptop), and at once when
 * the machine suspends or the screen locks: a seized laptop is usually a sleeping one.
 * Returns a function that stops it (app quit).
 */
export function startAutoLock(api: Pick<VaultApi, 'lock' | 'settings' | 'isUnlocked'>, powerMonitor: Pick<PowerMonitor, 'getSystemIdleTime' | 'on' | 'off'>): () => void {
  const onSuspend = (): void => requestLock(api, 'suspend');
  const onLockScreen = (): void => requestLock(api, 'screen-lock');
  powerMonitor.on('suspend', onSuspend);
  powerMonitor.on('lock-screen', onLockScreen);

  const timer = setInterval(() => {
    if (!api.isUnlocked()) return;
    const idleSeconds = powerMonitor.getSystemIdleTime();
    if (idleSeconds >= api.settings().autoLockMinutes * 60) requestLock(api, 'idle');
  }, IDLE_POLL_MS);

  return () => {
    clearInterval(timer);
    powerMonitor.off('suspend', onSuspend);
    powerMonitor.off('lock-screen', onLockScreen);
  };
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PowerMonitor } from 'electron';
import type { LockReason, VaultApi } from '../../../../electron/core/api';
import { powerMonitor, resetElectronMock } from '../../../mocks/electron';
import { IDLE_POLL_MS, startAutoLock } from '../../../../electron/main/auto-lock';

vi.mock('electron', () => import('../../../mocks/electron'));

/** A vault whose lock state behaves like core's: lock() locks, later locks are no-ops. */
function vault(autoLockMinutes: number) {
  let unlocked = true;
  const locks: LockReason[] = [];
  return {
    locks,
    api: {
      isUnlocked: () => unlocked,
      settings: () => ({ autoLockMinutes, language: 'en' }) satisfies ReturnType<VaultApi['settings']>,
      lock: (reason: LockReason) => {
        if (unlocked) locks.push(reason);
        unlocked = false;
        return Promise.resolve();
      },
    },
    unlock: () => (unlocked = true),
  };
}

describe('auto-lock', () => {
  let stop: (() => void) | undefined;
  beforeEach(() => {
    resetElectronMock();
    vi.useFakeTimers();
  });
  afterEach(() => {
    stop?.();
    vi.useRealTimers();
  });

  it('locks once the system has been idle for the configured minutes', async () => {
    const v = vault(5);
    stop = startAutoLock(v.api, powerMonitor as unknown as PowerMonitor);
    powerMonitor.idleSeconds = 5 * 60 - 1;
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS);
    expect(v.locks).toEqual([]);
    powerMonitor.idleSeconds = 5 * 60;
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS);
    expect(v.locks).toEqual(['idle']);
  });

  it('follows a changed setting at the next poll', async () => {
    let minutes = 30;
    const v = vault(30);
    const api = { ...v.api, settings: () => ({ ...v.api.settings(), autoLockMinutes: minutes }) };
    stop = startAutoLock(api, powerMonitor as unknown as PowerMonitor);
    powerMonitor.idleSeconds = 120;
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS);
    expect(v.locks).toEqual([]);
    minutes = 2;
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS);
    expect(v.locks).toEqual(['idle']);
  });

  it('locks at once on suspend and on screen lock', () => {
    const v = vault(60);
    stop = startAutoLock(v.api, powerMonitor as unknown as PowerMonitor);
    powerMonitor.emit('suspend');
    expect(v.locks).toEqual(['suspend']);
    v.unlock();
    powerMonitor.emit('lock-screen');
    expect(v.locks).toEqual(['suspend', 'screen-lock']);
  });

  it('survives a failing lock and stops listening when stopped', async () => {
    const lock = vi.fn(() => Promise.reject(new Error('disk gone')));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const api = { isUnlocked: () => true, settings: vault(1).api.settings, lock };
    const stopIt = startAutoLock(api, powerMonitor as unknown as PowerMonitor);
    powerMonitor.emit('suspend');
    await vi.advanceTimersByTimeAsync(0);
    expect(lock).toHaveBeenCalledWith('suspend');
    expect(errors).toHaveBeenCalled();
    stopIt();
    lock.mockClear();
    powerMonitor.emit('suspend');
    powerMonitor.idleSeconds = 10_000;
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS * 3);
    expect(lock).not.toHaveBeenCalled();
    expect(powerMonitor.listenerCount('suspend') + powerMonitor.listenerCount('lock-screen')).toBe(0);
    errors.mockRestore();
  });
});

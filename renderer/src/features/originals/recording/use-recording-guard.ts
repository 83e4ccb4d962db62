import { useEffect } from 'react';

/**
 * While recording: ask before the window closes (Electron shows the question through main's
 * `will-prevent-unload`), and keep the screen awake so the machine does not sleep mid-interview
 * (a sleep locks the vault and interrupts the recording). The wake lock may be refused (no
 * permission, battery saver); recording goes on without it.
 */
export function useRecordingGuard(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older engines show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);

    let released = false;
    let sentinel: WakeLockSentinel | null = null;
    const request = () => {
      if (released || document.visibilityState !== 'visible' || !('wakeLock' in navigator)) return;
      navigator.wakeLock.request('screen').then(
        (lock) => {
          if (released) void lock.release().catch(() => undefined);
          else sentinel = lock;
        },
        () => undefined,
      );
    };
    // The system drops a wake lock when the page is hidden; take it again on return.
    const onVisible = () => {
      if (sentinel?.released !== false) request();
    };
    request();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      released = true;
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onVisible);
      void sentinel?.release().catch(() => undefined);
    };
  }, [active]);
}

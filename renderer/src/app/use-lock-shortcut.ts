import { useEffect } from 'react';

/** True on macOS, where the shortcut is ⌘L rather than Ctrl+L. */
export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform);
}

export function lockShortcutLabel(): string {
  return isMac() ? '⌘L' : 'Ctrl+L';
}

/**
 * Ctrl/Cmd+L locks from anywhere in the unlocked app, even from inside a text field
 * (a person who must hide the screen at once should not first have to leave a field).
 */
export function useLockShortcut(lock: () => void): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      const modifier = isMac() ? event.metaKey : event.ctrlKey;
      // The physical key, not event.key: with an Arabic layout active, L types "م".
      if (modifier && !event.altKey && !event.shiftKey && event.code === 'KeyL') {
        event.preventDefault();
        lock();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [lock]);
}

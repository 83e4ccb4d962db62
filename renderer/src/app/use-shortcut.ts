import { useEffect } from 'react';

/** True on macOS, where shortcuts use ⌘ rather than Ctrl. */
export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform);
}

/** How a Ctrl/⌘ shortcut is written on this platform, e.g. "Ctrl+L" or "⌘L". */
export function shortcutLabel(key: string): string {
  return isMac() ? `⌘${key}` : `Ctrl+${key}`;
}

/** The aria-keyshortcuts value of the same shortcut (the key as the DOM names it, e.g. "L", ","). */
export function ariaShortcut(key: string): string {
  return isMac() ? `Meta+${key}` : `Control+${key}`;
}

/**
 * Runs `action` on Ctrl/Cmd + the physical key `code` (a KeyboardEvent.code such as "KeyL"),
 * from anywhere in the page, even from inside a text field. The physical key, not
 * event.key: with an Arabic layout active, L types "م" and "," types "و".
 */
export function useModifierShortcut(code: string, action: () => void): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      const modifier = isMac() ? event.metaKey : event.ctrlKey;
      if (modifier && !event.altKey && !event.shiftKey && event.code === code) {
        event.preventDefault();
        action();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [code, action]);
}

/**
 * Ctrl/Cmd+L locks from anywhere in the unlocked app (a person who must hide the screen at
 * once should not first have to leave a field or close a dialog).
 */
export function useLockShortcut(lock: () => void): void {
  useModifierShortcut('KeyL', lock);
}

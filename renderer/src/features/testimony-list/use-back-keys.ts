import { useEffect } from 'react';

/** Where Escape belongs to what has the focus (a field, a menu, a dialog). */
function escapeIsTaken(event: KeyboardEvent): boolean {
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return true;
  return document.querySelector('dialog[open]') !== null;
}

/**
 * Escape (when nothing else wants it) and Alt+Left, as in a browser, go back from an open
 * testimony to the list. Not while the page holds unsaved edits: leaving then must go through
 * the page's own Back button, which asks first. A page that handles one of these keys itself
 * stops it with preventDefault() before it reaches the window.
 */
export function useBackKeys(onBack: () => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented) return;
      const altLeft = event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.key === 'ArrowLeft';
      const escape = event.key === 'Escape' && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && !escapeIsTaken(event);
      if (altLeft || escape) {
        event.preventDefault();
        onBack();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onBack, enabled]);
}

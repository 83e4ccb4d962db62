import { useEffect } from 'react';
import { isMac } from '../../../app/use-shortcut';
import { isMarkerShortcut } from './marker-shortcut';

/** Listens for the marker shortcut on the whole window while a recording runs. */
export function useMarkerShortcut(enabled: boolean, action: () => void): void {
  useEffect(() => {
    if (!enabled) return;
    const mac = isMac();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || !isMarkerShortcut(event, mac)) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled, action]);
}

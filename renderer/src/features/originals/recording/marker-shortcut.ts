/**
 * Ctrl+Shift+M (⇧⌘M on a Mac) drops a marker, from anywhere in the page, even while typing a
 * marker's label. The physical key (event.code), not event.key: with an Arabic layout active
 * the M key types "ة". Shift keeps it clear of ⌘M (minimise) on a Mac.
 */
export const MARKER_CODE = 'KeyM';

export interface ShortcutKeys {
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  repeat?: boolean;
}

export function isMarkerShortcut(event: ShortcutKeys, mac: boolean): boolean {
  const modifier = mac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  // A held key repeats: one press, one marker.
  return modifier && event.shiftKey && !event.altKey && event.code === MARKER_CODE && !event.repeat;
}

/** How the shortcut is written (Latin, in a <kbd dir="ltr">) and what aria-keyshortcuts says. */
export function markerShortcutLabel(mac: boolean): { label: string; aria: string } {
  return mac ? { label: '⇧⌘M', aria: 'Meta+Shift+M' } : { label: 'Ctrl+Shift+M', aria: 'Control+Shift+M' };
}

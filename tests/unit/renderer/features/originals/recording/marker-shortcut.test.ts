import { describe, expect, it } from 'vitest';
import { isMarkerShortcut, markerShortcutLabel, type ShortcutKeys } from '../../../../../../renderer/src/features/originals/recording/marker-shortcut';

const keys = (over: Partial<ShortcutKeys>): ShortcutKeys => ({ code: 'KeyM', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...over });

describe('the marker shortcut', () => {
  it('is Ctrl+Shift+M on Windows and Linux, ⇧⌘M on a Mac', () => {
    expect(isMarkerShortcut(keys({ ctrlKey: true, shiftKey: true }), false)).toBe(true);
    expect(isMarkerShortcut(keys({ metaKey: true, shiftKey: true }), true)).toBe(true);
    expect(isMarkerShortcut(keys({ metaKey: true, shiftKey: true }), false)).toBe(false);
    expect(isMarkerShortcut(keys({ ctrlKey: true, shiftKey: true }), true)).toBe(false);
  });

  it('goes by the physical key, so it works with an Arabic layout (M types ة there)', () => {
    const arabic = { ...keys({ ctrlKey: true, shiftKey: true }), key: 'ة' };
    expect(isMarkerShortcut(arabic, false)).toBe(true);
    expect(isMarkerShortcut(keys({ code: 'Semicolon', ctrlKey: true, shiftKey: true }), false)).toBe(false);
  });

  it('is not Ctrl+M alone (⌘M minimises on a Mac), nor with Alt, nor a held key repeating', () => {
    expect(isMarkerShortcut(keys({ ctrlKey: true }), false)).toBe(false);
    expect(isMarkerShortcut(keys({ metaKey: true }), true)).toBe(false);
    expect(isMarkerShortcut(keys({ ctrlKey: true, shiftKey: true, altKey: true }), false)).toBe(false);
    expect(isMarkerShortcut(keys({ ctrlKey: true, shiftKey: true, repeat: true }), false)).toBe(false);
  });

  it('is written and announced the way each platform names it', () => {
    expect(markerShortcutLabel(false)).toEqual({ label: 'Ctrl+Shift+M', aria: 'Control+Shift+M' });
    expect(markerShortcutLabel(true)).toEqual({ label: '⇧⌘M', aria: 'Meta+Shift+M' });
  });
});

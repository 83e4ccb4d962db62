import { describe, expect, it } from 'vitest';
import { SHORTCUTS, SHORTCUT_ACTIONS, chordKeys, matchShortcut, type KeyPress } from '../../../../../../renderer/src/features/originals/transcripts/shortcuts';

const press = (code: string, key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ code, key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });
const ctrl = { ctrlKey: true };

describe('the transcriber\'s keys', () => {
  it('maps every documented chord to its action on Windows and Linux', () => {
    expect(matchShortcut(press('Escape', 'Escape'), false, true)).toBe('playPause');
    expect(matchShortcut(press('Space', ' ', ctrl), false, true)).toBe('playPause');
    expect(matchShortcut(press('BracketLeft', '[', ctrl), false, true)).toBe('back');
    expect(matchShortcut(press('BracketRight', ']', ctrl), false, true)).toBe('forward');
    expect(matchShortcut(press('Comma', '<', { ...ctrl, shiftKey: true }), false, true)).toBe('slower');
    expect(matchShortcut(press('Period', '>', { ...ctrl, shiftKey: true }), false, true)).toBe('faster');
    expect(matchShortcut(press('KeyJ', 'j', ctrl), false, true)).toBe('stamp');
    expect(matchShortcut(press('KeyK', 'k', ctrl), false, true)).toBe('nextSpeaker');
    expect(matchShortcut(press('KeyS', 's', ctrl), false, true)).toBe('save');
    expect(matchShortcut(press('F1', 'F1'), false, true)).toBe('help');
  });

  it('works the same with an Arabic layout: the physical key counts, not the letter it types', () => {
    // On an Arabic (101) layout J types "ت", K "ن", S "س", "[" "ج", "]" "د", "," "و" and "." "ز".
    expect(matchShortcut(press('KeyJ', 'ت', ctrl), false, true)).toBe('stamp');
    expect(matchShortcut(press('KeyK', 'ن', ctrl), false, true)).toBe('nextSpeaker');
    expect(matchShortcut(press('KeyS', 'س', ctrl), false, true)).toBe('save');
    expect(matchShortcut(press('BracketLeft', 'ج', ctrl), false, true)).toBe('back');
    expect(matchShortcut(press('BracketRight', 'د', ctrl), false, true)).toBe('forward');
    expect(matchShortcut(press('Comma', 'و', { ...ctrl, shiftKey: true }), false, true)).toBe('slower');
    expect(matchShortcut(press('Period', 'ز', { ...ctrl, shiftKey: true }), false, true)).toBe('faster');
  });

  it('uses ⌘ on a Mac, and leaves Ctrl chords there alone', () => {
    expect(matchShortcut(press('KeyJ', 'j', { metaKey: true }), true, true)).toBe('stamp');
    expect(matchShortcut(press('KeyJ', 'j', ctrl), true, true)).toBeNull();
    expect(matchShortcut(press('KeyJ', 'j', { metaKey: true }), false, true)).toBeNull();
  });

  it('never takes plain typing, Alt chords (back/forward, layout switching) or keys an input method is composing', () => {
    for (const [code, key] of [
      ['KeyJ', 'j'],
      ['KeyJ', 'ت'],
      ['Comma', ','],
      ['Space', ' '],
      ['Slash', '/'],
    ] as const) {
      expect(matchShortcut(press(code, key), false, true), code).toBeNull();
    }
    expect(matchShortcut(press('ArrowLeft', 'ArrowLeft', { altKey: true }), false, false)).toBeNull();
    expect(matchShortcut(press('BracketLeft', '[', { ...ctrl, altKey: true }), false, true)).toBeNull();
    expect(matchShortcut(press('Escape', 'Escape', { isComposing: true }), false, true)).toBeNull();
  });

  it('opens the help with "?" (or the Arabic "؟") only outside text fields, where it would be text', () => {
    expect(matchShortcut(press('Slash', '?', { shiftKey: true }), false, false)).toBe('help');
    expect(matchShortcut(press('Slash', '؟', { shiftKey: true }), false, false)).toBe('help');
    expect(matchShortcut(press('Slash', '?', { shiftKey: true }), false, true)).toBeNull();
    expect(matchShortcut(press('F1', 'F1'), false, true)).toBe('help');
  });

  it('gives each chord one action, and each action at least one chord', () => {
    const seen = new Map<string, string>();
    for (const s of SHORTCUTS) {
      expect(s.chords.length, s.action).toBeGreaterThan(0);
      for (const c of s.chords) {
        const id = `${c.code}/${c.mod}/${c.shift}`;
        expect(seen.get(id), id).toBeUndefined();
        seen.set(id, s.action);
      }
    }
    expect(SHORTCUTS.map((s) => s.action).sort()).toEqual([...SHORTCUT_ACTIONS].sort());
  });

  it('leaves the app\'s own keys alone: Ctrl+L locks, Ctrl+, opens the settings, Ctrl+F searches', () => {
    expect(matchShortcut(press('KeyL', 'l', ctrl), false, true)).toBeNull();
    expect(matchShortcut(press('Comma', ',', ctrl), false, true)).toBeNull();
    expect(matchShortcut(press('KeyF', 'f', ctrl), false, true)).toBeNull();
  });

  it('names the key caps as printed on keyboards', () => {
    expect(chordKeys({ code: 'Comma', mod: true, shift: true }, false)).toEqual(['Ctrl', 'Shift', ',']);
    expect(chordKeys({ code: 'KeyJ', mod: true, shift: false }, true)).toEqual(['⌘', 'J']);
    expect(chordKeys({ code: 'Escape', mod: false, shift: false }, false)).toEqual(['Esc']);
    expect(chordKeys({ code: 'BracketLeft', mod: true, shift: false }, false)).toEqual(['Ctrl', '[']);
    expect(chordKeys({ code: 'F1', mod: false, shift: false }, false)).toEqual(['F1']);
  });
});

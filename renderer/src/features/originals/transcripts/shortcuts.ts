/**
 * The transcriber's keys. Letter and punctuation keys are matched by physical key
 * (KeyboardEvent.code), not by the character typed: with an Arabic layout active, J types
 * "ت" and "[" types "ج", and the shortcuts must still work. Every chord has Ctrl (⌘ on a
 * Mac) so that typing text never triggers one; only Escape and F1 stand alone. Alt is left
 * alone: Alt+← and Alt+→ are back and forward in the app, and Alt+Shift switches layouts.
 * The app's own chords stay theirs: Ctrl+L locks, Ctrl+, opens the settings, Ctrl+F searches.
 *
 * Conventions followed: Escape plays and pauses and Ctrl+J inserts a timestamp, as in
 * oTranscribe; "[" and "]" step back and forward, as in many editors' navigation; "<" and ">"
 * (Ctrl+Shift+, and Ctrl+Shift+.) slow down and speed up, as in most players.
 */
export const SHORTCUT_ACTIONS = ['playPause', 'back', 'forward', 'slower', 'faster', 'stamp', 'nextSpeaker', 'save', 'help'] as const;
export type ShortcutAction = (typeof SHORTCUT_ACTIONS)[number];

export interface Chord {
  /** KeyboardEvent.code of the physical key. */
  code: string;
  /** Ctrl, or ⌘ on a Mac. */
  mod: boolean;
  shift: boolean;
}

export interface Shortcut {
  action: ShortcutAction;
  chords: readonly Chord[];
  /** Also the typed character, outside text fields only (a "?" typed in a paragraph is text). */
  characters?: readonly string[];
}

const chord = (code: string, mod = true, shift = false): Chord => ({ code, mod, shift });

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'playPause', chords: [chord('Escape', false), chord('Space')] },
  { action: 'back', chords: [chord('BracketLeft')] },
  { action: 'forward', chords: [chord('BracketRight')] },
  { action: 'slower', chords: [chord('Comma', true, true)] },
  { action: 'faster', chords: [chord('Period', true, true)] },
  { action: 'stamp', chords: [chord('KeyJ')] },
  { action: 'nextSpeaker', chords: [chord('KeyK')] },
  { action: 'save', chords: [chord('KeyS')] },
  // "?" is Shift+/ on a US layout and "؟" (Shift+/ too) on an Arabic one; layouts differ, so the character decides.
  { action: 'help', chords: [chord('F1', false)], characters: ['?', '؟'] },
];

/** What the matcher reads of a keyboard event (a DOM KeyboardEvent has all of it). */
export interface KeyPress {
  code: string;
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
}

/** The action a key press asks for, or null. `inText`: the focus is in a text field. */
export function matchShortcut(event: KeyPress, mac: boolean, inText: boolean): ShortcutAction | null {
  // Keys pressed while an input method composes (Arabic, Kurdish IMEs) belong to it.
  if (event.isComposing || event.altKey) return null;
  const mod = mac ? event.metaKey : event.ctrlKey;
  const otherMod = mac ? event.ctrlKey : event.metaKey;
  if (otherMod) return null;
  for (const shortcut of SHORTCUTS) {
    if (shortcut.chords.some((c) => c.code === event.code && c.mod === mod && c.shift === event.shiftKey)) return shortcut.action;
    if (!inText && !mod && shortcut.characters?.includes(event.key)) return shortcut.action;
  }
  return null;
}

/** The key caps of a chord as printed on keyboards (Latin on Arabic keyboards too); Space is named by the caller. */
export function chordKeys(c: Chord, mac: boolean): string[] {
  const keys: string[] = [];
  if (c.mod) keys.push(mac ? '⌘' : 'Ctrl');
  if (c.shift) keys.push('Shift');
  keys.push(CAPS[c.code] ?? c.code.replace(/^Key/, ''));
  return keys;
}

const CAPS: Readonly<Record<string, string>> = { Escape: 'Esc', Comma: ',', Period: '.', BracketLeft: '[', BracketRight: ']', Space: 'Space' };

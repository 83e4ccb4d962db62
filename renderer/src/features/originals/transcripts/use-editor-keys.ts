import { useCallback, type KeyboardEvent } from 'react';
import { isMac } from '../../../app/use-shortcut';
import type { PlayerHandle } from '../player/player-handle';
import { stepRate } from '../player/playback-rate';
import { nextSpeaker, speakersOf, splitAt, emptyParagraph, type DraftParagraph } from './draft';
import { inDialog, inTextField } from './keys';
import { matchShortcut } from './shortcuts';
import { roundTimecode } from './timecode';

const SKIP_SECONDS = 5;

interface EditorKeysOptions {
  draft: readonly DraftParagraph[];
  /** Splits make no sense in a translation: its rows are the transcript's paragraphs. */
  translation: boolean;
  player: PlayerHandle | null;
  edit: (draft: DraftParagraph[]) => void;
  save: () => void;
  /** Focus this paragraph's text with the caret at its start. */
  focusParagraph: (id: string) => void;
}

/** The paragraph the focus is in, and where the caret is in its text (the end when the focus is elsewhere in it). */
function caretPlace(draft: readonly DraftParagraph[], target: EventTarget | null): { index: number; caret: number } {
  const row = target instanceof Element ? target.closest<HTMLElement>('[data-paragraph]') : null;
  const found = row ? draft.findIndex((p) => p.id === row.dataset.paragraph) : -1;
  const index = found >= 0 ? found : draft.length - 1;
  const caret = target instanceof HTMLTextAreaElement && found >= 0 ? target.selectionStart : (draft[index]?.text.length ?? 0);
  return { index, caret };
}

/**
 * The transcriber's keys inside the editor (see shortcuts.ts for the choice of keys). Keys
 * that drive playback do nothing without a recording, and are then left to the page.
 */
export function useEditorKeys({ draft, translation, player, edit, save, focusParagraph }: EditorKeysOptions) {
  const split = useCallback(
    (target: EventTarget | null, kind: 'stamp' | 'nextSpeaker'): boolean => {
      if (translation || !player) return false;
      const now = roundTimecode(player.currentTime);
      if (draft.length === 0) {
        const first = emptyParagraph(now);
        edit([first]);
        focusParagraph(first.id);
        return true;
      }
      const { index, caret } = caretPlace(draft, target);
      const speakers = speakersOf(draft);
      const speaker = (p: DraftParagraph): string => {
        if (kind === 'stamp') return p.speaker;
        // On an empty paragraph the key cycles its speaker, starting after the one who spoke before it.
        const from = p.text.trim() === '' ? p.speaker || (draft[index - 1]?.speaker ?? '') : p.speaker;
        return nextSpeaker(speakers, from);
      };
      const result = splitAt(draft, index, caret, now, speaker);
      edit(result.draft);
      focusParagraph(result.focus);
      return true;
    },
    [draft, translation, player, edit, focusParagraph],
  );

  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.defaultPrevented || inDialog(event.target)) return;
      const action = matchShortcut(event.nativeEvent, isMac(), inTextField(event.target));
      let handled = true;
      switch (action) {
        case 'playPause':
          if (player) player.toggle();
          else handled = false;
          break;
        case 'back':
        case 'forward':
          if (player) player.skip(action === 'back' ? -SKIP_SECONDS : SKIP_SECONDS);
          else handled = false;
          break;
        case 'slower':
        case 'faster':
          if (player) player.setRate(stepRate(player.rate, action === 'slower' ? -1 : 1));
          else handled = false;
          break;
        case 'stamp':
        case 'nextSpeaker':
          handled = split(event.target, action);
          break;
        case 'save':
          save();
          break;
        default:
          // Help is the panel's; anything else is not ours.
          handled = false;
      }
      if (handled) event.preventDefault();
    },
    [player, split, save],
  );
}

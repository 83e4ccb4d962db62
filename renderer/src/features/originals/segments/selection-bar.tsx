import { useTranslation } from 'react-i18next';
import type { PlayerHandle } from '../player/player-handle';
import { timeText } from './segment-draft';
import { markSelection, type Span } from './segment-logic';

interface SelectionBarProps {
  selection: Span | null;
  handle: PlayerHandle;
  duration: number;
  onSelection: (span: Span | null) => void;
}

/**
 * The selection a segment can be made from: dragged out on the waveform, or marked here at
 * the playback position (the keyboard way: play, pause where it starts, mark; then where it ends).
 */
export function SelectionBar({ selection, handle, duration, onSelection }: SelectionBarProps) {
  const { t } = useTranslation();
  const mark = (edge: 'start' | 'end') => onSelection(markSelection(selection, edge, handle.currentTime, duration));
  return (
    <div className="selection-bar" role="group" aria-label={t('originals.selection.label')}>
      <span className="selection-text" aria-live="polite">
        {selection ? (
          <>
            {t('originals.selection.label')}: {t('originals.segments.range', { start: timeText(selection.start), end: timeText(selection.end) })}
          </>
        ) : (
          t('originals.selection.none')
        )}
      </span>
      <button type="button" className="button-quiet" onClick={() => mark('start')}>
        {t('originals.selection.startHere')}
      </button>
      <button type="button" className="button-quiet" onClick={() => mark('end')}>
        {t('originals.selection.endHere')}
      </button>
      {selection ? (
        <>
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              handle.seek(selection.start);
              handle.play();
            }}
          >
            {t('originals.selection.play')}
          </button>
          <button type="button" className="button-quiet" onClick={() => onSelection(null)}>
            {t('originals.selection.clear')}
          </button>
        </>
      ) : null}
    </div>
  );
}

import { useEffect, useId, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatOffset } from '../../record/logic/time-offsets';
import type { PlayerHandle } from './player-handle';
import type { Playback } from './use-playback';

interface TimelineProps {
  handle: PlayerHandle;
  playback: Playback;
  /** Where wavesurfer draws; null while there is no waveform (a plain bar is shown instead). */
  onContainer: (element: HTMLDivElement | null) => void;
  drawn: boolean;
  onZoom: (direction: 1 | -1 | 0) => void;
}

const STEP = 5;
const FINE_STEP = 1;
const PAGE = 30;
/** Wheel events closer together than this are one gesture (a trackpad sends dozens). */
const WHEEL_GAP_MS = 150;

export function clock(seconds: number): string {
  return formatOffset(Math.max(0, Math.floor(seconds)));
}

/**
 * The time axis: the waveform (or a plain bar) as one slider. It runs left to right in time
 * in every UI language, like a clock face or a musical score, so the arrow keys mean the same
 * in Arabic and English: → later, ← earlier. Click to seek; keys: arrows ±5 s (Shift ±1 s),
 * Page Up/Down ±30 s, Home/End, Space play/pause, + − 0 zoom; Ctrl + wheel zooms.
 */
export function Timeline({ handle, playback, onContainer, drawn, onZoom }: TimelineProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const slider = useRef<HTMLDivElement>(null);
  const { currentTime, duration } = playback;

  useEffect(() => {
    const element = slider.current;
    if (!element) return;
    let last = 0;
    // React's wheel listener is passive: preventDefault (no page zoom or scroll) needs our own.
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey) return;
      event.preventDefault();
      if (event.timeStamp - last < WHEEL_GAP_MS || event.deltaY === 0) return;
      last = event.timeStamp;
      onZoom(event.deltaY < 0 ? 1 : -1);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [onZoom]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.altKey || event.metaKey || event.ctrlKey) return;
    const step = event.shiftKey ? FINE_STEP : STEP;
    const actions: Record<string, () => void> = {
      ArrowRight: () => handle.skip(step),
      ArrowLeft: () => handle.skip(-step),
      ArrowUp: () => handle.skip(step),
      ArrowDown: () => handle.skip(-step),
      PageUp: () => handle.skip(PAGE),
      PageDown: () => handle.skip(-PAGE),
      Home: () => handle.seek(0),
      End: () => handle.seek(handle.duration),
      ' ': () => handle.toggle(),
      '+': () => onZoom(1),
      '=': () => onZoom(1),
      '-': () => onZoom(-1),
      '0': () => onZoom(0),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  function seekToClick(event: MouseEvent<HTMLDivElement>): void {
    // Only the plain bar: wavesurfer seeks on its own clicks.
    if (drawn || duration <= 0) return;
    const rect = event.currentTarget.getBoundingClientRect();
    handle.seek(((event.clientX - rect.left) / rect.width) * duration);
  }

  const fraction = duration > 0 ? Math.min(1, currentTime / duration) : 0;
  return (
    <div className="player-timeline">
      <div
        ref={slider}
        className="timeline-slider"
        // The time axis is left to right whatever the page direction (see above).
        dir="ltr"
        role="slider"
        tabIndex={0}
        aria-label={t('originals.player.timeline')}
        aria-describedby={hintId}
        aria-orientation="horizontal"
        aria-valuemin={0}
        aria-valuemax={Math.round(duration)}
        aria-valuenow={Math.round(currentTime)}
        aria-valuetext={t('originals.player.timeOf', { current: clock(currentTime), total: clock(duration) })}
        onKeyDown={onKeyDown}
        onClick={seekToClick}
      >
        <div ref={onContainer} className="waveform-container" hidden={!drawn} />
        {drawn ? null : (
          <div className="timeline-bar" aria-hidden="true">
            <div className="timeline-bar-played" style={{ inlineSize: `${fraction * 100}%` }} />
          </div>
        )}
      </div>
      <p className="field-hint" id={hintId}>
        {t('originals.player.keys')}
      </p>
    </div>
  );
}

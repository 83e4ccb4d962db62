import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isMac } from '../../../app/use-shortcut';
import { formatOffset } from '../../record/logic/time-offsets';
import { markerLabel } from './markers';
import { MarkerList } from './marker-list';
import { markerShortcutLabel } from './marker-shortcut';
import { useMarkerShortcut } from './use-marker-shortcut';
import type { RecordingSession, SessionSnapshot } from './recording-session';

interface MarkerFormProps {
  session: RecordingSession;
  markers: SessionSnapshot['markers'];
  /** Markers can be dropped (recording or paused). */
  enabled: boolean;
}

const LABEL_MAX = 300;

/**
 * Markers while recording: an optional label for the next one, the button (and its shortcut,
 * which works from anywhere, even in the label field), the list so far. Each drop is announced.
 */
export function MarkerForm({ session, markers, enabled }: MarkerFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [label, setLabel] = useState('');
  const [said, setSaid] = useState('');
  const shortcut = markerShortcutLabel(isMac());

  const drop = useCallback(() => {
    const text = markerLabel(label, markers.length, (n) => t('recorder.markerDefault', { n }));
    const result = session.addMarker(text);
    if (!result.added) {
      if (result.reason === 'tooClose') setSaid(t('recorder.markerTooClose'));
      return;
    }
    setLabel('');
    setSaid(t('recorder.markerAdded', { time: formatOffset(result.seconds), label: text }));
  }, [label, markers.length, session, t]);
  useMarkerShortcut(enabled, drop);

  return (
    <div className="recorder-markers-area">
      <h4 className="recorder-subheading">{t('recorder.markers')}</h4>
      <p className="field-hint" id={`${id}-hint`}>
        {t('recorder.markersHint', { shortcut: shortcut.label })}
      </p>
      <div className="recorder-marker-form">
        <div className="field">
          <label htmlFor={id}>{t('recorder.markerLabel')}</label>
          <input
            id={id}
            value={label}
            maxLength={LABEL_MAX}
            disabled={!enabled}
            onChange={(event) => setLabel(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
                event.preventDefault();
                drop();
              }
            }}
          />
        </div>
        <button type="button" className="button-secondary" aria-disabled={!enabled} aria-keyshortcuts={shortcut.aria} aria-describedby={`${id}-hint`} onClick={() => enabled && drop()}>
          <span>{t('recorder.marker')}</span>{' '}
          <kbd dir="ltr" aria-hidden="true">
            {shortcut.label}
          </kbd>
        </button>
      </div>
      <p className="recorder-marker-said" role="status">
        {said}
      </p>
      <MarkerList markers={markers} />
    </div>
  );
}

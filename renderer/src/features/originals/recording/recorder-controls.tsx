import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../record/editing/confirm-dialog';
import { formatOffset } from '../../record/logic/time-offsets';
import type { RecordingSession, SessionPhase } from './recording-session';

interface RecorderControlsProps {
  session: RecordingSession | null;
  phase: SessionPhase | 'ready';
  canStart: boolean;
  elapsedMs: number;
  onStart: () => void;
  onClose: () => void;
}

/**
 * Start; then Pause/Resume (one button, so focus stays put), Stop and save, Discard (asked
 * first). Focus moves to Pause when recording begins: the Start button it replaces is gone.
 */
export function RecorderControls({ session, phase, canStart, elapsedMs, onStart, onClose }: RecorderControlsProps) {
  const { t } = useTranslation();
  const pauseButton = useRef<HTMLButtonElement>(null);
  const discardButton = useRef<HTMLButtonElement>(null);
  const [confirming, setConfirming] = useState(false);
  const running = phase === 'recording' || phase === 'paused';
  const started = useRef(false);

  useEffect(() => {
    if (running && !started.current) pauseButton.current?.focus();
    started.current = running;
  }, [running]);

  if (running && session) {
    return (
      <div className="recorder-controls" role="group" aria-label={t('recorder.heading')}>
        <button
          type="button"
          ref={pauseButton}
          className="button-secondary"
          onClick={() => (phase === 'paused' ? session.resume() : session.pause())}
        >
          {phase === 'paused' ? t('recorder.resume') : t('recorder.pause')}
        </button>
        <button type="button" className="button-primary" onClick={() => void session.stop()}>
          {t('recorder.stop')}
        </button>
        <button type="button" ref={discardButton} className="button-quiet recorder-discard" aria-haspopup="dialog" onClick={() => setConfirming(true)}>
          {t('recorder.discard')}
        </button>
        {confirming && running ? (
          <ConfirmDialog
            title={t('recorder.discardTitle')}
            confirmLabel={t('recorder.discardConfirm')}
            cancelLabel={t('recorder.keepRecording')}
            destructive
            onCancel={() => {
              setConfirming(false);
              // After the modal is gone: while it is open the rest of the page is inert.
              requestAnimationFrame(() => discardButton.current?.focus());
            }}
            onConfirm={() => {
              setConfirming(false);
              void session.discard();
            }}
          >
            <p>{t('recorder.discardText', { duration: formatOffset(Math.floor(elapsedMs / 1000)) })}</p>
          </ConfirmDialog>
        ) : null}
      </div>
    );
  }

  if (phase === 'stopping' || phase === 'discarding') return null;

  return (
    <div className="recorder-controls" role="group" aria-label={t('recorder.heading')}>
      <button type="button" className="button-primary recorder-start" aria-disabled={!canStart} onClick={() => canStart && onStart()}>
        <span className="recorder-dot" aria-hidden="true" />
        {phase === 'starting' ? t('recorder.starting') : t('recorder.start')}
      </button>
      {phase === 'starting' ? null : (
        <button type="button" className="button-quiet" onClick={onClose}>
          {t('recorder.close')}
        </button>
      )}
    </div>
  );
}

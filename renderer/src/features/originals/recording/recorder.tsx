import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../../../shared/domain/media';
import { useErrorMessage } from '../../../ui/error-text';
import { durationText } from '../../media/media-facts';
import { recordingSupported } from './microphone';
import { clockText, RecorderPanel, type RecordingOutcome } from './recorder-panel';
import { useProblemSentence } from './session-problem-text';
import './recording.css';

export interface RecorderProps {
  testimonyId: string;
  /** A recording was finished and is now an original of the testimony. */
  onRecorded: (media: MediaItem) => void;
}

/**
 * Recording from a microphone into the vault: "Record audio" opens the recorder below it;
 * what the last recording came to (saved, discarded, and why) stays announced here after the
 * recorder closes.
 */
export function Recorder({ testimonyId, onRecorded }: RecorderProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const sentence = useProblemSentence(errorMessage);
  const [supported] = useState(recordingSupported);
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<RecordingOutcome | null>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const id = useId();
  const unsupportedId = `${id}-unsupported`;

  const close = useCallback(() => {
    setOpen(false);
    // The button comes back with the panel gone: give it focus once it is rendered.
    requestAnimationFrame(() => openButton.current?.focus());
  }, []);

  const onEnded = useCallback(
    (ended: RecordingOutcome) => {
      setOutcome(ended);
      if (ended.kind === 'saved') {
        // The workspace opens the new original, which takes focus (its heading).
        setOpen(false);
        onRecorded(ended.media);
      } else {
        close();
      }
    },
    [close, onRecorded],
  );

  let said = '';
  if (outcome?.kind === 'saved') {
    const duration = outcome.media.durationSeconds !== null ? durationText(outcome.media.durationSeconds) : clockText(outcome.recordedMs);
    said = outcome.problem ? `${sentence(outcome.problem)} ${t('recorder.savedAfterProblem', { duration })}` : t('recorder.saved', { duration });
  } else if (outcome?.kind === 'discarded') {
    said = outcome.problem ? sentence(outcome.problem) : t('recorder.discarded');
  }

  return (
    <div className="recorder" data-testimony={testimonyId}>
      {open ? null : (
        <div className="recorder-bar">
          <button
            type="button"
            ref={openButton}
            className="button-secondary recorder-open"
            aria-disabled={!supported}
            aria-describedby={supported ? undefined : unsupportedId}
            onClick={() => {
              if (!supported) return;
              setOutcome(null);
              setOpen(true);
            }}
          >
            <span className="recorder-dot" aria-hidden="true" />
            {t('recorder.open')}
          </button>
          {supported ? null : (
            <p className="recorder-unsupported" id={unsupportedId}>
              {t('recorder.unsupported')}
            </p>
          )}
        </div>
      )}
      <p className="recorder-outcome" role="status" data-outcome={outcome?.kind ?? ''}>
        {said}
      </p>
      {open ? <RecorderPanel testimonyId={testimonyId} headingId={`${id}-heading`} onEnded={onEnded} onClose={close} /> : null}
    </div>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../../../shared/domain/media';
import { useLanguage } from '../../../app/use-language';
import { formatBytes, formatDateTime } from '../../../i18n/format';
import { isolate } from '../../../i18n/error-message';
import { useErrorMessage } from '../../../ui/error-text';
import { durationText } from '../../media/media-facts';
import { ConfirmDialog } from '../../record/editing/confirm-dialog';
import { approximateSeconds } from './markers';
import { TIMESLICE_MS } from './recording-format';
import { useInterrupted, type InterruptedRecording } from './use-interrupted';
import './recording.css';

/** About how long an interrupted recording is: one chunk per timeslice reached the vault. */
function savedDuration(item: InterruptedRecording): string {
  return durationText(approximateSeconds(item.chunks, TIMESLICE_MS));
}

/**
 * After unlock: recordings that a crash, a closed window or a lock cut off, offered at the
 * top of the vault until each is kept (an original of its testimony, markers as segments) or
 * discarded (asked first). Renders nothing when there are none.
 */
export function InterruptedRecordings({ onKept }: { onKept?: (media: MediaItem) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorMessage = useErrorMessage();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = useState<InterruptedRecording | null>(null);
  const interrupted = useInterrupted((media) => onKept?.(media));
  const { items, work, loadError, last } = interrupted;

  // The buttons of a handled recording vanish: focus goes back to the offer's heading.
  useEffect(() => {
    if (last) heading.current?.focus();
  }, [last]);

  if (items.length === 0 && !last && !loadError) return null;

  const date = (item: InterruptedRecording) => formatDateTime(item.startedAt, language);
  const lastText =
    last?.kind === 'kept'
      ? t('recorder.interrupted.kept', {
          code: isolate(last.code),
          duration: last.media.durationSeconds !== null ? durationText(last.media.durationSeconds) : '—',
        })
      : last?.kind === 'discarded'
        ? t('recorder.interrupted.discarded', { code: isolate(last.code) })
        : '';

  return (
    <section className="notice interrupted-recordings" aria-labelledby={titleId}>
      <div className="notice-text">
        <h2 id={titleId} ref={heading} tabIndex={-1} className="notice-title">
          {t('recorder.interrupted.title')}
        </h2>
        {items.length > 0 ? <p>{t('recorder.interrupted.text')}</p> : null}
        {loadError ? (
          <p className="error-text" role="alert">
            {t('recorder.interrupted.loadFailed', { reason: errorMessage(loadError) })}
          </p>
        ) : null}
        <p role="status" className="interrupted-outcome">
          {lastText}
        </p>
        {items.length > 0 ? (
          <ul className="interrupted-list" aria-label={t('recorder.interrupted.list')}>
            {items.map((item) => {
              const state = work.get(item.recordingId);
              const busy = state?.kind === 'keeping' || state?.kind === 'discarding';
              const testimonyId = `${titleId}-${item.recordingId}`;
              const describedBy = `${testimonyId} ${testimonyId}-facts`;
              return (
                <li key={item.recordingId} className="interrupted-item" data-recording={item.recordingId}>
                  <p className="interrupted-testimony" id={testimonyId}>{t('recorder.interrupted.testimony', { code: isolate(item.testimonyCode), title: isolate(item.title || '—') })}</p>
                  <p className="interrupted-facts" id={`${testimonyId}-facts`}>
                    <span>{t('recorder.interrupted.started', { date: date(item) })}</span>
                    <span>{t('recorder.interrupted.saved', { duration: isolate(savedDuration(item)), size: formatBytes(item.bytes, language) })}</span>
                    <span>{t('recorder.interrupted.markers', { count: item.markers })}</span>
                  </p>
                  {state?.kind === 'failed' ? <p className="error-text" role="alert">{errorMessage(state.error)}</p> : null}
                  <div className="notice-actions">
                    {item.bytes > 0 ? (
                      <button
                        type="button"
                        className="button-primary"
                        aria-describedby={describedBy}
                        aria-disabled={busy}
                        onClick={() => busy || interrupted.keep(item)}
                      >
                        {state?.kind === 'keeping' ? t('recorder.interrupted.keeping') : t('recorder.interrupted.keep')}
                      </button>
                    ) : null}
                    <button
                      type="button"
                      className="button-quiet interrupted-discard"
                      aria-describedby={describedBy}
                      aria-haspopup="dialog"
                      aria-disabled={busy}
                      onClick={() => busy || setConfirming(item)}
                    >
                      {t('recorder.interrupted.discard')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('recorder.interrupted.discardTitle')}
          confirmLabel={t('recorder.interrupted.discardConfirm')}
          destructive
          onCancel={() => {
            const id = confirming.recordingId;
            setConfirming(null);
            // Back to the Discard button that opened the question.
            requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-recording="${CSS.escape(id)}"] .interrupted-discard`)?.focus());
          }}
          onConfirm={() => {
            interrupted.discard(confirming);
            setConfirming(null);
          }}
        >
          <p>{t('recorder.interrupted.discardText', { code: isolate(confirming.testimonyCode), date: date(confirming), duration: isolate(savedDuration(confirming)) })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

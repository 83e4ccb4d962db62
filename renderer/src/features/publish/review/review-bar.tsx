import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Narrative } from '../../../../../shared/contract/publish-operations';
import { useLanguage } from '../../../app/use-language';
import { formatDateTime } from '../../../i18n/format';

interface ReviewBarProps {
  narrative: Narrative;
  dirty: boolean;
  busy: boolean;
  onSubmit: () => void;
  onApprove: () => void;
  onReturn: (note: string) => void;
  onExport: () => void;
}

/**
 * The review workflow: draft → submitted → approved (by someone other than the last editor)
 * → published. Says who did what and when; each action names the version on screen, so
 * nobody approves text they did not see. Unsaved edits must be saved before any of them.
 */
export function ReviewBar({ narrative, dirty, busy, onSubmit, onApprove, onReturn, onExport }: ReviewBarProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const [returning, setReturning] = useState(false);
  const [note, setNote] = useState('');
  const when = (iso: string | null) => (iso === null ? '' : formatDateTime(iso, language));
  const { status } = narrative;
  const blocked = dirty || busy;
  const act = (action: () => void) => () => {
    if (!blocked) action();
  };

  return (
    <section className="pb-review" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {t('redaction.review.heading')}{' '}
        <span className={`badge pb-status pb-status-${status}`} data-status={status}>
          {t(`redaction.status.${status}`)}
        </span>
      </h4>
      <ul className="pb-facts">
        <li>{t('redaction.review.lastEditor', { name: narrative.lastEditor.name, date: when(narrative.updatedAt), version: narrative.version })}</li>
        {narrative.submittedBy ? <li>{t('redaction.review.submittedBy', { name: narrative.submittedBy.name, date: when(narrative.submittedAt) })}</li> : null}
        {narrative.approvedBy ? <li>{t('redaction.review.approvedBy', { name: narrative.approvedBy.name, date: when(narrative.approvedAt) })}</li> : null}
        {narrative.publishedAt ? <li>{t('redaction.review.publishedAt', { date: when(narrative.publishedAt) })}</li> : null}
      </ul>
      {dirty ? <p className="field-hint">{t('redaction.review.saveFirst')}</p> : null}
      <div className="pb-actions">
        {status === 'draft' ? (
          <button type="button" className="button-primary" aria-disabled={blocked} onClick={act(onSubmit)}>
            {t('redaction.review.submit')}
          </button>
        ) : null}
        {status === 'submitted' ? (
          <button type="button" className="button-primary" aria-disabled={blocked} onClick={act(onApprove)}>
            {t('redaction.review.approve')}
          </button>
        ) : null}
        {(status === 'submitted' || status === 'approved') && !returning ? (
          <button type="button" className="button-secondary" aria-disabled={blocked} onClick={act(() => setReturning(true))}>
            {t('redaction.review.return')}
          </button>
        ) : null}
        {status === 'approved' || status === 'published' ? (
          <button type="button" className="button-primary" aria-disabled={blocked} onClick={act(onExport)}>
            {t('redaction.review.export')}
          </button>
        ) : null}
      </div>
      {returning ? (
        <form
          className="pb-return"
          onSubmit={(event) => {
            event.preventDefault();
            onReturn(note);
            setReturning(false);
            setNote('');
          }}
        >
          <label>
            {t('redaction.review.note')}
            <textarea dir="auto" rows={3} value={note} onChange={(event) => setNote(event.target.value)} />
          </label>
          <div className="pb-actions">
            <button type="submit" className="button-secondary">
              {t('redaction.review.confirmReturn')}
            </button>
            <button type="button" className="button-quiet" onClick={() => setReturning(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      <details className="pb-history">
        <summary>{t('redaction.review.history', { n: narrative.history.length })}</summary>
        <ol>
          {[...narrative.history].reverse().map((h, i) => (
            <li key={`${h.at}:${i}`}>
              {t(`redaction.history.${h.action}`, { name: h.actor.name, date: when(h.at), version: h.version })}
              {h.note !== '' ? (
                <>
                  {' '}
                  <q dir="auto">{h.note}</q>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

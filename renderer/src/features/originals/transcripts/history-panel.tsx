import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptVersion } from '../../../../../shared/domain/media';
import type { Loaded } from '../../../app/use-load';
import { useLanguage } from '../../../app/use-language';
import { isolate } from '../../../i18n/error-message';
import { formatDateTime } from '../../../i18n/format';
import { ErrorText } from '../../../ui/error-text';
import { ConfirmDialog } from '../../record/editing/confirm-dialog';
import { DiffView } from './diff-view';
import type { DocState } from './use-transcript-docs';

interface HistoryPanelProps {
  doc: DocState;
  versions: Loaded<TranscriptVersion[]>;
  dirty: boolean;
  onRestore: (version: number) => void;
  onDiscard: () => void;
}

/**
 * Every save is a version (who, when); here they are listed, each one's changes shown word by
 * word, and an older one restored (as a new version: nothing in the history is lost).
 * Restoring waits until the draft is saved or discarded, so that no typed text is replaced.
 */
export function HistoryPanel({ doc, versions, dirty, onRestore, onDiscard }: HistoryPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regionId = useId();
  const hintId = useId();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState<number | null>(null);
  const [discarding, setDiscarding] = useState(false);
  const items = versions.data ?? [];
  const latest = doc.info.latestVersion;
  const blocked = dirty || doc.busy;

  return (
    <div className="tp-history">
      <div className="tp-actions">
        <button type="button" className="button-quiet" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen((o) => !o)}>
          {t('transcripts.history.toggle', { n: latest })}
        </button>
        {dirty ? (
          <button type="button" className="button-quiet" aria-disabled={doc.busy} onClick={() => doc.busy || setDiscarding(true)}>
            {t('transcripts.discard.button')}
          </button>
        ) : null}
      </div>
      <div id={regionId} hidden={!open}>
        {versions.error ? <ErrorText error={versions.error} /> : null}
        {open && items.length === 0 && !versions.error ? <p className="muted">{t('transcripts.history.none')}</p> : null}
        {dirty && items.length > 1 ? (
          <p className="field-hint" id={hintId}>
            {t('transcripts.history.saveFirst')}
          </p>
        ) : null}
        <ol className="tp-versions">
          {items.map((v) => (
            <li key={v.version} data-version={v.version}>
              <p>
                <strong>{t('transcripts.history.version', { version: v.version })}</strong>{' '}
                <span className="muted">
                  {t('transcripts.history.meta', { date: formatDateTime(v.createdAt, language), name: isolate(v.authorName), n: v.paragraphCount })}
                  {v.restoredFrom !== null ? ` ${t('transcripts.history.restoredFrom', { version: v.restoredFrom })}` : ''}
                </span>
              </p>
              <div className="tp-actions">
                <button type="button" className="button-quiet" aria-pressed={shown === v.version} onClick={() => setShown((s) => (s === v.version ? null : v.version))}>
                  {t('transcripts.history.changes', { version: v.version })}
                </button>
                {v.version !== latest ? (
                  <button
                    type="button"
                    className="button-quiet"
                    aria-disabled={blocked}
                    aria-describedby={dirty ? hintId : undefined}
                    onClick={() => blocked || onRestore(v.version)}
                  >
                    {t('transcripts.history.restore', { version: v.version })}
                  </button>
                ) : (
                  <span className="muted">{t('transcripts.history.current')}</span>
                )}
              </div>
            </li>
          ))}
        </ol>
        {shown !== null ? <DiffView key={shown} transcriptId={doc.info.id} version={shown} language={doc.info.language} /> : null}
      </div>
      {discarding ? (
        <ConfirmDialog
          title={t('transcripts.discard.title')}
          confirmLabel={t('transcripts.discard.confirm')}
          onCancel={() => setDiscarding(false)}
          onConfirm={() => {
            setDiscarding(false);
            onDiscard();
          }}
          destructive
        >
          <p>{t('transcripts.discard.text')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

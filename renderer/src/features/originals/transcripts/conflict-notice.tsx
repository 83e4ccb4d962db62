import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../../ui/copy-button';
import { plainText } from './draft';
import type { DocState } from './use-transcript-docs';

interface ConflictNoticeProps {
  doc: DocState;
  onReload: () => void;
  onSaveOver: () => void;
}

/**
 * Someone saved a newer version while this person was editing: nothing was overwritten, and
 * their text stays in the editor. They choose: copy it, load the newer version (their text
 * is kept beside it), or save theirs as the newest version (the other stays in the history).
 */
export function ConflictNotice({ doc, onReload, onSaveOver }: ConflictNoticeProps) {
  const { t } = useTranslation();
  const latest = doc.conflict?.latest ?? doc.base + 1;
  return (
    <div className="tp-conflict" role="alert">
      <p>{t('transcripts.conflict.text', { latest, base: doc.base })}</p>
      <div className="tp-actions">
        <CopyButton text={plainText(doc.draft)} label={t('transcripts.conflict.copy')} className="button-secondary" />
        <button type="button" className="button-secondary" aria-disabled={doc.busy} onClick={() => doc.busy || onReload()}>
          {t('transcripts.conflict.reload', { latest })}
        </button>
        <button type="button" className="button-secondary" aria-disabled={doc.busy} onClick={() => doc.busy || onSaveOver()}>
          {t('transcripts.conflict.saveMine', { next: latest + 1 })}
        </button>
      </div>
    </div>
  );
}

/** The person's own text from before they loaded the newer version: never dropped without their say. */
export function KeptText({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="tp-kept" aria-labelledby={headingId}>
      <h5 id={headingId}>{t('transcripts.kept.heading')}</h5>
      <p className="field-hint">{t('transcripts.kept.hint')}</p>
      <textarea readOnly dir="auto" rows={6} value={text} aria-labelledby={headingId} />
      <div className="tp-actions">
        <CopyButton text={text} label={t('transcripts.kept.copy')} className="button-secondary" />
        <button type="button" className="button-quiet" onClick={onDismiss}>
          {t('transcripts.kept.dismiss')}
        </button>
      </div>
    </section>
  );
}

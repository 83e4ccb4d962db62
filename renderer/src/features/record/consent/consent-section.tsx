import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_SCOPES, type ConsentScope } from '../../../../../shared/domain/record';
import { useVault } from '../../../app/vault-client';
import { EditButton } from '../editing/edit-button';
import { EditorStatus } from '../editing/editor-status';
import { SectionFrame } from '../editing/section-frame';
import { SAVED_NOTICE_MS, useEditor } from '../editing/use-editor';
import { checkConsent, consentDraft } from '../logic/consent-draft';
import { useRecord } from '../record-context';
import { ConsentForm } from './consent-form';
import { ConsentView } from './consent-view';
import { WithdrawalDialog } from './withdrawal-dialog';
import { WithdrawalsList } from './withdrawals-list';

/** Section 2: informed consent, recorded before the interview (Murad Code), and its withdrawals. */
export function ConsentSection() {
  const { t } = useTranslation();
  const vault = useVault();
  const { view, testimonyId, refresh } = useRecord();
  const consent = view.record.consent;
  const title = t('record.sections.consent');
  const [withdrawing, setWithdrawing] = useState(false);
  const [recorded, setRecorded] = useState(false);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const editor = useEditor({
    id: 'consent',
    label: title,
    initial: () => consentDraft(consent),
    check: checkConsent,
    save: async (value) => {
      // Withdrawals as the vault holds them now: one may have been recorded while this form was open.
      await vault.call('records.updateConsent', { testimonyId, consent: { ...value, withdrawals: consent.withdrawals } });
      await refresh();
    },
    prefix: 'consent',
  });
  const withdrawn = new Set<ConsentScope>(consent.withdrawals.flatMap((w) => w.scopes));
  const allWithdrawn = CONSENT_SCOPES.every((s) => withdrawn.has(s));
  return (
    <SectionFrame
      section="consent"
      title={title}
      intro={t('consent.intro')}
      actions={
        <>
          <EditButton editor={editor} name={t('record.editSection', { section: title })} />
          {!allWithdrawn ? (
            <button type="button" ref={withdrawButton} className="button-quiet button-withdraw" onClick={() => setWithdrawing(true)}>
              {t('consent.withdraw.open')}
            </button>
          ) : null}
        </>
      }
    >
      <EditorStatus editor={editor} />
      <p className="editor-status" aria-live="polite">
        {recorded ? <span className="saved-status">{t('consent.withdraw.recorded')}</span> : null}
      </p>
      {editor.draft ? <ConsentForm editor={editor} draft={editor.draft} /> : <ConsentView consent={consent} />}
      <WithdrawalsList withdrawals={consent.withdrawals} />
      {withdrawing ? (
        <WithdrawalDialog
          withdrawn={withdrawn}
          onClose={(done) => {
            setWithdrawing(false);
            setRecorded(done);
            if (done) setTimeout(() => setRecorded(false), SAVED_NOTICE_MS);
            withdrawButton.current?.focus();
          }}
        />
      ) : null}
    </SectionFrame>
  );
}

import { useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formatEdtf } from '../../../../../shared/domain/edtf';
import { CONSENT_SCOPES, type ConsentScope } from '../../../../../shared/domain/record';
import { useLanguage } from '../../../app/use-language';
import { useVault } from '../../../app/vault-client';
import { ErrorText } from '../../../ui/error-text';
import { ModalDialog } from '../../../ui/modal-dialog';
import { CheckboxGroup } from '../form/checkbox-group';
import { EdtfInput } from '../form/edtf-input';
import { TextArea } from '../form/text-area';
import { checkWithdrawal, todayEdtf, type Withdrawal, type WithdrawalDraft } from '../logic/consent-draft';
import type { Problems } from '../logic/problems';
import { fieldRefusal } from '../logic/server-problems';
import { useRecord } from '../record-context';

interface WithdrawalDialogProps {
  /** Scopes already withdrawn: shown, not offered again. */
  withdrawn: ReadonlySet<ConsentScope>;
  onClose: (recorded: boolean) => void;
}

/**
 * Records that the survivor withdrew consent: when, for which uses, and what they said. Two
 * steps, because it cannot be taken back: a withdrawal is never edited or deleted.
 */
export function WithdrawalDialog({ withdrawn, onClose }: WithdrawalDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const vault = useVault();
  const { testimonyId, refresh } = useRecord();
  const [draft, setDraft] = useState<WithdrawalDraft>(() => ({ withdrawnOn: todayEdtf(new Date()), scopes: [], notes: '' }));
  const [confirming, setConfirming] = useState<Withdrawal | null>(null);
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const offered = CONSENT_SCOPES.filter((s) => !withdrawn.has(s));

  function review(event: FormEvent): void {
    event.preventDefault();
    const checked = checkWithdrawal(draft);
    setProblems(checked.ok ? {} : checked.problems);
    if (checked.ok) setConfirming(checked.value);
  }

  async function record(withdrawal: Withdrawal): Promise<void> {
    setBusy(true);
    setFailure(null);
    try {
      await vault.call('records.withdrawConsent', { testimonyId, withdrawal });
      await refresh();
      onClose(true);
    } catch (error) {
      setBusy(false);
      setConfirming(null);
      const refusal = fieldRefusal(error, { prefix: 'withdrawal' });
      if (refusal) setProblems({ [refusal.path]: refusal.problem });
      else setFailure(error);
    }
  }

  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  return createPortal(
    <ModalDialog title={t('consent.withdraw.title')} onClose={() => onClose(false)} closable={!busy} className="withdrawal-dialog">
      {confirming ? (
        <div className="stack">
          <p className="warning-note" role="note">
            {t('consent.withdraw.confirmText', {
              date: formatEdtf(confirming.withdrawnOn, language),
              scopes: list.format(confirming.scopes.map((s) => t(`consent.scopes.${s}`))),
            })}
          </p>
          {failure ? <ErrorText error={failure} /> : null}
          <div className="actions">
            <button type="button" className="button-secondary" onClick={() => setConfirming(null)}>
              {t('consent.withdraw.back')}
            </button>
            <button type="button" className="button-danger" aria-disabled={busy} onClick={() => busy || void record(confirming)}>
              {busy ? t('record.saving') : t('consent.withdraw.confirm')}
            </button>
          </div>
        </div>
      ) : (
        <form className="stack" onSubmit={review} noValidate>
          <p>{t('consent.withdraw.intro')}</p>
          <EdtfInput label={t('consent.withdraw.date')} value={draft.withdrawnOn} onChange={(withdrawnOn) => setDraft((d) => ({ ...d, withdrawnOn }))} problem={problems.withdrawnOn} />
          <CheckboxGroup
            legend={t('consent.withdraw.scopes')}
            options={offered.map((s) => ({ value: s, label: t(`consent.scopes.${s}`) }))}
            values={draft.scopes}
            onChange={(scopes) => setDraft((d) => ({ ...d, scopes: scopes as ConsentScope[] }))}
            problem={problems.scopes}
          />
          <button type="button" className="button-link" onClick={() => setDraft((d) => ({ ...d, scopes: [...offered] }))}>
            {t('consent.withdraw.all')}
          </button>
          <TextArea label={t('consent.withdraw.notes')} value={draft.notes} onChange={(notes) => setDraft((d) => ({ ...d, notes }))} problem={problems.notes} hint={t('consent.withdraw.notesHint')} />
          <div className="actions">
            <button type="button" className="button-secondary" onClick={() => onClose(false)}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button-primary">
              {t('consent.withdraw.review')}
            </button>
          </div>
        </form>
      )}
    </ModalDialog>,
    document.body,
  );
}

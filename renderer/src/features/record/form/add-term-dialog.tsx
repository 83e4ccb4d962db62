import { useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { customTermSchema, type VocabularyId } from '../../../../../shared/domain/vocabularies';
import { useVault } from '../../../app/vault-client';
import { ErrorText } from '../../../ui/error-text';
import { ModalDialog } from '../../../ui/modal-dialog';
import { check, type Problem, type Problems } from '../logic/problems';
import { fieldRefusal } from '../logic/server-problems';
import { keyFromLabel } from '../logic/term-key';
import { useRecord } from '../record-context';
import { LineInput } from './line-input';

interface AddTermDialogProps {
  vocabulary: VocabularyId;
  /** The field's label, to say which list grows. */
  listName: string;
  /** The new term's key, or null when nothing was added. */
  onClose: (added: string | null) => void;
}

/** Adds a term of the organisation's own to a vocabulary, with its English and Arabic labels. */
export function AddTermDialog({ vocabulary, listName, onClose }: AddTermDialogProps) {
  const { t } = useTranslation();
  const vault = useVault();
  const { refreshTerms } = useRecord();
  const [en, setEn] = useState('');
  const [ar, setAr] = useState('');
  const [key, setKey] = useState('');
  const [keyTyped, setKeyTyped] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const shownKey = keyTyped ? key : keyFromLabel(en);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    // React events bubble along the component tree: this form sits inside a section's form.
    event.stopPropagation();
    if (busy) return;
    const checked = check(customTermSchema, { vocabulary, key: shownKey, labels: { en, ar } });
    setFailure(null);
    if (!checked.ok) {
      const found: Record<string, Problem> = { ...checked.problems };
      if (found.key) found.key = { key: 'record.problems.termKey' };
      if (found.labels) found['labels.en'] = { key: 'record.problems.termLabel' };
      setProblems(found);
      return;
    }
    setProblems({});
    setBusy(true);
    try {
      const added = await vault.call('vocabularies.addTerm', checked.value);
      await refreshTerms();
      onClose(added.key);
    } catch (error) {
      setBusy(false);
      const refusal = fieldRefusal(error);
      if (refusal) setProblems({ [refusal.path]: refusal.problem });
      else setFailure(error);
    }
  }

  // In <body>, not inside the section's <form> (a form inside a form is not valid HTML).
  return createPortal(
    <ModalDialog title={t('record.terms.addTitle', { list: listName })} onClose={() => onClose(null)} closable={!busy}>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <p className="muted">{t('record.terms.addIntro')}</p>
        <LineInput label={t('record.terms.labelEn')} value={en} onChange={setEn} problem={problems['labels.en']} />
        <LineInput label={t('record.terms.labelAr')} value={ar} onChange={setAr} problem={problems['labels.ar']} />
        <LineInput
          label={t('record.terms.key')}
          value={shownKey}
          onChange={(value) => {
            setKeyTyped(true);
            setKey(value);
          }}
          dir="ltr"
          hint={t('record.terms.keyHint')}
          problem={problems.key}
        />
        {failure ? <ErrorText error={failure} /> : null}
        <div className="actions">
          <button type="button" className="button-secondary" onClick={() => onClose(null)}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button-primary" aria-disabled={busy}>
            {busy ? t('record.saving') : t('record.terms.addSubmit')}
          </button>
        </div>
      </form>
    </ModalDialog>,
    document.body,
  );
}

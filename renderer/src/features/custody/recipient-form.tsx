import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RECIPIENT_KINDS, type RecipientKind } from '../../../../shared/domain/custody';
import type { RecipientEntryView } from '../../../../shared/contract/custody-export-operations';
import { useVault } from '../../app/vault-client';
import { TextField } from '../../ui/text-field';
import { ErrorText } from '../../ui/error-text';
import { custodyProblem } from './custody-errors';

interface RecipientFormProps {
  /** The entry being edited; a new one when absent. */
  editing?: RecipientEntryView;
  onSaved: (saved: RecipientEntryView) => void;
  onCancel?: () => void;
}

/** Add or edit one recipient. The key is checked by the vault (age Bech32, checksum included). */
export function RecipientForm({ editing, onSaved, onCancel }: RecipientFormProps) {
  const { t } = useTranslation();
  const vault = useVault();
  const kindId = useId();
  const [name, setName] = useState(editing?.name ?? '');
  const [organization, setOrganization] = useState(editing?.organization ?? '');
  const [kind, setKind] = useState<RecipientKind>(editing?.kind ?? 'un-mechanism');
  const [publicKey, setPublicKey] = useState(editing?.publicKey ?? '');
  const [notes, setNotes] = useState(editing?.notes ?? '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const recipient = { name, organization, kind, publicKey, notes };
    try {
      onSaved(editing ? await vault.call('custody.recipients.update', { id: editing.id, recipient }) : await vault.call('custody.recipients.add', recipient));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const problem = custodyProblem(error);
  const keyError = problem?.key === 'badKey' ? t('custody.recipients.badKey') : problem?.key === 'keyTaken' ? t('custody.recipients.keyTaken', { name: problem.name }) : undefined;
  return (
    <form className="recipient-form" onSubmit={(e) => void submit(e)} aria-label={editing ? t('custody.recipients.editing', { name: editing.name }) : t('custody.recipients.add')}>
      <TextField label={t('custody.recipients.name')} value={name} onChange={setName} dir="auto" required maxLength={200} />
      <TextField label={t('custody.recipients.organization')} value={organization} onChange={setOrganization} dir="auto" maxLength={300} />
      <div className="field">
        <label htmlFor={kindId}>{t('custody.recipients.kind')}</label>
        <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as RecipientKind)} aria-describedby={`${kindId}-hint`}>
          {RECIPIENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`custody.kinds.${k}`)}
            </option>
          ))}
        </select>
        <p className="field-hint" id={`${kindId}-hint`}>
          {t('custody.recipients.kindHint')}
        </p>
      </div>
      <TextField label={t('custody.recipients.publicKey')} value={publicKey} onChange={setPublicKey} dir="ltr" spellCheck={false} required hint={t('custody.recipients.publicKeyHint')} error={keyError} className="recipient-key" />
      <TextField label={t('custody.recipients.notes')} value={notes} onChange={setNotes} dir="auto" rows={2} maxLength={2000} />
      {error && !keyError ? <ErrorText error={error} /> : null}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {t('custody.recipients.save')}
        </button>
        {onCancel ? (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

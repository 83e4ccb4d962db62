import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../app/vault-client';
import { ErrorText } from '../../ui/error-text';
import { checkNewPassphrase, type NewPassphraseProblem } from '../passphrase/new-passphrase';
import { NewPassphraseFields, focusProblem } from '../passphrase/new-passphrase-fields';

export function PassphraseStep({ onCreated }: { onCreated: (recoveryKey: string) => void }) {
  const { t } = useTranslation();
  const vault = useVault();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problem, setProblem] = useState<NewPassphraseProblem | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const found = checkNewPassphrase(passphrase, confirmation);
    setProblem(found);
    setError(null);
    if (found) {
      focusProblem(found, { passphraseRef, confirmationRef });
      return;
    }
    setBusy(true);
    try {
      const { recoveryKey } = await vault.call('vault.create', { passphrase });
      // The passphrase has done its job: do not keep it in React state.
      setPassphrase('');
      setConfirmation('');
      onCreated(recoveryKey);
    } catch (caught) {
      setError(caught);
      setBusy(false);
      passphraseRef.current?.focus();
    }
  }

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      <p>{t('create.intro')}</p>
      <NewPassphraseFields
        label={t('create.passphrase')}
        confirmLabel={t('create.confirm')}
        passphrase={passphrase}
        confirmation={confirmation}
        onPassphraseChange={setPassphrase}
        onConfirmationChange={setConfirmation}
        problem={problem}
        passphraseRef={passphraseRef}
        confirmationRef={confirmationRef}
        autoFocus
      />
      {error ? <ErrorText error={error} /> : null}
      <div className="actions">
        <button type="submit" className="button-primary" aria-disabled={busy}>
          {busy ? t('create.creating') : t('create.submit')}
        </button>
      </div>
    </form>
  );
}

import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NEW_PASSPHRASE_MIN_LENGTH, passphraseLength, passphraseStrength } from '../../../../shared/domain/passphrase';
import { useVault } from '../../app/vault-client';
import { ErrorText } from '../../ui/error-text';
import { PassphraseField } from '../../ui/passphrase-field';
import { StrengthMeter } from './strength-meter';

type Problem = 'tooShort' | 'tooWeak' | 'mismatch' | null;

/** Weak and short passphrases are refused here already; the core refuses short ones again. */
function check(passphrase: string, confirmation: string): Problem {
  if (passphraseLength(passphrase) < NEW_PASSPHRASE_MIN_LENGTH) return 'tooShort';
  if (passphraseStrength(passphrase) < 2) return 'tooWeak';
  if (passphrase !== confirmation) return 'mismatch';
  return null;
}

export function PassphraseStep({ onCreated }: { onCreated: (recoveryKey: string) => void }) {
  const { t } = useTranslation();
  const vault = useVault();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problem, setProblem] = useState<Problem>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const second = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const found = check(passphrase, confirmation);
    setProblem(found);
    setError(null);
    if (found) {
      (found === 'mismatch' ? second : first).current?.focus();
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
      first.current?.focus();
    }
  }

  const min = NEW_PASSPHRASE_MIN_LENGTH;
  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      <p>{t('create.intro')}</p>
      <PassphraseField
        label={t('create.passphrase')}
        value={passphrase}
        onChange={setPassphrase}
        inputRef={first}
        autoFocus
        autoComplete="new-password"
        hint={t('create.hint', { min })}
        error={problem === 'tooShort' ? t('create.tooShort', { min }) : problem === 'tooWeak' ? t('create.tooWeak') : null}
      />
      <StrengthMeter passphrase={passphrase} />
      <PassphraseField
        label={t('create.confirm')}
        value={confirmation}
        onChange={setConfirmation}
        inputRef={second}
        autoComplete="new-password"
        error={problem === 'mismatch' ? t('create.mismatch') : null}
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

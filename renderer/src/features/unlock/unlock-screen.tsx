import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../app/vault-client';
import { ErrorText, useErrorMessage } from '../../ui/error-text';
import { PassphraseField } from '../../ui/passphrase-field';
import { Screen } from '../../ui/screen';
import { TextField } from '../../ui/text-field';
import { useBackoff } from './use-backoff';

type Method = 'passphrase' | 'recoveryKey';

interface UnlockScreenProps {
  onUnlocked: () => void;
  /** Set when the UI locked but the vault reported an error while dropping its keys. */
  lockError?: unknown;
}

export function UnlockScreen({ onUnlocked, lockError }: UnlockScreenProps) {
  const { t } = useTranslation();
  const vault = useVault();
  const errorMessage = useErrorMessage();
  const [method, setMethod] = useState<Method>('passphrase');
  const [username, setUsername] = useState('');
  const [secret, setSecret] = useState('');
  const backoff = useBackoff();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const passphraseField = useRef<HTMLInputElement>(null);
  const recoveryKeyField = useRef<HTMLTextAreaElement>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      // The username picks the person's own key slot (and so their role).
      // Without one, every key slot is tried (slower with many users, same result).
      if (method === 'passphrase' && username.trim() !== '') await vault.call('users.unlock', { username, passphrase: secret });
      else if (method === 'passphrase') await vault.call('vault.unlock', { method, passphrase: secret });
      else await vault.call('vault.unlock', { method, recoveryKey: secret });
      setSecret('');
      onUnlocked();
    } catch (caught) {
      setError(caught);
      backoff.noteError(caught);
      setBusy(false);
      // The field stays enabled during the attempt so focus never leaves it; select what was
      // typed so a retry replaces it.
      const field = method === 'passphrase' ? passphraseField.current : recoveryKeyField.current;
      field?.focus();
      field?.select();
    }
  }

  function switchMethod(): void {
    setMethod((m) => (m === 'passphrase' ? 'recoveryKey' : 'passphrase'));
    setSecret('');
    setError(null);
  }

  const fieldError = error ? errorMessage(error) : null;

  return (
    <Screen title={t('unlock.title')}>
      {lockError ? <ErrorText error={lockError} /> : null}
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <p>{t('unlock.intro')}</p>
        {backoff.waitSeconds > 0 ? (
          <p className="notice" role="status">
            {t('security.backoff.wait', { seconds: backoff.waitSeconds })}
          </p>
        ) : null}
        {method === 'passphrase' ? (
          <TextField
            key="username"
            label={t('users.unlock.username')}
            value={username}
            onChange={setUsername}
            autoFocus
            autoComplete="username"
            dir="auto"
            spellCheck={false}
            hint={t('users.unlock.usernameHint')}
          />
        ) : null}
        {method === 'passphrase' ? (
          <PassphraseField
            key="passphrase"
            label={t('unlock.passphrase')}
            value={secret}
            onChange={setSecret}
            inputRef={passphraseField}
            autoComplete="current-password"
            error={fieldError}
          />
        ) : (
          <TextField
            key="recoveryKey"
            label={t('unlock.recoveryKey')}
            value={secret}
            onChange={setSecret}
            textareaRef={recoveryKeyField}
            rows={2}
            autoFocus
            dir="ltr"
            className="field-recovery-key"
            hint={t('unlock.recoveryHint')}
            error={fieldError}
          />
        )}
        <div className="actions">
          <button type="button" className="button-link" onClick={switchMethod}>
            {method === 'passphrase' ? t('unlock.useRecoveryKey') : t('unlock.usePassphrase')}
          </button>
          <button type="submit" className="button-primary" aria-disabled={busy}>
            {busy ? t('unlock.unlocking') : t('unlock.submit')}
          </button>
        </div>
      </form>
    </Screen>
  );
}

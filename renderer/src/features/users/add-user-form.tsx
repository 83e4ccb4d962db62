import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../app/vault-client';
import { ErrorText } from '../../ui/error-text';
import { PassphraseField } from '../../ui/passphrase-field';
import { TextField } from '../../ui/text-field';
import { NEW_PASSPHRASE_MIN_LENGTH } from '../../../../shared/domain/passphrase';
import { ROLES, type Role } from '../../../../shared/contract/roles';
import type { UserSummary } from '../../../../shared/contract/users-operations';

interface AddUserFormProps {
  onBusyChange: (busy: boolean) => void;
  onAdded: (user: UserSummary) => void;
}

/**
 * A new user, with their role. The new person types their own passphrase here, at the
 * administrator's screen: the administrator never needs to know it. It is dropped from the
 * form as soon as the vault has derived their key slot.
 */
export function AddUserForm({ onBusyChange, onAdded }: AddUserFormProps) {
  const { t } = useTranslation();
  const vault = useVault();
  const roleId = useId();
  const roleHintId = `${roleId}-hint`;
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('interviewer');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    onBusyChange(true);
    setError(null);
    try {
      const user = await vault.call('users.add', { username, displayName, role, passphrase });
      setUsername('');
      setDisplayName('');
      setPassphrase('');
      onAdded(user);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
      onBusyChange(false);
    }
  }

  return (
    <form className="stack users-add" onSubmit={(event) => void submit(event)} noValidate aria-label={t('users.add.title')}>
      <h3>{t('users.add.title')}</h3>
      <TextField label={t('users.add.username')} value={username} onChange={setUsername} hint={t('users.add.usernameHint')} dir="auto" spellCheck={false} autoComplete="off" maxLength={32} />
      <TextField label={t('users.add.displayName')} value={displayName} onChange={setDisplayName} dir="auto" maxLength={80} autoComplete="off" />
      <div className="field">
        <label htmlFor={roleId}>{t('users.add.role')}</label>
        <select id={roleId} value={role} aria-describedby={roleHintId} onChange={(event) => setRole(event.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`users.roles.${r}`)}
            </option>
          ))}
        </select>
        <p className="field-hint" id={roleHintId}>
          {t(`users.roleHints.${role}`)}
        </p>
      </div>
      <PassphraseField label={t('users.add.passphrase')} value={passphrase} onChange={setPassphrase} hint={t('users.add.passphraseHint', { min: NEW_PASSPHRASE_MIN_LENGTH })} autoComplete="new-password" />
      {error ? <ErrorText error={error} /> : null}
      <div className="actions">
        <button type="submit" className="button-primary" aria-disabled={busy}>
          {busy ? t('users.add.adding') : t('users.add.submit')}
        </button>
      </div>
    </form>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../app/vault-client';
import { ErrorText } from '../../ui/error-text';
import type { UserSummary } from '../../../../shared/contract/users-operations';

interface UsersTableProps {
  users: readonly UserSummary[];
  meId: string;
  onBusyChange: (busy: boolean) => void;
  onRemoved: (user: UserSummary) => void;
}

/** The users with their roles; removing one asks first, in place, naming who. */
export function UsersTable({ users, meId, onBusyChange, onRemoved }: UsersTableProps) {
  const { t } = useTranslation();
  const vault = useVault();
  const [confirming, setConfirming] = useState<UserSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function remove(user: UserSummary): Promise<void> {
    setBusy(true);
    onBusyChange(true);
    setError(null);
    try {
      await vault.call('users.remove', { userId: user.id });
      setConfirming(null);
      onRemoved(user);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
      onBusyChange(false);
    }
  }

  return (
    <section className="stack" aria-label={t('users.listLabel')}>
      <div className="table-scroll">
        <table className="media-table users-table">
          <thead>
            <tr>
              <th scope="col">{t('users.columns.username')}</th>
              <th scope="col">{t('users.columns.displayName')}</th>
              <th scope="col">{t('users.columns.role')}</th>
              <th scope="col">{t('users.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td dir="auto">{user.username}</td>
                <td dir="auto">
                  {user.displayName}
                  {user.id === meId ? ` (${t('users.you')})` : ''}
                </td>
                <td>{t(`users.roles.${user.role}`)}</td>
                <td>
                  {user.id === meId ? null : (
                    <button type="button" className="button-link" aria-label={t('users.remove.buttonLabel', { name: user.displayName })} onClick={() => setConfirming(user)}>
                      {t('users.remove.button')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {confirming ? (
        <div className="notice stack" role="group" aria-label={t('users.remove.confirmTitle')}>
          <p className="notice-title">{t('users.remove.confirmTitle')}</p>
          <p>{t('users.remove.confirm', { name: confirming.displayName })}</p>
          {error ? <ErrorText error={error} /> : null}
          <div className="actions">
            <button type="button" className="button-link" onClick={() => setConfirming(null)} disabled={busy}>
              {t('users.remove.cancel')}
            </button>
            <button type="button" className="button-danger" aria-disabled={busy} onClick={() => void (busy ? undefined : remove(confirming))}>
              {busy ? t('users.remove.removing') : t('users.remove.confirmButton')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

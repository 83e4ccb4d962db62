import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../app/vault-client';
import { useLoad } from '../../app/use-load';
import { ModalDialog } from '../../ui/modal-dialog';
import { ErrorText } from '../../ui/error-text';
import type { UserSummary } from '../../../../shared/contract/users-operations';
import { AddUserForm } from './add-user-form';
import { UsersTable } from './users-table';

interface UsersDialogProps {
  me: UserSummary;
  onClose: () => void;
}

/** The administrators' users screen: who can unlock the vault, adding and removing them. */
export function UsersDialog({ me, onClose }: UsersDialogProps) {
  const { t } = useTranslation();
  const vault = useVault();
  const users = useLoad(useCallback(() => vault.call('users.list', {}), [vault]));
  const [status, setStatus] = useState('');
  // Key derivation takes a second or two: the person must see the outcome before closing.
  const [busy, setBusy] = useState(false);

  return (
    <ModalDialog title={t('users.title')} onClose={onClose} closable={!busy} className="users-dialog">
      <p>{t('users.intro')}</p>
      <p>{t('users.signedInAs', { name: me.displayName, role: t(`users.roles.${me.role}`) })}</p>
      <p className="saved-status" role="status">
        {status}
      </p>
      {users.error ? <ErrorText error={users.error} /> : null}
      {users.data ? (
        <UsersTable
          users={users.data.items}
          meId={me.id}
          onBusyChange={setBusy}
          onRemoved={(user) => {
            setStatus(t('users.remove.removed', { name: user.displayName }));
            users.reload();
          }}
        />
      ) : null}
      <AddUserForm
        onBusyChange={setBusy}
        onAdded={(user) => {
          setStatus(t('users.add.added', { name: user.displayName, username: user.username }));
          users.reload();
        }}
      />
    </ModalDialog>
  );
}

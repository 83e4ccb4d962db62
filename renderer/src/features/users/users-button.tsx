import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UsersDialog } from './users-dialog';
import { useCurrentUser } from './use-current-user';

/**
 * The app bar's way into user management (issue 7). Shown to administrators only; the core
 * refuses users.* to everyone else whatever the UI shows.
 */
export function UsersButton() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  // Focus goes back once the dialog is gone: closing a <dialog> as it unmounts would take it away again.
  useEffect(() => {
    if (open || !returnFocus.current) return;
    returnFocus.current = false;
    button.current?.focus();
  }, [open]);

  if (!me || me.role !== 'administrator') return null;
  return (
    <>
      <button type="button" ref={button} className="button-users" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('users.open')}
      </button>
      {open ? (
        <UsersDialog
          me={me}
          onClose={() => {
            returnFocus.current = true;
            setOpen(false);
          }}
        />
      ) : null}
    </>
  );
}

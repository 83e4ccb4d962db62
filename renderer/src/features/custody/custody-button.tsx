import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CustodyDialog } from './custody-dialog';
import { useMay } from '../users/use-may';

/**
 * The app bar's way into custody work (issue 5): address book, export, receipts, vault
 * details, fixity, backup and received packages, in one dialog.
 */
export function CustodyButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  // Custody work is for custodians and administrators (shared/contract/roles.ts).
  const allowed = useMay('custody.export', 'fixity.run', 'backup.run');
  // Focus goes back once the dialog is gone: closing a <dialog> as it unmounts would take it away again.
  useEffect(() => {
    if (open || !returnFocus.current) return;
    returnFocus.current = false;
    button.current?.focus();
  }, [open]);
  if (!allowed) return null;
  return (
    <>
      <button type="button" ref={button} className="button-custody" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('custody.open')}
      </button>
      {open ? (
        <CustodyDialog
          onClose={() => {
            returnFocus.current = true;
            setOpen(false);
          }}
        />
      ) : null}
    </>
  );
}

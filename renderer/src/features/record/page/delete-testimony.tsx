import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../../app/vault-client';
import { ErrorText } from '../../../ui/error-text';
import { ConfirmDialog } from '../editing/confirm-dialog';
import { useMay } from '../../users/use-may';

interface DeleteTestimonyProps {
  testimonyId: string;
  code: string;
  /** The testimony is gone: leave its page. */
  onDeleted: () => void;
}

/**
 * Deleting a testimony for good (crypto-shredding: its key is destroyed, so copies of its
 * files become unreadable). Confirmed by typing the code, as the core also requires; only
 * administrators and custodians may, which the core enforces and the error then says.
 */
export function DeleteTestimony({ testimonyId, code, onDeleted }: DeleteTestimonyProps) {
  const { t } = useTranslation();
  const client = useVault();
  const fieldId = useId();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const matches = typed.trim() === code;
  const allowed = useMay('testimonies.delete');

  const confirm = async () => {
    if (!matches) {
      setError(new Error(t('deletion.mismatch')));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await client.call('testimonies.delete', { testimonyId, confirmCode: typed.trim() });
      setOpen(false);
      onDeleted();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (!allowed) return null;
  return (
    <section className="record-section record-danger" aria-labelledby={`${fieldId}-heading`}>
      <h2 id={`${fieldId}-heading`}>{t('deletion.heading')}</h2>
      <p className="section-intro">{t('deletion.intro')}</p>
      <button type="button" className="button-danger" onClick={() => setOpen(true)}>
        {t('deletion.open')}
      </button>
      {open ? (
        <ConfirmDialog
          title={t('deletion.title', { code })}
          confirmLabel={t('deletion.confirm')}
          onConfirm={() => void confirm()}
          onCancel={() => {
            setOpen(false);
            setTyped('');
            setError(null);
          }}
          destructive
          busy={busy}
        >
          <p>{t('deletion.explain')}</p>
          <div className="field">
            <label htmlFor={fieldId}>{t('deletion.typeCode', { code })}</label>
            <input id={fieldId} dir="auto" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} aria-invalid={error !== null && !matches} />
          </div>
          {error instanceof Error && !('code' in error) ? (
            <p className="error-text" role="alert">
              {error.message}
            </p>
          ) : error ? (
            <ErrorText error={error} />
          ) : null}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

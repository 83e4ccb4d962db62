import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecipientEntryView } from '../../../../shared/contract/custody-export-operations';
import { useLoad } from '../../app/use-load';
import { useVault } from '../../app/vault-client';
import { ErrorText } from '../../ui/error-text';
import { RecipientForm } from './recipient-form';

/** The recipients' address book: list, add, edit, remove. */
export function AddressBook() {
  const { t } = useTranslation();
  const vault = useVault();
  const load = useCallback(async () => (await vault.call('custody.recipients.list', {})).items, [vault]);
  const { data, error, reload } = useLoad(load);
  const [editing, setEditing] = useState<RecipientEntryView | null>(null);
  const [removing, setRemoving] = useState<RecipientEntryView | null>(null);
  const [status, setStatus] = useState('');
  // A saved new recipient empties the form: a fresh one per save.
  const [formKey, setFormKey] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);

  async function remove(r: RecipientEntryView): Promise<void> {
    setFailure(null);
    try {
      await vault.call('custody.recipients.remove', { id: r.id });
      setStatus(t('custody.recipients.removed', { name: r.name }));
      setRemoving(null);
      reload();
    } catch (caught) {
      setFailure(caught);
    }
  }

  return (
    <section className="custody-panel" aria-labelledby="custody-recipients-heading">
      <h3 id="custody-recipients-heading">{t('custody.recipients.heading')}</h3>
      <p>{t('custody.recipients.intro')}</p>
      {error ? <ErrorText error={error} /> : null}
      {failure ? <ErrorText error={failure} /> : null}
      <p role="status" className="custody-status">
        {status}
      </p>
      {data && data.length === 0 ? <p>{t('custody.recipients.empty')}</p> : null}
      {data && data.length > 0 ? (
        <table className="custody-table recipients-table">
          <thead>
            <tr>
              <th scope="col">{t('custody.recipients.name')}</th>
              <th scope="col">{t('custody.recipients.organization')}</th>
              <th scope="col">{t('custody.recipients.kind')}</th>
              <th scope="col">{t('custody.recipients.fingerprint')}</th>
              <th scope="col">{t('custody.recipients.notes')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {data.map((r) => (
              <tr key={r.id}>
                <th scope="row" dir="auto">
                  {r.name}
                </th>
                <td dir="auto">{r.organization}</td>
                <td>{t(`custody.kinds.${r.kind}`)}</td>
                <td>
                  <code dir="ltr" title={r.publicKey}>
                    {r.fingerprint}
                  </code>
                </td>
                <td dir="auto">{r.notes}</td>
                <td className="row-actions">
                  {removing?.id === r.id ? (
                    <span role="group" aria-label={t('custody.recipients.removeConfirm', { name: r.name })}>
                      <span>{t('custody.recipients.removeConfirm', { name: r.name })}</span>
                      <button type="button" className="button-secondary" onClick={() => void remove(r)}>
                        {t('custody.recipients.removeYes')}
                      </button>
                      <button type="button" className="button-quiet" onClick={() => setRemoving(null)}>
                        {t('common.cancel')}
                      </button>
                    </span>
                  ) : (
                    <>
                      <button type="button" className="button-quiet" aria-label={`${t('custody.recipients.edit')} ${r.name}`} onClick={() => setEditing(r)}>
                        {t('custody.recipients.edit')}
                      </button>
                      <button type="button" className="button-quiet" aria-label={`${t('custody.recipients.remove')} ${r.name}`} onClick={() => setRemoving(r)}>
                        {t('custody.recipients.remove')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h4>{editing ? t('custody.recipients.editing', { name: editing.name }) : t('custody.recipients.add')}</h4>
      <RecipientForm
        key={editing?.id ?? `new-${formKey}`}
        {...(editing ? { editing, onCancel: () => setEditing(null) } : {})}
        onSaved={(saved) => {
          setStatus(t('custody.recipients.saved', { name: saved.name }));
          setEditing(null);
          setFormKey((k) => k + 1);
          reload();
        }}
      />
    </section>
  );
}

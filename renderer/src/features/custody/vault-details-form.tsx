import { useCallback, useState, type FormEvent } from 'react';
import type { VaultDetailsView } from '../../../../shared/contract/custody-export-operations';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../app/use-load';
import { useVault } from '../../app/vault-client';
import { ErrorText } from '../../ui/error-text';
import { TextField } from '../../ui/text-field';

/** Source-Organization and Contact-Name of bag-info.txt. */
export function VaultDetailsForm() {
  const vault = useVault();
  const load = useCallback(() => vault.call('custody.details.get', {}), [vault]);
  const { data, error } = useLoad(load);
  if (error) return <ErrorText error={error} />;
  return data ? <DetailsForm initial={data} /> : null;
}

function DetailsForm({ initial }: { initial: VaultDetailsView }) {
  const { t } = useTranslation();
  const vault = useVault();
  const [organization, setOrganization] = useState(initial.organization);
  const [contactName, setContactName] = useState(initial.contactName);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setError(null);
    setStatus('');
    try {
      const saved = await vault.call('custody.details.update', { organization, contactName });
      setOrganization(saved.organization);
      setContactName(saved.contactName);
      setStatus(t('custody.details.saved'));
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <form className="custody-details" onSubmit={(e) => void submit(e)} aria-labelledby="custody-details-heading">
      <h3 id="custody-details-heading">{t('custody.details.heading')}</h3>
      <p>{t('custody.details.intro')}</p>
      <TextField label={t('custody.details.organization')} value={organization} onChange={setOrganization} dir="auto" required maxLength={300} />
      <TextField label={t('custody.details.contactName')} value={contactName} onChange={setContactName} dir="auto" required maxLength={200} />
      {error ? <ErrorText error={error} /> : null}
      <div className="actions">
        <button type="submit" className="button-primary">
          {t('custody.details.save')}
        </button>
      </div>
      <p role="status" className="custody-status">
        {status}
      </p>
    </form>
  );
}

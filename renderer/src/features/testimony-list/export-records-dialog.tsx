import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../app/vault-client';
import { ErrorText } from '../../ui/error-text';
import { ModalDialog } from '../../ui/modal-dialog';
import { useMounted } from './use-mounted';

type Format = 'json' | 'csv';
type ExportState = { name: 'idle' } | { name: 'busy' } | { name: 'saved'; path: string; testimonies: number } | { name: 'cancelled' } | { name: 'failed'; error: unknown };

const FORMATS: readonly Format[] = ['json', 'csv'];

/**
 * "Export records…": the format, a plain warning that the file leaves the vault's encryption,
 * then main's own save dialog (the renderer never names a path). The dialog stays open on the
 * outcome, so the person sees where the plaintext file went.
 */
export function ExportRecordsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const vault = useVault();
  const [format, setFormat] = useState<Format>('json');
  const [state, setState] = useState<ExportState>({ name: 'idle' });
  const mounted = useMounted();

  function save(): void {
    if (state.name === 'busy') return;
    setState({ name: 'busy' });
    vault.call('records.export', { format }).then(
      (answer) => {
        if (!mounted.current) return;
        setState(answer.saved ? { name: 'saved', path: answer.path, testimonies: answer.testimonies } : { name: 'cancelled' });
      },
      (error: unknown) => {
        if (mounted.current) setState({ name: 'failed', error });
      },
    );
  }

  const busy = state.name === 'busy';
  return (
    <ModalDialog title={t('list.records.exportTitle')} onClose={onClose} closable={!busy} className="export-records-dialog">
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <fieldset className="export-formats">
          <legend>{t('list.records.format')}</legend>
          {FORMATS.map((value) => (
            <label key={value} className="filter-check">
              <input type="radio" name="export-format" value={value} checked={format === value} onChange={() => setFormat(value)} />
              {t(value === 'json' ? 'list.records.formatJson' : 'list.records.formatCsv')}
            </label>
          ))}
        </fieldset>
        <p className="warning export-warning">{t('list.records.notEncrypted')}</p>
        <div className="actions">
          <button type="submit" className="button-primary" aria-disabled={busy}>
            {busy ? t('list.records.exporting') : t('list.records.chooseFile')}
          </button>
        </div>
        <div className="export-status" aria-live="polite">
          {state.name === 'saved' ? (
            <p>
              {t('list.records.exported', { n: state.testimonies })}{' '}
              {/* Paths read left to right whatever script their folder names use. */}
              <bdi className="path" dir="ltr">
                {state.path}
              </bdi>
            </p>
          ) : state.name === 'cancelled' ? (
            <p>{t('list.records.exportCancelled')}</p>
          ) : null}
        </div>
        {state.name === 'failed' ? <ErrorText error={state.error} /> : null}
      </form>
    </ModalDialog>
  );
}

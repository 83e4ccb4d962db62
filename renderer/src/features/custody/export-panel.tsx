import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PACKAGE_PARTS, RECIPIENT_KINDS, type PackagePart, type RecipientKind } from '../../../../shared/domain/custody';
import type { CustodyExportOutput } from '../../../../shared/contract/custody-export-operations';
import { useLoad } from '../../app/use-load';
import { useVault } from '../../app/vault-client';
import { useLanguage } from '../../app/use-language';
import { formatBytes, formatPercent } from '../../i18n/format';
import { ErrorText } from '../../ui/error-text';
import { TextField } from '../../ui/text-field';
import { custodyProblem } from './custody-errors';
import { ExportOutcome } from './export-outcome';

interface ExportPanelProps {
  onBusyChange: (busy: boolean) => void;
  onShowReceipt: (receiptId: string) => void;
}

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

/** Choose testimonies, parts and recipients (or a passphrase); main asks where to save. */
export function ExportPanel({ onBusyChange, onShowReceipt }: ExportPanelProps) {
  const { t } = useTranslation();
  const vault = useVault();
  const language = useLanguage();
  const ids = useId();
  const load = useCallback(async () => {
    const [testimonies, recipients] = await Promise.all([vault.call('testimonies.list', {}), vault.call('custody.recipients.list', {})]);
    return { testimonies: testimonies.items, recipients: recipients.items };
  }, [vault]);
  const { data, error: loadError } = useLoad(load);
  const [testimonyIds, setTestimonyIds] = useState<string[]>([]);
  const [parts, setParts] = useState<PackagePart[]>([...PACKAGE_PARTS]);
  const [mode, setMode] = useState<'keys' | 'passphrase'>('keys');
  const [recipientIds, setRecipientIds] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [organization, setOrganization] = useState('');
  const [kind, setKind] = useState<RecipientKind>('un-mechanism');
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<{ bytesDone: number; bytesTotal: number } | null>(null);
  const [outcome, setOutcome] = useState<CustodyExportOutput | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [invalid, setInvalid] = useState<string | null>(null);

  useEffect(() => vault.on('custody.exportProgress', setProgress), [vault]);
  useEffect(() => onBusyChange(running), [running, onBusyChange]);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const problem =
      testimonyIds.length === 0 ? 'chooseTestimony' : parts.length === 0 ? 'choosePart' : mode === 'keys' && recipientIds.length === 0 ? 'chooseRecipient' : mode === 'passphrase' && !name.trim() ? 'nameRecipient' : null;
    setInvalid(problem);
    if (problem) return;
    setRunning(true);
    setProgress(null);
    setOutcome(null);
    setError(null);
    try {
      setOutcome(
        await vault.call('custody.export', {
          testimonyIds,
          parts,
          recipients: mode === 'keys' ? { kind: 'address-book', recipientIds } : { kind: 'passphrase', recipientKind: kind, name, organization },
        }),
      );
    } catch (caught) {
      setError(caught);
    } finally {
      setRunning(false);
    }
  }

  const ratio = progress && progress.bytesTotal > 0 ? progress.bytesDone / progress.bytesTotal : 0;
  return (
    <section className="custody-panel" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{t('custody.export.heading')}</h3>
      <p>{t('custody.export.intro')}</p>
      {loadError ? <ErrorText error={loadError} /> : null}
      <form onSubmit={(e) => void submit(e)} className="export-form">
        <fieldset disabled={running}>
          <legend>{t('custody.export.testimonies')}</legend>
          {data?.testimonies.length === 0 ? <p>{t('custody.export.noTestimonies')}</p> : null}
          <ul className="choice-list">
            {data?.testimonies.map((item) => (
              <li key={item.id}>
                <label>
                  <input type="checkbox" checked={testimonyIds.includes(item.id)} onChange={(e) => setTestimonyIds((l) => toggle(l, item.id, e.target.checked))} />
                  <bdi className="testimony-code">{item.code}</bdi> <span dir="auto">{item.title}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset disabled={running}>
          <legend>{t('custody.export.parts')}</legend>
          {PACKAGE_PARTS.map((part) => (
            <label key={part} className="choice">
              <input type="checkbox" checked={parts.includes(part)} onChange={(e) => setParts((l) => toggle(l, part, e.target.checked))} />
              {t(`custody.parts.${part}`)}
            </label>
          ))}
        </fieldset>
        <fieldset disabled={running}>
          <legend>{t('custody.export.recipientsHeading')}</legend>
          <label className="choice">
            <input type="radio" name={`${ids}-mode`} checked={mode === 'keys'} onChange={() => setMode('keys')} />
            {t('custody.export.useKeys')}
          </label>
          {mode === 'keys' ? (
            data?.recipients.length === 0 ? (
              <p>{t('custody.export.noRecipients')}</p>
            ) : (
              <ul className="choice-list nested">
                {data?.recipients.map((r) => (
                  <li key={r.id}>
                    <label>
                      <input type="checkbox" checked={recipientIds.includes(r.id)} onChange={(e) => setRecipientIds((l) => toggle(l, r.id, e.target.checked))} />
                      <span dir="auto">{r.name}</span> — {t(`custody.kinds.${r.kind}`)} <code dir="ltr">{r.fingerprint}</code>
                    </label>
                  </li>
                ))}
              </ul>
            )
          ) : null}
          <label className="choice">
            <input type="radio" name={`${ids}-mode`} checked={mode === 'passphrase'} onChange={() => setMode('passphrase')} />
            {t('custody.export.usePassphrase')}
          </label>
          {mode === 'passphrase' ? (
            <div className="nested">
              <TextField label={t('custody.export.passphraseName')} value={name} onChange={setName} dir="auto" required maxLength={200} />
              <TextField label={t('custody.export.passphraseOrganization')} value={organization} onChange={setOrganization} dir="auto" maxLength={300} />
              <div className="field">
                <label htmlFor={`${ids}-kind`}>{t('custody.export.passphraseKind')}</label>
                <select id={`${ids}-kind`} value={kind} onChange={(e) => setKind(e.target.value as RecipientKind)}>
                  {RECIPIENT_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`custody.kinds.${k}`)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          ) : null}
        </fieldset>
        {invalid ? (
          <p className="error-text" role="alert">
            {t(`custody.export.${invalid as 'chooseTestimony'}`)}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button-primary" disabled={running}>
            {t('custody.export.start')}
          </button>
          {running ? (
            <button type="button" className="button-secondary" onClick={() => void vault.call('custody.cancelExport', {})}>
              {t('custody.export.cancel')}
            </button>
          ) : null}
        </div>
      </form>
      {running ? (
        <div className="custody-progress">
          <progress aria-label={t('custody.export.progressLabel')} max={1} value={ratio} />
          <span>
            {formatPercent(ratio, language)} — {t('custody.export.progress', { done: formatBytes(progress?.bytesDone ?? 0, language), total: formatBytes(progress?.bytesTotal ?? 0, language) })}
          </span>
        </div>
      ) : null}
      {error ? custodyProblem(error)?.key === 'needDetails' ? <p className="error-text" role="alert">{t('custody.export.needDetails')}</p> : <ErrorText error={error} /> : null}
      {outcome ? <ExportOutcome outcome={outcome} onShowReceipt={onShowReceipt} /> : null}
    </section>
  );
}

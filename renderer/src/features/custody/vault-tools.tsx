import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupProgress, FixityProgress } from '../../../../shared/contract/custody-operations';
import type { OperationOutput } from '../../../../shared/contract/operations';
import { useVault } from '../../app/vault-client';
import { useLanguage } from '../../app/use-language';
import { formatNumber, formatPercent } from '../../i18n/format';
import { ErrorText } from '../../ui/error-text';
import { TextField } from '../../ui/text-field';

type Busy = { onBusyChange: (busy: boolean) => void };

/** Runs one long operation: busy flag, error, result. */
function useRun<T>(onBusyChange: (busy: boolean) => void) {
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => onBusyChange(running), [running, onBusyChange]);
  async function run(work: () => Promise<T>): Promise<void> {
    setRunning(true);
    setResult(null);
    setError(null);
    try {
      setResult(await work());
    } catch (caught) {
      setError(caught);
    } finally {
      setRunning(false);
    }
  }
  return { running, result, error, run };
}

function Bar({ label, done, total }: { label: string; done: number; total: number }) {
  const language = useLanguage();
  const ratio = total > 0 ? done / total : 0;
  return (
    <div className="custody-progress">
      <progress aria-label={label} max={1} value={ratio} />
      <span>{formatPercent(ratio, language)}</span>
    </div>
  );
}

export function FixityTool({ onBusyChange }: Busy) {
  const { t } = useTranslation();
  const vault = useVault();
  const language = useLanguage();
  const { running, result, error, run } = useRun<OperationOutput<'fixity.run'>>(onBusyChange);
  const [progress, setProgress] = useState<FixityProgress | null>(null);
  useEffect(() => vault.on('fixity.progress', setProgress), [vault]);
  const n = (v: number) => formatNumber(v, language);
  return (
    <section className="custody-tool" aria-labelledby="custody-fixity">
      <h4 id="custody-fixity">{t('custody.tools.fixity')}</h4>
      <p>{t('custody.tools.fixityIntro')}</p>
      <div className="actions">
        <button type="button" className="button-secondary" disabled={running} onClick={() => void run(() => vault.call('fixity.run', {}))}>
          {t('custody.tools.fixityRun')}
        </button>
        {running ? (
          <button type="button" className="button-quiet" onClick={() => void vault.call('fixity.cancel', {})}>
            {t('custody.tools.fixityCancel')}
          </button>
        ) : null}
      </div>
      {running && progress ? <Bar label={t('custody.tools.fixityProgress')} done={progress.bytesDone} total={progress.bytesTotal} /> : null}
      {error ? <ErrorText error={error} /> : null}
      {result ? (
        <div role="status">
          <p>
            {result.cancelled
              ? t('custody.tools.fixityCancelled', { checked: n(result.checked) })
              : result.failed.length === 0
                ? t('custody.tools.fixityOk', { checked: n(result.checked) })
                : t('custody.tools.fixityFailed', { failed: n(result.failed.length), checked: n(result.checked) })}
          </p>
          {result.failed.length > 0 ? (
            <ul>
              {result.failed.map((f) => (
                <li key={f.mediaId}>
                  <bdi>{f.testimonyCode}</bdi> — <bdi>{f.originalName}</bdi>: <code dir="ltr">{f.reason}</code>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

export function BackupTool({ onBusyChange }: Busy) {
  const { t } = useTranslation();
  const vault = useVault();
  const language = useLanguage();
  const { running, result, error, run } = useRun<OperationOutput<'backup.run'>>(onBusyChange);
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  useEffect(() => vault.on('backup.progress', setProgress), [vault]);
  return (
    <section className="custody-tool" aria-labelledby="custody-backup">
      <h4 id="custody-backup">{t('custody.tools.backup')}</h4>
      <p>{t('custody.tools.backupIntro')}</p>
      <div className="actions">
        <button type="button" className="button-secondary" disabled={running} onClick={() => void run(() => vault.call('backup.run', {}))}>
          {t('custody.tools.backupRun')}
        </button>
        {running ? (
          <button type="button" className="button-quiet" onClick={() => void vault.call('backup.cancel', {})}>
            {t('custody.tools.backupCancel')}
          </button>
        ) : null}
      </div>
      {running && progress ? <Bar label={t('custody.tools.backupProgress')} done={progress.bytesDone} total={progress.bytesTotal} /> : null}
      {error ? <ErrorText error={error} /> : null}
      {result?.saved ? (
        <p role="status">
          {t('custody.tools.backupDone', { path: result.path, copied: formatNumber(result.blobsCopied, language), skipped: formatNumber(result.blobsSkipped, language) })}
        </p>
      ) : null}
    </section>
  );
}

export function ImportTool({ onBusyChange }: Busy) {
  const { t } = useTranslation();
  const vault = useVault();
  const { running, result, error, run } = useRun<OperationOutput<'custody.importPackage'>>(onBusyChange);
  const [passphrase, setPassphrase] = useState('');
  return (
    <section className="custody-tool" aria-labelledby="custody-import">
      <h4 id="custody-import">{t('custody.tools.import')}</h4>
      <p>{t('custody.tools.importIntro')}</p>
      <TextField label={t('custody.tools.importPassphrase')} value={passphrase} onChange={setPassphrase} type="password" />
      <div className="actions">
        <button type="button" className="button-secondary" disabled={running} onClick={() => void run(() => vault.call('custody.importPackage', passphrase ? { passphrase } : {}))}>
          {t('custody.tools.importRun')}
        </button>
      </div>
      {error ? <ErrorText error={error} /> : null}
      {result?.status === 'imported' ? <p role="status">{t('custody.tools.imported', { codes: result.testimonies.map((x) => x.code).join(', ') })}</p> : null}
      {result?.status === 'refused' ? (
        <div role="alert">
          <p>{t('custody.tools.importRefused')}</p>
          <ul>
            {[...result.problems, ...result.report.checks.filter((c) => !c.ok).flatMap((c) => c.problems)].map((p, i) => (
              <li key={i} dir="ltr">
                {p}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

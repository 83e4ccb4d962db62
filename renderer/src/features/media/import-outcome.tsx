import { useTranslation } from 'react-i18next';
import { VaultError, isErrorCode } from '../../../../shared/errors';
import { ErrorText, useErrorMessage } from '../../ui/error-text';
import type { ImportResult } from '../../../../shared/contract/operations';
import type { ImportOutcome } from './use-imports';

type FailedImport = Extract<ImportResult, { ok: false }>;

/** What the last import did: a count, and each file that failed with the reason. */
export function ImportOutcomeNotice({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  if ('error' in outcome) return <ErrorText error={outcome.error} />;
  const { results } = outcome;
  // An empty list means the person closed the file dialog: nothing to report.
  if (results.length === 0) return null;
  const failed = results.filter((r): r is FailedImport => !r.ok);
  return (
    <div className="import-outcome" role="status">
      <p>
        {failed.length === 0
          ? t('media.importDone', { done: results.length })
          : t('media.importSummary', { done: results.length - failed.length, failed: failed.length })}
      </p>
      {failed.length > 0 ? (
        <ul className="import-failures">
          {failed.map((result, index) => (
            <li key={index}>
              {t('media.importFailedFile')} <bdi>{result.fileName}</bdi>:{' '}
              {errorMessage(new VaultError(isErrorCode(result.code) ? result.code : 'INTERNAL', result.message), { fileName: result.fileName })}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

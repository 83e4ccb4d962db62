import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustodyExportOutput } from '../../../../shared/contract/custody-export-operations';
import { CopyButton } from '../../ui/copy-button';

/** What an export answered: refusals by testimony, cancelled, or the package (and a passphrase, once). */
export function ExportOutcome({ outcome, onShowReceipt }: { outcome: CustodyExportOutput; onShowReceipt: (id: string) => void }) {
  const shown = useRef<HTMLDivElement>(null);
  // The answer appears below the form: bring it into view (it is also announced).
  useEffect(() => {
    shown.current?.scrollIntoView({ block: 'nearest' });
  }, [outcome]);
  return (
    <div ref={shown}>
      <OutcomeBody outcome={outcome} onShowReceipt={onShowReceipt} />
    </div>
  );
}

function OutcomeBody({ outcome, onShowReceipt }: { outcome: CustodyExportOutput; onShowReceipt: (id: string) => void }) {
  const { t } = useTranslation();
  if (outcome.status === 'cancelled') {
    return (
      <p role="status" className="custody-status">
        {t('custody.export.cancelled')}
      </p>
    );
  }
  if (outcome.status === 'refused') {
    return (
      <div role="alert" className="custody-refusals">
        <h4>{t('custody.export.refusedHeading')}</h4>
        <p>{t('custody.export.refusedIntro')}</p>
        <ul>
          {outcome.refusals.map((r) => (
            <li key={`${r.testimonyId}-${r.recipientKind}`}>
              {t('custody.export.refusal', {
                code: r.code,
                title: r.title,
                scope: t(`consent.scopes.${r.scope}`),
                decision: t(`custody.export.decisions.${r.decision}`),
                kind: t(`custody.kinds.${r.recipientKind}`),
              })}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const { receipt, passphrase } = outcome;
  return (
    <div className="custody-done" role="status">
      <p>{t('custody.export.done', { name: receipt.packageName })}</p>
      <p>
        {t('custody.export.sha256')}: <code dir="ltr" className="hash">{receipt.packageSha256}</code>
      </p>
      {passphrase ? (
        <div className="one-time-passphrase">
          <h4>{t('custody.export.passphraseHeading')}</h4>
          <p>{t('custody.export.passphraseIntro')}</p>
          <p>
            <code dir="ltr" className="passphrase" data-testid="package-passphrase">
              {passphrase}
            </code>
          </p>
          <CopyButton text={passphrase} label={t('common.copy')} ariaLabel={t('custody.export.copyPassphrase')} />
        </div>
      ) : null}
      <button type="button" className="button-secondary" onClick={() => onShowReceipt(receipt.id)}>
        {t('custody.export.viewReceipt')}
      </button>
    </div>
  );
}

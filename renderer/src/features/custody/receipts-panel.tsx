import { useCallback, useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Receipt } from '../../../../shared/domain/custody';
import { useLoad } from '../../app/use-load';
import { useVault } from '../../app/vault-client';
import { useLanguage } from '../../app/use-language';
import { formatDateTime } from '../../i18n/format';
import { ErrorText } from '../../ui/error-text';
import { ReceiptSheet } from './receipt-sheet';

/**
 * Printing: a copy of the receipt is placed directly in <body>, outside the app; print CSS
 * (custody.css) hides everything else while it is there, so the page printed (or saved as
 * PDF) is the receipt alone.
 */
function PrintCopy({ receipt }: { receipt: Receipt }) {
  useEffect(() => {
    document.body.classList.add('printing-receipt');
    return () => document.body.classList.remove('printing-receipt');
  }, []);
  return createPortal(<ReceiptSheet receipt={receipt} className="receipt-print" />, document.body);
}

export function ReceiptsPanel({ shown, onShow }: { shown: string | null; onShow: (id: string | null) => void }) {
  const { t } = useTranslation();
  const vault = useVault();
  const language = useLanguage();
  const load = useCallback(async () => (await vault.call('custody.receipts.list', {})).items, [vault]);
  const { data, error } = useLoad(load);
  const receipt = shown ? data?.find((r) => r.id === shown) : undefined;

  if (receipt) {
    return (
      <section className="custody-panel" aria-label={t('custody.receipt.title')}>
        <div className="actions">
          <button type="button" className="button-primary" onClick={() => window.print()}>
            {t('custody.receipts.print')}
          </button>
          <button type="button" className="button-secondary" onClick={() => onShow(null)}>
            {t('custody.receipts.back')}
          </button>
        </div>
        <ReceiptSheet receipt={receipt} className="receipt-preview" />
        <PrintCopy receipt={receipt} />
      </section>
    );
  }
  return (
    <section className="custody-panel" aria-labelledby="custody-receipts-heading">
      <h3 id="custody-receipts-heading">{t('custody.receipts.heading')}</h3>
      <p>{t('custody.receipts.intro')}</p>
      {error ? <ErrorText error={error} /> : null}
      {data && data.length === 0 ? <p>{t('custody.receipts.empty')}</p> : null}
      {data && data.length > 0 ? (
        <table className="custody-table">
          <thead>
            <tr>
              <th scope="col">{t('custody.receipts.date')}</th>
              <th scope="col">{t('custody.receipts.package')}</th>
              <th scope="col">{t('custody.receipts.testimonies')}</th>
              <th scope="col">{t('custody.receipts.recipients')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {data.map((r) => (
              <tr key={r.id}>
                <td>{formatDateTime(r.createdAt, language)}</td>
                <td>
                  <bdi>{r.packageName}</bdi>
                </td>
                <td>
                  <bdi>{r.testimonies.map((x) => x.code).join(', ')}</bdi>
                </td>
                <td dir="auto">{r.recipients.map((x) => x.name || t(`custody.kinds.${x.kind}`)).join(', ')}</td>
                <td>
                  <button type="button" className="button-quiet" aria-label={`${t('custody.receipts.show')} ${r.packageName}`} onClick={() => onShow(r.id)}>
                    {t('custody.receipts.show')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

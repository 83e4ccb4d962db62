import { useTranslation } from 'react-i18next';
import type { Receipt } from '../../../../shared/domain/custody';
import { useLanguage } from '../../app/use-language';
import { formatBytes, formatDateTime, formatNumber } from '../../i18n/format';

/**
 * A handover receipt as a page for both parties to sign: what, to whom, when, the package's
 * SHA-256 and the signer key. The same component is the preview on screen and the printed
 * page (window.print; "Save as PDF" in the print dialog). Hashes and keys stay left-to-right
 * inside Arabic text.
 */
export function ReceiptSheet({ receipt, className }: { receipt: Receipt; className?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const row = (label: string, value: React.ReactNode) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{value}</td>
    </tr>
  );
  return (
    <article className={`receipt-sheet ${className ?? ''}`} lang={language} dir={language === 'ar' ? 'rtl' : 'ltr'}>
      <h1>{t('custody.receipt.title')}</h1>
      <table className="receipt-facts">
        <tbody>
          {row(t('custody.receipt.id'), <code dir="ltr">{receipt.id}</code>)}
          {row(t('custody.receipt.date'), formatDateTime(receipt.createdAt, language))}
          {row(t('custody.receipt.packageName'), <bdi>{receipt.packageName}</bdi>)}
          {row(t('custody.receipt.packageSize'), formatBytes(receipt.packageBytes, language))}
          {row(t('custody.receipt.packageSha256'), <code dir="ltr" className="hash">{receipt.packageSha256}</code>)}
          {row(t('custody.receipt.bagId'), <code dir="ltr">{receipt.bagId}</code>)}
          {row(t('custody.receipt.parts'), receipt.parts.map((p) => t(`custody.parts.${p}`)).join(language === 'ar' ? '، ' : ', '))}
        </tbody>
      </table>
      <h2>{t('custody.receipt.testimonies')}</h2>
      <table className="receipt-list">
        <thead>
          <tr>
            <th scope="col">{t('custody.receipt.code')}</th>
            <th scope="col">{t('custody.receipt.titleColumn')}</th>
            <th scope="col">{t('custody.receipt.originals')}</th>
            <th scope="col">{t('custody.receipt.transcripts')}</th>
          </tr>
        </thead>
        <tbody>
          {receipt.testimonies.map((item) => (
            <tr key={item.code}>
              <td>
                <bdi>{item.code}</bdi>
              </td>
              <td dir="auto">{item.title}</td>
              <td>{formatNumber(item.originals, language)}</td>
              <td>{formatNumber(item.transcripts, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('custody.receipt.recipients')}</h2>
      <table className="receipt-list">
        <thead>
          <tr>
            <th scope="col">{t('custody.recipients.name')}</th>
            <th scope="col">{t('custody.recipients.organization')}</th>
            <th scope="col">{t('custody.receipt.kind')}</th>
            <th scope="col">{t('custody.receipt.key')}</th>
          </tr>
        </thead>
        <tbody>
          {receipt.recipients.map((r, i) => (
            <tr key={`${r.fingerprint}-${i}`}>
              <td dir="auto">{r.name}</td>
              <td dir="auto">{r.organization}</td>
              <td>{t(`custody.kinds.${r.kind}`)}</td>
              <td>{r.publicKey ? <code dir="ltr">{r.fingerprint}</code> : t('custody.receipt.passphrase')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('custody.receipt.signer')}</h2>
      <pre dir="ltr" className="signer-key">
        {receipt.signerKey.trim()}
      </pre>
      <p>
        {t('custody.receipt.signerName')}: <bdi>{receipt.signerName}</bdi>
      </p>
      {receipt.auditTreeSize > 0 ? (
        <p>
          {t('custody.receipt.audit', { size: formatNumber(receipt.auditTreeSize, language) })}
          <code dir="ltr" className="hash">
            {receipt.auditRootHash}
          </code>
        </p>
      ) : null}
      <p className="receipt-hint">{t('custody.receipt.verifyHint')}</p>
      {/* Commands are the same in every language: kept left-to-right, untranslated. */}
      <pre dir="ltr" className="receipt-commands">
        {receipt.recipients.some((r) => r.publicKey)
          ? `testimony-vault verify ${receipt.packageName} --identity KEY-FILE\nage -d -i KEY-FILE ${receipt.packageName} | tar -x; minisign -V -p vault-signing-key.pub -m tagmanifest-sha256.txt`
          : `testimony-vault verify ${receipt.packageName} --passphrase-file PASSPHRASE-FILE\nage -d ${receipt.packageName} | tar -x; minisign -V -p vault-signing-key.pub -m tagmanifest-sha256.txt`}
      </pre>
      <div className="signatures">
        {(['handedOver', 'received'] as const).map((who) => (
          <section key={who} className="signature-box">
            <h2>{t(`custody.receipt.${who}`)}</h2>
            <p>{t('custody.receipt.signName')}: ____________________</p>
            <p>{t('custody.receipt.signature')}: ____________________</p>
            <p>{t('custody.receipt.signDate')}: ____________________</p>
          </section>
        ))}
      </div>
    </article>
  );
}

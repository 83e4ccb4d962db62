import { useTranslation } from 'react-i18next';
import type { LeakHitView } from '../../../../../shared/contract/publish-operations';

/**
 * Why the export refused: every spot where a sensitive term was found, by file, part and page,
 * with the words around it (the name masked) and, for the editor alone, what was found there.
 * Nothing was written.
 */
export function LeakReport({ hits }: { hits: readonly LeakHitView[] }) {
  const { t } = useTranslation();
  return (
    <div className="pb-refused" role="alert">
      <h3>{t('redaction.export.refusedTitle')}</h3>
      <p>{t('redaction.export.refusedLeaks', { n: hits.length })}</p>
      <table className="pb-leak-table">
        <caption className="visually-hidden">{t('redaction.export.leakCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('redaction.export.where')}</th>
            <th scope="col">{t('redaction.export.excerpt')}</th>
            <th scope="col">{t('redaction.export.found')}</th>
          </tr>
        </thead>
        <tbody>
          {hits.map((h, i) => (
            <tr key={`${h.file}:${h.part}:${h.start}:${i}`} data-file={h.file}>
              <td>
                <code dir="ltr">{h.file === '' ? t('redaction.export.fileNames') : h.file}</code>
                {h.part !== '' ? ` · ${h.part}` : ''}
                {h.page !== null ? ` · ${t('redaction.export.page', { n: h.page })}` : ''}
              </td>
              <td dir="auto">{h.excerpt}</td>
              <td dir="auto">
                <strong>{h.found}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

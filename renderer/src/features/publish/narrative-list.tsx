import { useTranslation } from 'react-i18next';
import type { NarrativeSummary } from '../../../../shared/contract/publish-operations';
import { useLanguage } from '../../app/use-language';
import { formatDateTime } from '../../i18n/format';

interface NarrativeListProps {
  items: readonly NarrativeSummary[];
  onOpen: (id: string) => void;
}

/** The testimony's narratives with their review status and who touched them last. */
export function NarrativeList({ items, onOpen }: NarrativeListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (items.length === 0) return <p className="muted">{t('redaction.section.none')}</p>;
  return (
    <table className="pb-list">
      <caption className="visually-hidden">{t('redaction.section.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('redaction.list.title')}</th>
          <th scope="col">{t('redaction.list.status')}</th>
          <th scope="col">{t('redaction.list.source')}</th>
          <th scope="col">{t('redaction.list.redactions')}</th>
          <th scope="col">{t('redaction.list.updated')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((n) => (
          <tr key={n.id} data-narrative={n.id}>
            <td>
              <button type="button" className="pb-link" dir="auto" onClick={() => onOpen(n.id)}>
                {n.title}
              </button>
            </td>
            <td>
              <span className={`badge pb-status pb-status-${n.status}`} data-status={n.status}>
                {t(`redaction.status.${n.status}`)}
              </span>
            </td>
            <td>{t(`redaction.list.from.${n.source.kind}`)}</td>
            <td>{new Intl.NumberFormat(language).format(n.redactionCount)}</td>
            <td>{t('redaction.list.updatedBy', { date: formatDateTime(n.updatedAt, language), name: n.lastEditor.name })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

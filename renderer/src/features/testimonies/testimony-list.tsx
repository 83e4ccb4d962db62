import { useTranslation } from 'react-i18next';
import type { TestimonySummary } from '../../../../shared/domain/testimony';
import { useLanguage } from '../../app/use-language';
import { formatDateTime, formatNumber } from '../../i18n/format';

interface TestimonyListProps {
  items: readonly TestimonySummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function TestimonyList({ items, selectedId, onSelect }: TestimonyListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (items.length === 0) return <p className="muted">{t('home.empty')}</p>;
  return (
    <ul className="testimony-list" aria-label={t('home.listLabel')}>
      {items.map((item) => (
        <li key={item.id}>
          <button
            type="button"
            className="testimony-item"
            aria-current={item.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(item.id)}
            data-testimony-code={item.code}
          >
            {/* Codes and titles may be Arabic, Latin or both: each keeps its own direction inside
                the isolate, while the list stays aligned with the UI language. */}
            <bdi className="testimony-code">{item.code}</bdi>
            <span className="testimony-title">
              <bdi>{item.title}</bdi>
            </span>
            <span className="testimony-meta">
              <span>
                {t('testimony.created')}: <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, language)}</time>
              </span>
              <span>
                {t('testimony.files')}: <span className="testimony-files">{formatNumber(item.mediaCount, language)}</span>
              </span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

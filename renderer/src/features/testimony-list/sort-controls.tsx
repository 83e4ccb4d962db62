import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SORT_KEYS, type TestimonySort } from '../../../../shared/domain/testimony-query';

/**
 * Every sort the core offers, including those without a column (date added, last changed,
 * earliest date of interviews and events), and the direction as a toggle button.
 */
export function SortControls({ sort, onChange }: { sort: TestimonySort; onChange: (sort: TestimonySort) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="sort-controls">
      <label htmlFor={id}>{t('list.sortBy')}</label>
      <select id={id} value={sort.by} onChange={(event) => onChange({ ...sort, by: event.target.value as TestimonySort['by'] })}>
        {SORT_KEYS.map((key) => (
          <option key={key} value={key}>
            {t(`list.sortKeys.${key}`)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button-quiet"
        aria-label={`${t('list.sortDirection')}: ${sort.direction === 'asc' ? t('list.ascending') : t('list.descending')}`}
        onClick={() => onChange({ ...sort, direction: sort.direction === 'asc' ? 'desc' : 'asc' })}
      >
        {sort.direction === 'asc' ? t('list.ascending') : t('list.descending')}
      </button>
    </div>
  );
}

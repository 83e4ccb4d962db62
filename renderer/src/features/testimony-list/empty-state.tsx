import { useTranslation } from 'react-i18next';

interface EmptyStateProps {
  /** A search or a filter is narrowing the list. */
  narrowed: boolean;
  searching: boolean;
  filtered: boolean;
  onClearSearch: () => void;
  onClearFilters: () => void;
}

/** Nothing to show: say why, and what to do about it. */
export function EmptyState({ narrowed, searching, filtered, onClearSearch, onClearFilters }: EmptyStateProps) {
  const { t } = useTranslation();
  if (!narrowed) {
    return (
      <div className="list-empty">
        <p>{t('list.emptyVault')}</p>
      </div>
    );
  }
  return (
    <div className="list-empty">
      <p className="list-empty-title">{t('list.noMatch')}</p>
      {searching ? <p>{t('list.noMatchText')}</p> : null}
      {filtered ? <p>{t('list.noMatchFilters')}</p> : null}
      <div className="list-empty-actions">
        {searching ? (
          <button type="button" className="button-secondary" onClick={onClearSearch}>
            {t('list.clearSearch')}
          </button>
        ) : null}
        {filtered ? (
          <button type="button" className="button-secondary" onClick={onClearFilters}>
            {t('list.clearFilters')}
          </button>
        ) : null}
      </div>
    </div>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_SCOPES } from '../../../../shared/domain/record';
import { TESTIMONY_STATUSES, TESTIMONY_STATUS_INFO, VOCABULARIES, choosableTerms, type CustomTerm } from '../../../../shared/domain/vocabularies';
import { useLanguage } from '../../app/use-language';
import type { Language } from '../../i18n/languages';
import { languageName } from './list-format';
import { toggled, type Completeness, type ListFilters } from './list-query';

interface FiltersPanelProps {
  id: string;
  filters: ListFilters;
  onChange: (filters: ListFilters) => void;
  customTerms: readonly CustomTerm[];
  /** Language codes to offer (those seen in the vault, and the usual ones). */
  languages: readonly string[];
}

const COMPLETENESS = {
  any: 'list.completenessAny',
  complete: 'list.completenessComplete',
  incomplete: 'list.completenessIncomplete',
} as const satisfies Record<Completeness, string>;

/** Act types grouped as the vocabulary groups them; the organisation's own terms last. */
function ActTypeOptions({ language, customTerms }: { language: Language; customTerms: readonly CustomTerm[] }) {
  const { t } = useTranslation();
  const terms = choosableTerms('actTypes', customTerms);
  const custom = terms.filter((term) => !term.builtIn);
  return (
    <>
      {VOCABULARIES.actTypes.groups.map((group) => (
        <optgroup key={group.key} label={group.labels[language]}>
          {terms
            .filter((term) => term.builtIn && term.group === group.key)
            .map((term) => (
              <option key={term.key} value={term.key}>
                {term.labels[language]}
              </option>
            ))}
        </optgroup>
      ))}
      {custom.length > 0 ? (
        <optgroup label={t('list.customTerms')}>
          {custom.map((term) => (
            <option key={term.key} value={term.key}>
              {term.labels[language] || term.labels[language === 'en' ? 'ar' : 'en']}
            </option>
          ))}
        </optgroup>
      ) : null}
    </>
  );
}

/** Every filter of the list; each change narrows the list at once. */
export function FiltersPanel({ id, filters, onChange, customTerms, languages }: FiltersPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ids = useId();
  const set = (patch: Partial<ListFilters>) => onChange({ ...filters, ...patch });

  return (
    <div id={id} className="list-filters">
      <fieldset className="filter-group">
        <legend>{t('list.status')}</legend>
        {TESTIMONY_STATUSES.map((status) => (
          <label key={status} className="filter-check">
            <input type="checkbox" checked={filters.statuses.includes(status)} onChange={() => set({ statuses: toggled(filters.statuses, status) })} />
            {TESTIMONY_STATUS_INFO[status].labels[language]}
          </label>
        ))}
      </fieldset>

      <fieldset className="filter-group">
        <legend>{t('list.consentGranted')}</legend>
        {CONSENT_SCOPES.map((scope) => (
          <label key={scope} className="filter-check">
            <input type="checkbox" checked={filters.consentScopes.includes(scope)} onChange={() => set({ consentScopes: toggled(filters.consentScopes, scope) })} />
            {t(`list.scopes.${scope}`)}
          </label>
        ))}
      </fieldset>

      <div className="filter-group filter-fields">
        <div className="field">
          <label htmlFor={`${ids}-act`}>{t('list.actType')}</label>
          <select id={`${ids}-act`} value={filters.actType} onChange={(event) => set({ actType: event.target.value })}>
            <option value="">{t('list.anyActType')}</option>
            <ActTypeOptions language={language} customTerms={customTerms} />
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-place`}>{t('list.place')}</label>
          <input id={`${ids}-place`} type="text" dir="auto" maxLength={200} autoComplete="off" value={filters.place} onChange={(event) => set({ place: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-language`}>{t('list.language')}</label>
          <select id={`${ids}-language`} value={filters.language} onChange={(event) => set({ language: event.target.value })}>
            <option value="">{t('list.anyLanguage')}</option>
            {languages.map((code) => (
              <option key={code} value={code}>
                {languageName(code, language)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="filter-group filter-fields">
        <fieldset className="filter-dates">
          <legend>{t('list.dates')}</legend>
          <div className="field">
            <label htmlFor={`${ids}-from`}>{t('list.dateFrom')}</label>
            <input id={`${ids}-from`} type="date" value={filters.dateFrom} onChange={(event) => set({ dateFrom: event.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-to`}>{t('list.dateTo')}</label>
            <input id={`${ids}-to`} type="date" value={filters.dateTo} onChange={(event) => set({ dateTo: event.target.value })} />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('list.completeness')}</legend>
          {(Object.keys(COMPLETENESS) as Completeness[]).map((value) => (
            <label key={value} className="filter-check">
              <input type="radio" name={`${ids}-completeness`} checked={filters.completeness === value} onChange={() => set({ completeness: value })} />
              {t(COMPLETENESS[value])}
            </label>
          ))}
        </fieldset>
      </div>
    </div>
  );
}

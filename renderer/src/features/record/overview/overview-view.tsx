import { useTranslation } from 'react-i18next';
import type { TestimonyRecord } from '../../../../../shared/domain/record';
import { useLanguage } from '../../../app/use-language';
import { FieldList, FieldRow, Typed } from '../editing/field-list';
import { useTerms } from '../form/use-terms';
import { languageName } from '../logic/codes';
import { sensitivityLabel, statusLabel } from '../page/page-header';

export function OverviewView({ record }: { record: TestimonyRecord }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const terms = useTerms();
  return (
    <FieldList>
      <FieldRow label={t('record.overview.code')}>
        <Typed value={record.code} />
      </FieldRow>
      <FieldRow label={t('record.overview.title')}>
        <Typed value={record.title} />
      </FieldRow>
      <FieldRow label={t('record.overview.status')}>{statusLabel(record.status, language)}</FieldRow>
      <FieldRow label={t('record.overview.sensitivity')}>{sensitivityLabel(record.sensitivity, language)}</FieldRow>
      <FieldRow label={t('record.overview.languages')} empty={record.languages.length === 0}>
        <ul className="inline-list">
          {record.languages.map((code) => (
            <li key={code}>
              {languageName(code, language)} <code className="chip-code">{code}</code>
            </li>
          ))}
        </ul>
      </FieldRow>
      <FieldRow label={t('record.overview.contentWarnings')} empty={record.contentWarnings.length === 0}>
        <ul className="inline-list">
          {record.contentWarnings.map((key) => (
            <li key={key}>{terms.label('contentWarnings', key)}</li>
          ))}
        </ul>
      </FieldRow>
      <FieldRow label={t('record.overview.tags')} empty={record.tags.length === 0}>
        <ul className="inline-list tags">
          {record.tags.map((tag) => (
            <li key={tag} className="tag">
              <Typed value={tag} />
            </li>
          ))}
        </ul>
      </FieldRow>
      <FieldRow label={t('record.overview.summary')} empty={record.summary.trim() === ''} prose>
        {record.summary}
      </FieldRow>
      {record.customFields.map((field, i) => (
        <FieldRow key={`${i}-${field.key}`} label={<Typed value={field.key} />} prose>
          {field.value}
        </FieldRow>
      ))}
    </FieldList>
  );
}

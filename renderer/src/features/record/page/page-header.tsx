import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SENSITIVITY_INFO, TESTIMONY_STATUS_INFO, labelOf, type SensitivityLevel, type TestimonyStatus } from '../../../../../shared/domain/vocabularies';
import type { TestimonyRecord } from '../../../../../shared/domain/record';
import { useLanguage } from '../../../app/use-language';
import type { CustomTerm } from '../../../../../shared/domain/vocabularies';

interface PageHeaderProps {
  code: string;
  title: string;
  record: TestimonyRecord | null;
  custom: readonly CustomTerm[];
  onBack: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
}

export function statusLabel(status: TestimonyStatus, language: 'en' | 'ar'): string {
  return TESTIMONY_STATUS_INFO[status].labels[language];
}

export function sensitivityLabel(level: SensitivityLevel, language: 'en' | 'ar'): string {
  return SENSITIVITY_INFO[level].labels[language];
}

/**
 * Code, title, status and sensitivity, and the content warnings first of all: whoever opens
 * the testimony learns what it contains before reading it (Murad Code, "do no harm").
 */
export function PageHeader({ code, title, record, custom, onBack, headingRef }: PageHeaderProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <header className="record-header">
      <button type="button" className="button-quiet back-button" onClick={onBack}>
        <span className="back-arrow" aria-hidden="true">
          ←
        </span>{' '}
        {t('record.back')}
      </button>
      <div className="record-title">
        <p className="eyebrow">
          <bdi>{code}</bdi>
        </p>
        <h1 ref={headingRef} tabIndex={-1}>
          <bdi>{title}</bdi>
        </h1>
        {record ? (
          <p className="record-badges">
            <span className={`badge badge-status-${record.status}`}>{statusLabel(record.status, language)}</span>
            <span className={`badge badge-sensitivity-${record.sensitivity}`}>{sensitivityLabel(record.sensitivity, language)}</span>
          </p>
        ) : null}
      </div>
      {record && record.contentWarnings.length > 0 ? (
        <p className="content-warning-banner" role="note">
          <strong>{t('record.contentWarningsBanner')}</strong>{' '}
          {new Intl.ListFormat(language, { type: 'unit' }).format(record.contentWarnings.map((key) => labelOf('contentWarnings', key, language, custom)))}
        </p>
      ) : null}
    </header>
  );
}

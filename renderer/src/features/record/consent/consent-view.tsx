import { useTranslation } from 'react-i18next';
import { formatEdtf } from '../../../../../shared/domain/edtf';
import type { Consent } from '../../../../../shared/domain/record';
import { useLanguage } from '../../../app/use-language';
import { FieldList, FieldRow, Typed } from '../editing/field-list';
import { useTerms } from '../form/use-terms';
import { formatOffset } from '../logic/time-offsets';
import { useRecord } from '../record-context';
import { ScopeTable } from './scope-table';

const OBTAINED_KEY = { yes: 'consent.obtainedYes', no: 'consent.obtainedNo', unknown: 'consent.obtainedUnknown' } as const;

export function ConsentView({ consent }: { consent: Consent }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const terms = useTerms();
  const { media } = useRecord();
  const reference = consent.recordingReference;
  const file = reference.mediaId ? media.find((m) => m.id === reference.mediaId) : undefined;
  return (
    <>
      <FieldList>
        <FieldRow label={t('consent.obtained')}>{t(OBTAINED_KEY[consent.obtained])}</FieldRow>
        <FieldRow label={t('consent.method')} empty={consent.method === null}>
          {consent.method ? terms.label('consentMethods', consent.method) : null}
        </FieldRow>
        <FieldRow label={t('consent.obtainedOn')} empty={consent.obtainedOn === null}>
          {consent.obtainedOn ? <bdi>{formatEdtf(consent.obtainedOn, language)}</bdi> : null}
        </FieldRow>
        <FieldRow label={t('consent.takenBy')} empty={consent.takenBy === ''}>
          <Typed value={consent.takenBy} />
        </FieldRow>
        <FieldRow label={t('consent.present')} empty={consent.present === ''}>
          <Typed value={consent.present} />
        </FieldRow>
        {reference.mediaId ? (
          <FieldRow label={t('consent.onRecording')}>
            <bdi>{file?.originalName ?? t('consent.fileGone')}</bdi>
            {reference.seconds !== null ? (
              <>
                {' '}
                {t('consent.at')} <span dir="ltr">{formatOffset(reference.seconds)}</span>
              </>
            ) : null}
          </FieldRow>
        ) : null}
        <FieldRow label={t('consent.explained')} empty={consent.explained.trim() === ''} prose>
          {consent.explained}
        </FieldRow>
        <FieldRow label={t('consent.restrictions')} empty={consent.restrictions.trim() === ''} prose>
          {consent.restrictions}
        </FieldRow>
        <FieldRow label={t('consent.feedbackRequested')} empty={consent.feedbackRequested.trim() === ''} prose>
          {consent.feedbackRequested}
        </FieldRow>
      </FieldList>
      <h3 className="subheading">{t('consent.scopesHeading')}</h3>
      <ScopeTable consent={consent} />
    </>
  );
}

import { useTranslation } from 'react-i18next';
import type { InterviewSession } from '../../../../../shared/domain/record';
import { useLanguage } from '../../../app/use-language';
import { formatNumber } from '../../../i18n/format';
import { FieldList, FieldRow, Typed } from '../editing/field-list';
import { PlaceView } from '../form/place-view';
import { useTerms } from '../form/use-terms';
import { languageName } from '../logic/codes';

export function SessionView({ session }: { session: InterviewSession }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const terms = useTerms();
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  return (
    <FieldList>
      <FieldRow label={t('record.interview.place')} empty={session.place.text === '' && session.place.adminArea === '' && session.place.latitude === null}>
        <PlaceView place={session.place} />
      </FieldRow>
      <FieldRow label={t('record.interview.mode')} empty={session.mode === null}>
        {session.mode ? terms.label('interviewModes', session.mode) : null}
      </FieldRow>
      <FieldRow label={t('record.interview.interviewers')} empty={session.interviewers.length === 0}>
        <ul className="inline-list">
          {session.interviewers.map((name) => (
            <li key={name}>
              <Typed value={name} />
            </li>
          ))}
        </ul>
      </FieldRow>
      <FieldRow label={t('record.interview.interpreter')} empty={session.interpreter === ''}>
        <Typed value={session.interpreter} />
      </FieldRow>
      <FieldRow label={t('record.interview.languagesUsed')} empty={session.languagesUsed.length === 0}>
        {list.format(session.languagesUsed.map((code) => languageName(code, language)))}
      </FieldRow>
      <FieldRow label={t('record.interview.othersPresent')} empty={session.othersPresent === ''}>
        <Typed value={session.othersPresent} />
      </FieldRow>
      <FieldRow label={t('record.interview.recordingMethod')} empty={session.recordingMethod === null}>
        {session.recordingMethod ? terms.label('recordingMethods', session.recordingMethod) : null}
      </FieldRow>
      <FieldRow label={t('record.interview.duration')} empty={session.durationMinutes === null}>
        {session.durationMinutes !== null ? t('record.interview.minutes', { n: formatNumber(session.durationMinutes, language) }) : null}
      </FieldRow>
      <FieldRow label={t('record.interview.wellbeingNotes')} empty={session.wellbeingNotes.trim() === ''} prose>
        {session.wellbeingNotes}
      </FieldRow>
      <FieldRow label={t('record.interview.referralsOffered')} empty={session.referralsOffered.trim() === ''} prose>
        {session.referralsOffered}
      </FieldRow>
    </FieldList>
  );
}

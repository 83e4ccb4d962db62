import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/use-language';
import { useTerms } from '../form/use-terms';
import { priorInterviewText, type PriorInterview } from '../logic/prior-interviews';

/**
 * Shown before an interview, prominently: this person has already told their story to the
 * organisation, so the interviewer can read it first rather than make them tell it again.
 */
export function PriorInterviews({ interviews }: { interviews: readonly PriorInterview[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const terms = useTerms();
  if (interviews.length === 0) return null;
  return (
    <div className="prior-interviews" role="note">
      <p className="prior-title">{t('people.prior.title')}</p>
      <ul>
        {interviews.map((prior, i) => {
          const text = priorInterviewText(prior, language, (role) => terms.label('personRoles', role));
          return (
            <li key={`${prior.testimonyId}-${i}`} data-testimony={prior.testimonyCode}>
              {t(text.key, text.values)}
            </li>
          );
        })}
      </ul>
      <p className="prior-advice">{t('people.prior.advice')}</p>
    </div>
  );
}

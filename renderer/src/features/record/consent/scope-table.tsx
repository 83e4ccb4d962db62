import { useTranslation } from 'react-i18next';
import { consentDecision, type ConsentDecision } from '../../../../../shared/domain/consent';
import { formatEdtf } from '../../../../../shared/domain/edtf';
import { CONSENT_SCOPES, type Consent, type ConsentScope } from '../../../../../shared/domain/record';
import { useLanguage } from '../../../app/use-language';

const DECISION_KEY = {
  granted: 'consent.decision.granted',
  refused: 'consent.decision.refused',
  'not-asked': 'consent.decision.notAsked',
  withdrawn: 'consent.decision.withdrawn',
  'not-obtained': 'consent.decision.notObtained',
} as const satisfies Record<ConsentDecision, string>;

export function answerKey(answer: boolean | null) {
  return answer === true ? 'consent.answer.yes' : answer === false ? 'consent.answer.no' : 'consent.answer.notAsked';
}

/** When the scope was withdrawn (the first withdrawal naming it), as words. */
function withdrawnOn(consent: Consent, scope: ConsentScope, language: 'en' | 'ar'): string | null {
  const first = consent.withdrawals.find((w) => w.scopes.includes(scope));
  return first ? formatEdtf(first.withdrawnOn, language) : null;
}

/**
 * Each use of the testimony: what the survivor answered, and whether it may be done now
 * (consentDecision: a withdrawal wins over any earlier yes, at once).
 */
export function ScopeTable({ consent }: { consent: Consent }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="table-scroll">
      <table className="scope-table">
        <caption className="visually-hidden">{t('consent.scopesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('consent.scopeColumn')}</th>
            <th scope="col">{t('consent.answerColumn')}</th>
            <th scope="col">{t('consent.nowColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {CONSENT_SCOPES.map((scope) => {
            const decision = consentDecision(consent, scope);
            const when = decision === 'withdrawn' ? withdrawnOn(consent, scope, language) : null;
            return (
              <tr key={scope} data-scope={scope} data-decision={decision}>
                <th scope="row">{t(`consent.scopes.${scope}`)}</th>
                <td>{t(answerKey(consent.scopes[scope]))}</td>
                <td>
                  <span className={`decision decision-${decision}`}>{t(DECISION_KEY[decision])}</span>
                  {when ? (
                    <span className="decision-when">
                      {' '}
                      {t('consent.withdrawnOn', { date: when })}
                    </span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

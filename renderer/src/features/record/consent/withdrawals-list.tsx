import { useTranslation } from 'react-i18next';
import { formatEdtf } from '../../../../../shared/domain/edtf';
import type { Consent } from '../../../../../shared/domain/record';
import { useLanguage } from '../../../app/use-language';

/** Withdrawals as recorded: read-only for good (a new consent is recorded as new, never as an erased withdrawal). */
export function WithdrawalsList({ withdrawals }: { withdrawals: Consent['withdrawals'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (withdrawals.length === 0) return null;
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  return (
    <div className="withdrawals">
      <h3 className="subheading">{t('consent.withdrawalsHeading')}</h3>
      <ul className="withdrawal-list">
        {withdrawals.map((w, i) => (
          <li key={i} className="withdrawal">
            <p>
              <strong>
                <bdi>{formatEdtf(w.withdrawnOn, language)}</bdi>
              </strong>
              {': '}
              {list.format(w.scopes.map((s) => t(`consent.scopes.${s}`)))}
            </p>
            {w.notes.trim() !== '' ? (
              <p className="prose" dir="auto">
                {w.notes}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="field-hint">{t('consent.withdrawalsFixed')}</p>
    </div>
  );
}

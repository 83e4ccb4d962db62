import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { passphraseStrength } from '../../../../shared/domain/passphrase';

/** The shared estimate (shared/domain/passphrase.ts), shown as a bar and a word. */
export function StrengthMeter({ passphrase }: { passphrase: string }) {
  const { t } = useTranslation();
  const id = useId();
  const strength = passphraseStrength(passphrase);
  return (
    <div className={`strength strength-${strength}`}>
      <label htmlFor={id}>{t('passphrase.strengthLabel')}</label>
      <meter id={id} min={0} max={4} low={2} high={3} optimum={4} value={passphrase ? strength : 0} />
      <span className="strength-word" aria-live="polite">
        {passphrase ? t(`passphrase.strength${strength}`) : ''}
      </span>
    </div>
  );
}

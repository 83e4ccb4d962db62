import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from './settings-context';

/**
 * After an unlock with the recovery key the person has most likely forgotten the passphrase:
 * offer to set a new one, in plain sight at the top of the vault, until done or dismissed.
 */
export function RecoveryOffer({ onDismissed }: { onDismissed: () => void }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const titleId = useId();
  const [dismissed, setDismissed] = useState(false);
  if (!settings?.offerNewPassphrase || dismissed) return null;
  return (
    <section className="notice recovery-offer" aria-labelledby={titleId}>
      <div className="notice-text">
        <h2 id={titleId} className="notice-title">
          {t('settings.offerTitle')}
        </h2>
        <p>{t('settings.offerText')}</p>
      </div>
      <div className="notice-actions">
        <button type="button" className="button-primary" onClick={(event) => settings.open('passphrase', event.currentTarget)}>
          {t('settings.offerAction')}
        </button>
        <button
          type="button"
          className="button-quiet"
          onClick={() => {
            setDismissed(true);
            onDismissed();
          }}
        >
          {t('settings.offerDismiss')}
        </button>
      </div>
    </section>
  );
}

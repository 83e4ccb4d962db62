import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../ui/copy-button';
import { recoveryKeyGroups } from './recovery-key';

/** Shows the recovery key once, in numbered groups, with the warning that goes with it. */
export function RecoveryKeyStep({ recoveryKey, onSaved }: { recoveryKey: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const groups = recoveryKeyGroups(recoveryKey);
  return (
    <div className="stack">
      <p>{t('recovery.intro')}</p>
      <div className="warning" role="note" aria-labelledby="recovery-warning-title">
        <p className="warning-title" id="recovery-warning-title">
          {t('recovery.warningTitle')}
        </p>
        <p>{t('recovery.warning')}</p>
      </div>
      {/* The key is Latin base32 and reads left to right, also in the Arabic UI. */}
      <ol className="key-groups" aria-label={t('recovery.keyLabel')} dir="ltr" data-testid="recovery-key">
        {groups.map((group, index) => (
          <li key={index}>
            <span className="key-group-number">{t('recovery.group', { n: index + 1 })}</span>
            <code className="key-group" translate="no">
              {group}
            </code>
          </li>
        ))}
      </ol>
      <div className="actions">
        <CopyButton text={recoveryKey} label={t('recovery.copy')} className="button-secondary" copiedText={t('security.clipboard.recoveryKeyCopied')} />
        <button type="button" className="button-primary" onClick={onSaved}>
          {t('recovery.saved')}
        </button>
      </div>
    </div>
  );
}

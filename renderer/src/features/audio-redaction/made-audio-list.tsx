import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RedactedAudioItem } from '../../../../shared/contract/audio-redaction-operations';
import { useVault } from '../../app/vault-client';
import { formatBytes } from '../../i18n/format';
import { isLanguage } from '../../i18n/languages';
import { ErrorText } from '../../ui/error-text';

/** The redacted audio made for this recording; one made from an older plan is marked stale. */
export function MadeAudioList({ items, onDeleted }: { items: RedactedAudioItem[]; onDeleted: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useVault();
  const [error, setError] = useState<unknown>(null);
  if (items.length === 0) return null;
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  return (
    <>
      <ul className="audio-redaction-made" aria-label={t('audioRedaction.madeList')}>
        {items.map((item) => (
          <li key={item.id}>
            <span>{t(`audioRedaction.formats.${item.format}`)}</span> <span>{formatBytes(item.size, language)}</span>{' '}
            <span>{t('audioRedaction.regionCount', { n: item.regions })}</span>
            {item.disguised ? <span> · {t('audioRedaction.disguised')}</span> : null}{' '}
            <code dir="ltr" title="SHA-256">
              {item.sha256.slice(0, 16)}
            </code>{' '}
            {item.current ? null : <strong className="badge badge-warning">{t('audioRedaction.stale')}</strong>}
            <button
              type="button"
              onClick={() => {
                setError(null);
                client.call('audioRedaction.delete', { id: item.id }).then(onDeleted, setError);
              }}
            >
              {t('audioRedaction.delete')}
            </button>
          </li>
        ))}
      </ul>
      {error ? <ErrorText error={error} /> : null}
    </>
  );
}

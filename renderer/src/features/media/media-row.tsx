import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../../shared/domain/media';
import { useLanguage } from '../../app/use-language';
import { useVault } from '../../app/vault-client';
import { formatBytes } from '../../i18n/format';
import { CopyButton } from '../../ui/copy-button';
import { ErrorText } from '../../ui/error-text';
import { DamageFlag } from './damage-flag';
import { durationText, isoDuration } from './media-facts';

type ExportState = { name: 'idle' } | { name: 'busy' } | { name: 'saved'; path: string } | { name: 'cancelled' } | { name: 'failed'; error: unknown };

const SHORT_HASH = 12;

interface MediaRowProps {
  item: MediaItem;
  /** This original is the one open below the list. */
  opened: boolean;
  onOpen: () => void;
}

export function MediaRow({ item, opened, onOpen }: MediaRowProps) {
  const { t } = useTranslation();
  const vault = useVault();
  const language = useLanguage();
  const [exported, setExported] = useState<ExportState>({ name: 'idle' });

  function exportOriginal(): void {
    if (exported.name === 'busy') return;
    setExported({ name: 'busy' });
    // Main asks where to save with its own dialog; the renderer never names a path.
    vault.call('media.exportOriginal', { mediaId: item.id }).then(
      (result) => setExported(result.saved ? { name: 'saved', path: result.path } : { name: 'cancelled' }),
      (error: unknown) => setExported({ name: 'failed', error }),
    );
  }

  return (
    <tr className={`${opened ? 'media-row-opened' : ''} ${item.damage ? 'media-row-damaged' : ''}`} aria-current={opened ? 'true' : undefined} data-media={item.id}>
      <td className="media-name">
        <bdi>{item.originalName}</bdi>
        <DamageFlag media={item} />
      </td>
      <td className="media-type">
        <span className="block">{t(`originals.kinds.${item.kind}`)}</span>
        <code className="block" dir="ltr">
          {item.contentType}
        </code>
      </td>
      <td className="media-duration">
        {item.durationSeconds !== null ? (
          <time dateTime={isoDuration(item.durationSeconds)} dir="ltr">
            {durationText(item.durationSeconds)}
          </time>
        ) : item.kind === 'audio' || item.kind === 'video' ? (
          <span className="muted">{t('originals.durationUnknown')}</span>
        ) : null}
      </td>
      <td className="media-size">
        <data value={item.size}>{formatBytes(item.size, language)}</data>
      </td>
      <td className="media-hash">
        <code dir="ltr" title={item.sha256} translate="no">
          {item.sha256.slice(0, SHORT_HASH)}…
        </code>
        <CopyButton text={item.sha256} label={t('common.copy')} ariaLabel={t('media.copyHash')} />
      </td>
      <td className="media-actions">
        <button
          type="button"
          className={opened ? 'button-primary' : 'button-secondary'}
          aria-label={t('originals.openNamed', { name: item.originalName })}
          onClick={onOpen}
        >
          {t('originals.open')}
        </button>{' '}
        <button type="button" className="button-secondary" aria-disabled={exported.name === 'busy'} onClick={exportOriginal}>
          {exported.name === 'busy' ? t('media.exporting') : t('media.export')}
        </button>
        <div className="media-export-status" aria-live="polite">
          {exported.name === 'saved' ? (
            <>
              {/* Paths read left to right whatever script their folder names use. */}
              {t('media.exportedTo')}{' '}
              <bdi className="path" dir="ltr">
                {exported.path}
              </bdi>
            </>
          ) : exported.name === 'cancelled' ? (
            t('media.exportCancelled')
          ) : null}
        </div>
        {exported.name === 'failed' ? <ErrorText error={exported.error} /> : null}
      </td>
    </tr>
  );
}

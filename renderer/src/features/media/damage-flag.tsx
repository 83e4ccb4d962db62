import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../../shared/domain/media';

/**
 * An original that arrived damaged (a truncated MP3…) is kept bit for bit as evidence: say so
 * plainly wherever it is listed or opened. The code is translated; the detail (where, in
 * English, from the inspection) is shown as it came.
 */
export function DamageFlag({ media, long }: { media: MediaItem; long?: boolean }) {
  const { t } = useTranslation();
  if (!media.damage) return null;
  return (
    <p className="damage-flag" role="note">
      <strong>{t('originals.damaged', { reason: t(`originals.damage.${media.damage}`) })}</strong>
      {media.damageDetail ? (
        <>
          {' '}
          <span className="damage-detail" dir="ltr" lang="en">
            {media.damageDetail}
          </span>
        </>
      ) : null}
      {long ? <span className="block">{t('originals.damageKept')}</span> : null}
    </p>
  );
}

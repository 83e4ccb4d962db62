import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../../shared/domain/media';
import { useLanguage } from '../../app/use-language';
import { formatBytes, formatDateTime, formatNumber } from '../../i18n/format';
import { CopyButton } from '../../ui/copy-button';
import { DamageFlag } from '../media/damage-flag';
import { durationText, isoDuration } from '../media/media-facts';
import { FieldList, FieldRow } from '../record/editing/field-list';

function Hash({ value, name }: { value: string; name: string }) {
  const { t } = useTranslation();
  return (
    <span className="hash-value">
      <code dir="ltr" translate="no">
        {value}
      </code>
      <CopyButton text={value} label={t('common.copy')} ariaLabel={t('originals.details.copyHash', { name })} />
    </span>
  );
}

/**
 * What the vault knows of an original from its bytes: read-only, because the bytes and their
 * hashes never change (an edit would make another original).
 */
export function OriginalDetails({ media }: { media: MediaItem }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const info = media.formatInfo;
  const format = [
    info.codec,
    info.sampleRate ? t('originals.details.sampleRate', { rate: formatNumber(info.sampleRate, language) }) : null,
    info.channels ? t('originals.details.channels', { n: info.channels }) : null,
    info.bitrate ? t('originals.details.bitrate', { rate: formatNumber(Math.round(info.bitrate / 1000), language) }) : null,
    info.width && info.height ? `${info.width} × ${info.height}` : null,
    info.pages ? t('originals.details.pages', { n: info.pages }) : null,
  ].filter((part): part is string => Boolean(part));
  return (
    <div className="original-details">
      <DamageFlag media={media} long />
      <FieldList>
        <FieldRow label={t('originals.details.originalName')}>
          <bdi>{media.originalName}</bdi>
        </FieldRow>
        <FieldRow label={t('originals.details.type')}>
          {t(`originals.kinds.${media.kind}`)} (<code dir="ltr">{media.contentType}</code>)
        </FieldRow>
        {format.length > 0 ? <FieldRow label={t('originals.details.format')}>{format.join(' · ')}</FieldRow> : null}
        <FieldRow label={t('originals.details.size')}>
          {formatBytes(media.size, language)} ({t('originals.details.bytes', { n: media.size })})
        </FieldRow>
        {media.kind === 'audio' || media.kind === 'video' ? (
          <FieldRow label={t('originals.duration')} empty={media.durationSeconds === null}>
            {media.durationSeconds !== null ? (
              <time dateTime={isoDuration(media.durationSeconds)} dir="ltr">
                {durationText(media.durationSeconds)}
              </time>
            ) : null}
          </FieldRow>
        ) : null}
        <FieldRow label={t('originals.details.sha256')}>
          <Hash value={media.sha256} name="SHA-256" />
        </FieldRow>
        <FieldRow label={t('originals.details.sha512')}>
          <Hash value={media.sha512} name="SHA-512" />
        </FieldRow>
        <FieldRow label={t('originals.details.ingested')}>
          <time dateTime={media.createdAt}>{formatDateTime(media.createdAt, language)}</time>
        </FieldRow>
        <FieldRow label={t('originals.details.ingestedBy')}>
          <code dir="ltr">{media.ingestedBy}</code>
        </FieldRow>
      </FieldList>
      <p className="field-hint">{t('originals.details.immutable')}</p>
    </div>
  );
}

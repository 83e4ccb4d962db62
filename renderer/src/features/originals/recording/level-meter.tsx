import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/use-language';
import { formatNumber } from '../../../i18n/format';
import { useLevelMeter } from './use-level-meter';

/**
 * The live input level: a bar (loudness) and a thin line (the recent peak) in a box of fixed
 * size, exposed as role="meter" (0–100 % of the meter's 60 dB range, read as dB), with a hint
 * in words when nothing is heard or the sound clips.
 */
export function LevelMeter({ stream }: { stream: MediaStream | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const meter = useRef<HTMLDivElement>(null);
  const valueText = useCallback(
    (db: number) => (Number.isFinite(db) ? t('recorder.levelValue', { db: formatNumber(db, language) }) : t('recorder.levelSilent')),
    [t, language],
  );
  const hint = useLevelMeter(stream, meter, valueText);
  return (
    <div className="level-meter-field">
      <div
        ref={meter}
        className="level-meter"
        role="meter"
        aria-label={t('recorder.level')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={0}
        aria-valuetext={t('recorder.levelSilent')}
        data-hint={hint}
      >
        <div className="level-meter-bar" />
        <div className="level-meter-peak" />
      </div>
      <p className="level-meter-hint" role="status">
        {hint === 'silent' ? t('recorder.hintSilent') : hint === 'loud' ? t('recorder.hintLoud') : ''}
      </p>
    </div>
  );
}

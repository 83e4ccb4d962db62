import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_DISGUISE_RATIO, MIN_DISGUISE_RATIO } from '../../../../shared/media/audio-redaction/voice-disguise';

/** The optional voice disguise, with the plain warning that it can be undone. */
export function DisguiseField({ value, onChange }: { value: number | null; onChange: (value: number | null) => void }) {
  const { t, i18n } = useTranslation();
  const warningId = useId();
  return (
    <fieldset className="audio-redaction-disguise">
      <legend>{t('audioRedaction.disguise')}</legend>
      <label>
        <input type="checkbox" checked={value !== null} aria-describedby={warningId} onChange={(e) => onChange(e.target.checked ? 0.8 : null)} />
        {t('audioRedaction.disguiseOn')}
      </label>
      {value !== null ? (
        <label className="field">
          <span>{t('audioRedaction.pitch', { value: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(value) })}</span>
          <input type="range" min={MIN_DISGUISE_RATIO} max={MAX_DISGUISE_RATIO} step={0.05} value={value} onChange={(e) => onChange(Number(e.target.value))} />
        </label>
      ) : null}
      <p id={warningId} className="warning">
        {t('audioRedaction.disguiseWarning')}
      </p>
    </fieldset>
  );
}

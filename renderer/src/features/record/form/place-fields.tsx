import { useTranslation } from 'react-i18next';
import type { PlaceDraft } from '../logic/place-draft';
import type { Problems } from '../logic/problems';
import { LineInput } from './line-input';
import { TermSelect } from './term-select';

interface PlaceFieldsProps {
  legend: string;
  place: PlaceDraft;
  onChange: (place: PlaceDraft) => void;
  problems: Problems;
  /** Where this place's problems are filed ("place"). */
  path?: string;
}

/** A place: what the person said, the administrative area, and coordinates with their precision. */
export function PlaceFields({ legend, place, onChange, problems, path = 'place' }: PlaceFieldsProps) {
  const { t } = useTranslation();
  const set = (key: keyof PlaceDraft) => (value: string) => onChange({ ...place, [key]: value });
  return (
    <fieldset className="place-fields">
      <legend>{legend}</legend>
      <div className="form-grid">
        <LineInput label={t('record.place.text')} value={place.text} onChange={set('text')} problem={problems[`${path}.text`]} hint={t('record.place.textHint')} />
        <LineInput label={t('record.place.adminArea')} value={place.adminArea} onChange={set('adminArea')} problem={problems[`${path}.adminArea`]} hint={t('record.place.adminAreaHint')} />
        <LineInput
          label={t('record.place.latitude')}
          value={place.latitude}
          onChange={set('latitude')}
          problem={problems[`${path}.latitude`]}
          dir="ltr"
          inputMode="decimal"
          hint={t('record.place.latitudeHint')}
        />
        <LineInput
          label={t('record.place.longitude')}
          value={place.longitude}
          onChange={set('longitude')}
          problem={problems[`${path}.longitude`]}
          dir="ltr"
          inputMode="decimal"
          hint={t('record.place.longitudeHint')}
        />
        <TermSelect vocabulary="coordinatePrecision" label={t('record.place.precision')} value={place.precision} onChange={set('precision')} problem={problems[`${path}.precision`]} />
      </div>
    </fieldset>
  );
}

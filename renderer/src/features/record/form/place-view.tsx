import { useTranslation } from 'react-i18next';
import type { Place } from '../../../../../shared/domain/record';
import { useTerms } from './use-terms';

/** A place as read: the words, the area, and the coordinates with their precision. */
export function PlaceView({ place }: { place: Place }) {
  const { t } = useTranslation();
  const terms = useTerms();
  const hasPoint = place.latitude !== null && place.longitude !== null;
  return (
    <span className="place-view">
      {place.text ? <bdi>{place.text}</bdi> : null}
      {place.text && place.adminArea ? t('record.place.separator') : null}
      {place.adminArea ? <bdi>{place.adminArea}</bdi> : null}
      {hasPoint ? (
        <span className="coordinates">
          {' '}
          <span dir="ltr">
            ({place.latitude}, {place.longitude})
          </span>
        </span>
      ) : null}
      {place.precision ? (
        <span className="muted">
          {' '}
          {t('record.place.precisionIs', { precision: terms.label('coordinatePrecision', place.precision) })}
        </span>
      ) : null}
    </span>
  );
}

import { useTranslation } from 'react-i18next';
import { formatOffset } from '../../record/logic/time-offsets';
import type { DroppedMarker } from './markers';

/** The markers dropped so far, in time order, each with whether the vault has it yet. */
export function MarkerList({ markers }: { markers: readonly (DroppedMarker & { id: number })[] }) {
  const { t } = useTranslation();
  if (markers.length === 0) return <p className="muted recorder-markers-empty">{t('recorder.markersEmpty')}</p>;
  return (
    <ol className="recorder-markers">
      {markers.map((marker) => (
        <li key={marker.id} data-state={marker.state}>
          <time dir="ltr">{formatOffset(marker.seconds)}</time> <bdi>{marker.label}</bdi>
          {marker.state === 'saving' ? <span className="muted"> ({t('recorder.markerSaving')})</span> : null}
          {marker.state === 'failed' ? <span className="recorder-marker-failed"> ({t('recorder.markerFailed')})</span> : null}
        </li>
      ))}
    </ol>
  );
}

import type { Place } from '../../../../../shared/domain/record';
import { numberText, parseDecimal } from './numbers';
import type { Problem } from './problems';

/** A place as its form holds it: numbers as typed, '' for "not given". */
export interface PlaceDraft {
  text: string;
  adminArea: string;
  latitude: string;
  longitude: string;
  precision: string;
}

export function placeDraft(place: Place): PlaceDraft {
  return {
    text: place.text,
    adminArea: place.adminArea,
    latitude: numberText(place.latitude),
    longitude: numberText(place.longitude),
    precision: place.precision ?? '',
  };
}

/** '' (or only spaces) is "not given". */
export function orNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * The place to send, with number problems collected under `path`. Coordinates come as a
 * pair: a latitude without a longitude locates nothing.
 */
export function placeInput(draft: PlaceDraft, path: string, problems: Record<string, Problem>) {
  const latitude = parseDecimal(draft.latitude);
  const longitude = parseDecimal(draft.longitude);
  if (!latitude.ok) problems[`${path}.latitude`] = { key: 'record.problems.number' };
  if (!longitude.ok) problems[`${path}.longitude`] = { key: 'record.problems.number' };
  const lat = latitude.ok ? latitude.value : null;
  const lon = longitude.ok ? longitude.value : null;
  if (latitude.ok && longitude.ok && (lat === null) !== (lon === null)) {
    problems[`${path}.${lat === null ? 'latitude' : 'longitude'}`] = { key: 'record.problems.coordinatesPair' };
  }
  return { text: draft.text, adminArea: draft.adminArea, latitude: lat, longitude: lon, precision: orNull(draft.precision) };
}

/** A marker dropped while recording, as the recorder lists it. */
export interface DroppedMarker {
  /** Position on the recorded-time clock (pauses excluded), in seconds. */
  seconds: number;
  label: string;
  state: 'saving' | 'saved' | 'failed';
}

/**
 * Two markers closer than this are one intention pressed twice (a double tap on the key);
 * the second would make a segment too short to mean anything.
 */
export const MIN_MARKER_GAP_SECONDS = 0.5;

/** A marker's position: the recorded time, to a tenth of a second (what a player shows). */
export function markerSeconds(elapsedMs: number): number {
  return Math.floor(Math.max(0, elapsedMs) / 100) / 10;
}

/** Whether a marker at `seconds` would repeat one already dropped. */
export function tooCloseToAnother(markers: readonly Pick<DroppedMarker, 'seconds'>[], seconds: number): boolean {
  return markers.some((m) => Math.abs(m.seconds - seconds) < MIN_MARKER_GAP_SECONDS);
}

/** The label given: what was typed, trimmed, or "Marker n" numbered after those already dropped. */
export function markerLabel(typed: string, count: number, numbered: (n: number) => string): string {
  const text = typed.trim();
  return text === '' ? numbered(count + 1) : text;
}

/** The list in time order (a marker dropped during a pause sits where the pause began). */
export function withMarker<T extends DroppedMarker>(markers: readonly T[], marker: T): T[] {
  return [...markers, marker].sort((a, b) => a.seconds - b.seconds);
}

/** How much audio an interrupted recording holds, from its chunk count (one per timeslice). */
export function approximateSeconds(chunks: number, timesliceMs: number): number {
  return (chunks * timesliceMs) / 1000;
}

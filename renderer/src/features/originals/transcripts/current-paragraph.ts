/**
 * Which paragraph the playback is in: the timed paragraph with the latest start at or before
 * the position (untimed paragraphs are never "current": nobody knows where they are). Built
 * once per edit and searched on every time update, so it stays cheap for long transcripts.
 */
export interface TimeIndex {
  /** Starts in ascending order (paragraph order among equal starts). */
  readonly starts: readonly number[];
  /** The paragraph index of each start. */
  readonly paragraphs: readonly number[];
}

/**
 * A media element seeked to 5 s may report 4.9999…; a paragraph cued to its start must be
 * current at once.
 */
const EPSILON = 0.05;

export function timeIndex(starts: readonly (number | null)[]): TimeIndex {
  const timed = starts.flatMap((start, index) => (start === null ? [] : [{ start, index }])).sort((a, b) => a.start - b.start || a.index - b.index);
  return { starts: timed.map((t) => t.start), paragraphs: timed.map((t) => t.index) };
}

/** The index of the current paragraph at `seconds`, or null before the first timed one. */
export function paragraphAt(index: TimeIndex, seconds: number): number | null {
  const { starts, paragraphs } = index;
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! <= seconds + EPSILON) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  if (found < 0) return null;
  // Two paragraphs with the same start: the first of them is where playback is.
  while (found > 0 && starts[found - 1] === starts[found]) found--;
  return paragraphs[found] ?? null;
}

/** Where a paragraph is cued: its own start, else the start of the nearest timed paragraph before it. */
export function cueOf(starts: readonly (number | null)[], paragraph: number): number | null {
  for (let i = Math.min(paragraph, starts.length - 1); i >= 0; i--) {
    const start = starts[i];
    if (start !== null && start !== undefined) return start;
  }
  return null;
}

import type { Segment } from '../../../../../shared/domain/media';

/** Shorter than this is a click, not a segment. */
export const MIN_SEGMENT = 0.5;
/** A segment added at the playback position, without a selection, covers this much. */
export const DEFAULT_SEGMENT = 30;

export interface Span {
  start: number;
  end: number;
}

/** Times are kept to the millisecond: a drag gives float noise nobody can hear. */
export function roundTime(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

/**
 * Where a new segment goes: the selection when there is one worth keeping, else from the
 * playback position for DEFAULT_SEGMENT seconds (ending at the end of the recording, and
 * moved back when the position is too close to the end to leave MIN_SEGMENT).
 */
export function newSegmentSpan(selection: Span | null, position: number, duration: number): Span {
  const end = duration > 0 ? duration : Number.POSITIVE_INFINITY;
  if (selection && selection.end - selection.start >= MIN_SEGMENT) {
    return { start: roundTime(Math.max(0, selection.start)), end: roundTime(Math.min(end, selection.end)) };
  }
  const start = Math.max(0, Math.min(position, end - MIN_SEGMENT));
  return { start: roundTime(start), end: roundTime(Math.min(end, start + DEFAULT_SEGMENT)) };
}

/** The index in reading order: by start, then by end. */
export function sortSegments(segments: readonly Segment[]): Segment[] {
  return [...segments].sort((a, b) => a.start - b.start || a.end - b.end);
}

export function upsertSegment(segments: readonly Segment[], segment: Segment): Segment[] {
  return sortSegments([...segments.filter((s) => s.id !== segment.id), segment]);
}

export function withoutSegment(segments: readonly Segment[], id: string): Segment[] {
  return segments.filter((s) => s.id !== id);
}

export function sameSpan(a: Span, b: Span): boolean {
  return roundTime(a.start) === roundTime(b.start) && roundTime(a.end) === roundTime(b.end);
}

/** The segments playing at `seconds` (they may overlap: a theme inside a longer story). */
export function segmentsAt(segments: readonly Segment[], seconds: number): Segment[] {
  return segments.filter((s) => s.start <= seconds && seconds < s.end);
}

/** One change to the index, as "Undo" needs it: what there was before, and after. */
export type SegmentChange =
  | { kind: 'added'; after: Segment }
  | { kind: 'edited' | 'moved'; before: Segment; after: Segment }
  | { kind: 'deleted'; before: Segment };

export type UndoStep = { op: 'save'; segment: Segment } | { op: 'delete'; segmentId: string };

/** What undoes `change`: a deletion is undone by saving the same segment (same id) again. */
export function undoStep(change: SegmentChange): UndoStep {
  switch (change.kind) {
    case 'added':
      return { op: 'delete', segmentId: change.after.id };
    case 'edited':
    case 'moved':
    case 'deleted':
      return { op: 'save', segment: change.before };
  }
}

/**
 * The selection after "starts here" or "ends here" at `time`: the other edge is kept when it
 * still leaves a segment worth having, else put DEFAULT_SEGMENT away (within the recording).
 */
export function markSelection(selection: Span | null, edge: 'start' | 'end', time: number, duration: number): Span {
  const end = duration > 0 ? duration : Number.POSITIVE_INFINITY;
  const at = roundTime(Math.max(0, Math.min(end, time)));
  if (edge === 'start') {
    const start = Math.min(at, Math.max(0, end - MIN_SEGMENT));
    const keep = selection && selection.end >= start + MIN_SEGMENT ? selection.end : Math.min(end, start + DEFAULT_SEGMENT);
    return { start: roundTime(start), end: roundTime(keep) };
  }
  const stop = Math.max(at, Math.min(end, MIN_SEGMENT));
  const keep = selection && selection.start <= stop - MIN_SEGMENT ? selection.start : Math.max(0, stop - DEFAULT_SEGMENT);
  return { start: roundTime(keep), end: roundTime(stop) };
}

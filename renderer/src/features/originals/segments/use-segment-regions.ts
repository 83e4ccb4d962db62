import { useEffect, useEffectEvent } from 'react';
import type { Segment } from '../../../../../shared/domain/media';
import type { Region, WaveformEngine } from '../player/use-waveform';
import { MIN_SEGMENT, roundTime, sameSpan, type Span } from './segment-logic';

/** The one selection region (dragged out on the waveform, or marked with the buttons). */
export const SELECTION_ID = 'selection';

interface SegmentRegionsOptions {
  engine: WaveformEngine | null;
  segments: readonly Segment[];
  /** Bumped to draw the segments again from `segments` (after a refused drag or an undo). */
  redraw: number;
  selection: Span | null;
  labelOf: (segment: Segment) => string;
  onSelection: (span: Span | null) => void;
  onMoved: (segment: Segment, start: number, end: number) => void;
  onPlay: (segment: Segment) => void;
}

function cssColor(engine: WaveformEngine, name: string, fallback: string): string {
  const element = engine.ws.getWrapper();
  return getComputedStyle(element).getPropertyValue(name).trim() || fallback;
}

/** A label the region shows, in its own direction (an Arabic title inside the left-to-right axis). */
function content(text: string): HTMLElement {
  const span = document.createElement('span');
  span.dir = 'auto';
  span.textContent = text;
  return span;
}

/**
 * Segments drawn as regions on the waveform: their edges can be dragged (saved at once, with
 * Undo), a click on one plays it from its start. Dragging across the waveform outside a
 * segment marks the selection a new segment can be made from.
 */
export function useSegmentRegions({ engine, segments, redraw, selection, labelOf, onSelection, onMoved, onPlay }: SegmentRegionsOptions): void {
  const segmentOf = (region: Region) => segments.find((s) => s.id === region.id);
  const regionEvent = useEffectEvent((type: 'updated' | 'clicked' | 'created', region: Region, event?: MouseEvent) => {
    if (region.id === SELECTION_ID) {
      if (type === 'created' && engine) {
        // A new selection replaces the previous one.
        for (const other of engine.regions.getRegions()) if (other.id === SELECTION_ID && other !== region) other.remove();
      }
      if (type !== 'clicked') onSelection({ start: roundTime(region.start), end: roundTime(region.end) });
      return;
    }
    const segment = segmentOf(region);
    if (!segment) return;
    if (type === 'clicked') {
      // The click plays the segment; it must not also seek where the pointer was.
      event?.stopPropagation();
      onPlay(segment);
    } else if (type === 'updated') {
      const span = { start: roundTime(region.start), end: roundTime(region.end) };
      if (!sameSpan(span, segment)) onMoved(segment, span.start, span.end);
    }
  });

  useEffect(() => {
    if (!engine) return;
    const { regions } = engine;
    const offs = [
      regions.on('region-updated', (region) => regionEvent('updated', region)),
      regions.on('region-clicked', (region, event) => regionEvent('clicked', region, event)),
      regions.on('region-created', (region) => regionEvent('created', region)),
      regions.enableDragSelection({ id: SELECTION_ID, color: cssColor(engine, '--selection-fill', 'rgba(31, 85, 196, 0.22)'), minLength: MIN_SEGMENT }),
    ];
    return () => offs.forEach((off) => off());
  }, [engine]);

  useEffect(() => {
    if (!engine) return;
    const { regions } = engine;
    for (const region of regions.getRegions()) if (region.id !== SELECTION_ID) region.remove();
    const fills = [cssColor(engine, '--segment-fill', 'rgba(28, 95, 91, 0.2)'), cssColor(engine, '--segment-fill-alt', 'rgba(138, 75, 0, 0.2)')];
    segments.forEach((segment, i) => {
      regions.addRegion({
        id: segment.id,
        start: segment.start,
        end: segment.end,
        content: content(labelOf(segment)),
        color: fills[i % 2],
        // Only the edges move (a click plays the segment; moving it whole is too easy by accident).
        drag: false,
        resize: true,
        minLength: MIN_SEGMENT,
      });
    });
  }, [engine, segments, redraw, labelOf]);

  useEffect(() => {
    if (!engine) return;
    const { regions } = engine;
    const current = regions.getRegions().find((r) => r.id === SELECTION_ID);
    if (!selection) {
      current?.remove();
    } else if (!current) {
      regions.addRegion({ id: SELECTION_ID, ...selection, color: cssColor(engine, '--selection-fill', 'rgba(31, 85, 196, 0.22)'), drag: false, minLength: MIN_SEGMENT });
    } else if (!sameSpan(current, selection)) {
      current.setOptions({ start: selection.start, end: selection.end });
    }
  }, [engine, selection]);
}

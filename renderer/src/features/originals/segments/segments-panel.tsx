import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaItem, Segment } from '../../../../../shared/domain/media';
import { ErrorText } from '../../../ui/error-text';
import { useEditor } from '../../record/editing/use-editor';
import type { PlayerParts } from '../player/audio-player';
import { checkSegment, emptyDraft, timeText } from './segment-draft';
import { SegmentForm } from './segment-form';
import { SegmentItem } from './segment-item';
import { newSegmentSpan, segmentsAt, type Span } from './segment-logic';
import { SegmentsStatus } from './segments-status';
import { SelectionBar } from './selection-bar';
import { useSegmentRegions } from './use-segment-regions';
import { useSegments } from './use-segments';

interface SegmentsPanelProps extends PlayerParts {
  media: MediaItem;
  selection: Span | null;
  onSelection: (span: Span | null) => void;
}

/** The segment index of a recording, as regions on the waveform and as a list. */
export function SegmentsPanel({ media, handle, playback, engine, selection, onSelection }: SegmentsPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const segments = useSegments(media.id);
  const items = segments.items ?? [];
  const duration = playback.duration;
  const labelOf = useCallback((segment: Segment) => segment.title.trim() || t('originals.segments.untitled'), [t]);
  const play = useCallback(
    (segment: Segment) => {
      handle.seek(segment.start);
      handle.play();
    },
    [handle],
  );

  useSegmentRegions({ engine, segments: items, redraw: segments.redraw, selection, labelOf, onSelection, onMoved: segments.move, onPlay: play });

  const creator = useEditor({
    id: 'files:segment:new',
    label: t('originals.segments.heading'),
    initial: () => emptyDraft(newSegmentSpan(selection, handle.currentTime, handle.duration)),
    check: (draft) => checkSegment(draft, { id: crypto.randomUUID(), mediaId: media.id }, handle.duration),
    save: async (value) => {
      await segments.save(value, { kind: 'added', after: value });
      onSelection(null);
    },
    prefix: 'segment',
  });

  const current = new Set(segmentsAt(items, playback.currentTime).map((s) => s.id));
  return (
    <section className="segments-panel" aria-labelledby={headingId}>
      <div className="segments-header">
        <h4 id={headingId}>{t('originals.segments.heading')}</h4>
        {creator.draft ? null : (
          <button type="button" className="button-secondary" onClick={(event) => creator.start(event.currentTarget)}>
            {selection ? t('originals.segments.addFromSelection') : t('originals.segments.addAt', { time: timeText(playback.currentTime) })}
          </button>
        )}
      </div>
      <SelectionBar selection={selection} handle={handle} duration={duration} onSelection={onSelection} />
      <SegmentsStatus segments={segments} labelOf={labelOf} />
      {segments.failure ? <ErrorText error={segments.failure} /> : null}
      {creator.draft ? <SegmentForm editor={creator} label={t('originals.segments.newHeading')} handle={handle} /> : null}
      {segments.loadError ? <ErrorText error={segments.loadError} /> : null}
      {segments.items && items.length === 0 && !creator.draft ? <p className="muted">{t('originals.segments.empty')}</p> : null}
      {items.length > 0 ? (
        <ol className="segment-list">
          {items.map((segment) => (
            <SegmentItem key={segment.id} segment={segment} label={labelOf(segment)} current={current.has(segment.id)} handle={handle} duration={duration} segments={segments} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../../../shared/domain/media';
import { timeText } from './segment-draft';
import type { SegmentChange } from './segment-logic';
import type { Segments } from './use-segments';

/** The segment a change is about, as it is after the change (or, when undone, as it is again). */
function subject(change: SegmentChange, undone: boolean): Segment {
  switch (change.kind) {
    case 'added':
      return change.after;
    case 'deleted':
      return change.before;
    case 'edited':
    case 'moved':
      return undone ? change.before : change.after;
  }
}

/** What the last change to the index did, announced, with Undo. */
export function SegmentsStatus({ segments, labelOf }: { segments: Segments; labelOf: (segment: Segment) => string }) {
  const { t } = useTranslation();
  const { last, undone } = segments;
  const values = (change: SegmentChange, wasUndone: boolean) => {
    const segment = subject(change, wasUndone);
    return { name: labelOf(segment), range: t('originals.segments.range', { start: timeText(segment.start), end: timeText(segment.end) }) };
  };
  return (
    <p className="segments-status" aria-live="polite">
      {last ? (
        <>
          <span>{t(`originals.segments.changed.${last.kind}`, values(last, false))}</span>{' '}
          <button type="button" className="button-link" onClick={segments.undo}>
            {t('originals.segments.undo')}
          </button>
        </>
      ) : undone ? (
        <span>{t(`originals.segments.undone.${undone.kind}`, values(undone, true))}</span>
      ) : null}
    </p>
  );
}

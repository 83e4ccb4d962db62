import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../../../shared/domain/media';
import { EditorStatus } from '../../record/editing/editor-status';
import { RemoveButton } from '../../record/editing/remove-button';
import { useEditor } from '../../record/editing/use-editor';
import { useTerms } from '../../record/form/use-terms';
import type { PlayerHandle } from '../player/player-handle';
import { checkSegment, segmentDraft, timeText } from './segment-draft';
import { SegmentForm } from './segment-form';
import type { Segments } from './use-segments';

interface SegmentItemProps {
  segment: Segment;
  label: string;
  current: boolean;
  handle: PlayerHandle;
  duration: number;
  segments: Segments;
}

/** One entry of the index: play it, read it, edit it, delete it. */
export function SegmentItem({ segment, label, current, handle, duration, segments }: SegmentItemProps) {
  const { t } = useTranslation();
  const terms = useTerms();
  const range = t('originals.segments.range', { start: timeText(segment.start), end: timeText(segment.end) });
  const editor = useEditor({
    id: `files:segment:${segment.id}`,
    label: t('originals.segments.heading'),
    initial: () => segmentDraft(segment),
    check: (draft) => checkSegment(draft, { id: segment.id, mediaId: segment.mediaId }, duration),
    save: (value) => segments.save(value, { kind: 'edited', before: segment, after: value }),
    prefix: 'segment',
  });

  if (editor.draft) {
    return (
      <li className="segment-item segment-item-editing">
        <SegmentForm editor={editor} label={t('originals.segments.editHeading', { name: label })} handle={handle} />
      </li>
    );
  }
  return (
    <li className={`segment-item ${current ? 'segment-current' : ''}`} aria-current={current ? 'time' : undefined} data-segment={segment.id}>
      <div className="segment-head">
        <button
          type="button"
          className="segment-play button-quiet"
          aria-label={t('originals.segments.playNamed', { name: label, time: timeText(segment.start) })}
          onClick={() => {
            handle.seek(segment.start);
            handle.play();
          }}
        >
          {range}
        </button>
        <h4 className="segment-title">
          <bdi>{label}</bdi>
        </h4>
        <div className="segment-actions">
          <button type="button" className="button-quiet" aria-label={t('originals.segments.editNamed', { name: label })} onClick={(event) => editor.start(event.currentTarget)}>
            {t('originals.segments.edit')}
          </button>
          <RemoveButton
            label={t('originals.segments.delete')}
            name={t('originals.segments.deleteNamed', { name: label })}
            title={t('originals.segments.deleteTitle')}
            text={t('originals.segments.deleteText', { name: label, range })}
            confirmLabel={t('originals.segments.deleteConfirm')}
            run={() => segments.remove(segment)}
          />
        </div>
      </div>
      {segment.keywords.length > 0 ? (
        <ul className="segment-keywords" aria-label={t('originals.segments.keywords')}>
          {segment.keywords.map((k) => (
            <li key={`${k.vocabulary}:${k.key}`} dir="auto">
              {terms.label(k.vocabulary, k.key)}
            </li>
          ))}
        </ul>
      ) : null}
      {segment.synopsis.trim() ? (
        <p className="segment-synopsis" dir="auto">
          {segment.synopsis}
        </p>
      ) : null}
      {segment.note.trim() ? (
        <p className="segment-note muted" dir="auto">
          <span className="segment-note-label">{t('originals.segments.note')}:</span> {segment.note}
        </p>
      ) : null}
      <EditorStatus editor={editor} />
    </li>
  );
}

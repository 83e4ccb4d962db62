import { useTranslation } from 'react-i18next';
import { EditorForm } from '../../record/editing/editor-form';
import type { Editor } from '../../record/editing/use-editor';
import { LineInput } from '../../record/form/line-input';
import { TextArea } from '../../record/form/text-area';
import { problemAt } from '../../record/logic/problems';
import type { PlayerHandle } from '../player/player-handle';
import { KeywordPicker } from './keyword-picker';
import { timeText, type SegmentDraft } from './segment-draft';

interface SegmentFormProps {
  editor: Editor<SegmentDraft>;
  /** Names the form ("New segment", "Edit segment …"). */
  label: string;
  handle: PlayerHandle;
}

/**
 * A segment's fields. Start and end are typed (1:05.5) or taken from the playback position:
 * the keyboard way to do what dragging a region's edge does.
 */
export function SegmentForm({ editor, label, handle }: SegmentFormProps) {
  const { t } = useTranslation();
  const draft = editor.draft;
  if (!draft) return null;
  const set = <K extends keyof SegmentDraft>(key: K) => (value: SegmentDraft[K]) => editor.update((d) => ({ ...d, [key]: value }));
  const now = () => timeText(handle.currentTime);
  return (
    <EditorForm editor={editor} label={label} saveLabel={t('originals.segments.save')} className="segment-form">
      <div className="segment-times">
        <div className="segment-time">
          <LineInput label={t('originals.segments.start')} value={draft.start} onChange={set('start')} problem={editor.problems.start} dir="ltr" hint={t('originals.segments.timeHint')} />
          <button type="button" className="button-link" onClick={() => set('start')(now())}>
            {t('originals.segments.startNow')}
          </button>
        </div>
        <div className="segment-time">
          <LineInput label={t('originals.segments.end')} value={draft.end} onChange={set('end')} problem={editor.problems.end} dir="ltr" />
          <button type="button" className="button-link" onClick={() => set('end')(now())}>
            {t('originals.segments.endNow')}
          </button>
        </div>
      </div>
      <LineInput label={t('originals.segments.title')} value={draft.title} onChange={set('title')} problem={editor.problems.title} spellCheck />
      <KeywordPicker value={draft.keywords} onChange={set('keywords')} problem={problemAt(editor.problems, 'keywords')} />
      <TextArea label={t('originals.segments.synopsis')} value={draft.synopsis} onChange={set('synopsis')} problem={editor.problems.synopsis} rows={4} />
      <TextArea label={t('originals.segments.note')} value={draft.note} onChange={set('note')} problem={editor.problems.note} hint={t('originals.segments.noteHint')} />
    </EditorForm>
  );
}

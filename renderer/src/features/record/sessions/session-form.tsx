import { useTranslation } from 'react-i18next';
import { EditorForm } from '../editing/editor-form';
import type { Editor } from '../editing/use-editor';
import { ChipList } from '../form/chip-list';
import { CodePicker } from '../form/code-picker';
import { EdtfInput } from '../form/edtf-input';
import { LineInput } from '../form/line-input';
import { PlaceFields } from '../form/place-fields';
import { TermSelect } from '../form/term-select';
import { TextArea } from '../form/text-area';
import { problemAt } from '../logic/problems';
import type { SessionDraft } from '../logic/session-draft';

interface SessionFormProps {
  editor: Editor<SessionDraft>;
  draft: SessionDraft;
  label: string;
}

export function SessionForm({ editor, draft, label }: SessionFormProps) {
  const { t } = useTranslation();
  const { problems } = editor;
  const set = <K extends keyof SessionDraft>(key: K) => (value: SessionDraft[K]) => editor.update((d) => ({ ...d, [key]: value }));
  return (
    <EditorForm editor={editor} label={label}>
      <div className="form-grid">
        <EdtfInput label={t('record.interview.date')} value={draft.date} onChange={set('date')} problem={problems.date} />
        <LineInput label={t('record.interview.time')} type="time" dir="ltr" value={draft.time} onChange={set('time')} problem={problems.time} hint={t('record.interview.timeHint')} />
      </div>
      <PlaceFields legend={t('record.interview.place')} place={draft.place} onChange={set('place')} problems={problems} />
      <div className="form-grid">
        <TermSelect vocabulary="interviewModes" label={t('record.interview.mode')} value={draft.mode} onChange={set('mode')} problem={problems.mode} extendable />
        <TermSelect vocabulary="recordingMethods" label={t('record.interview.recordingMethod')} value={draft.recordingMethod} onChange={set('recordingMethod')} problem={problems.recordingMethod} />
      </div>
      <ChipList label={t('record.interview.interviewers')} values={draft.interviewers} onChange={set('interviewers')} problem={problemAt(problems, 'interviewers')} hint={t('record.interview.interviewersHint')} />
      <div className="form-grid">
        <LineInput label={t('record.interview.interpreter')} value={draft.interpreter} onChange={set('interpreter')} problem={problems.interpreter} />
        <LineInput label={t('record.interview.othersPresent')} value={draft.othersPresent} onChange={set('othersPresent')} problem={problems.othersPresent} hint={t('record.interview.othersPresentHint')} />
      </div>
      <CodePicker kind="language" label={t('record.interview.languagesUsed')} values={draft.languagesUsed} onChange={set('languagesUsed')} problem={problemAt(problems, 'languagesUsed')} />
      <LineInput
        label={t('record.interview.durationMinutes')}
        value={draft.durationMinutes}
        onChange={set('durationMinutes')}
        problem={problems.durationMinutes}
        dir="ltr"
        inputMode="numeric"
        className="field-short"
      />
      <TextArea label={t('record.interview.wellbeingNotes')} value={draft.wellbeingNotes} onChange={set('wellbeingNotes')} problem={problems.wellbeingNotes} hint={t('record.interview.wellbeingHint')} />
      <TextArea label={t('record.interview.referralsOffered')} value={draft.referralsOffered} onChange={set('referralsOffered')} problem={problems.referralsOffered} />
    </EditorForm>
  );
}

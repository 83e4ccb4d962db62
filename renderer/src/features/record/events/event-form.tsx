import { useTranslation } from 'react-i18next';
import { EditorForm } from '../editing/editor-form';
import type { Editor } from '../editing/use-editor';
import { CheckboxGroup } from '../form/checkbox-group';
import { EdtfInput } from '../form/edtf-input';
import { PlaceFields } from '../form/place-fields';
import { TermSelect } from '../form/term-select';
import { TextArea } from '../form/text-area';
import { useTerms } from '../form/use-terms';
import type { EventDraft } from '../logic/event-draft';
import { problemAt } from '../logic/problems';
import { useRecord } from '../record-context';
import { CitationsEditor } from './citations-editor';
import { PerpetratorsEditor } from './perpetrators-editor';

interface EventFormProps {
  editor: Editor<EventDraft>;
  draft: EventDraft;
  label: string;
}

export function EventForm({ editor, draft, label }: EventFormProps) {
  const { t } = useTranslation();
  const terms = useTerms();
  const { view } = useRecord();
  const { problems } = editor;
  const set = <K extends keyof EventDraft>(key: K) => (value: EventDraft[K]) => editor.update((d) => ({ ...d, [key]: value }));
  const people = view.record.people.map((link) => ({
    value: link.personId,
    label: (
      <>
        <bdi>{view.people.find((p) => p.id === link.personId)?.code ?? link.personId}</bdi>{' '}
        <span className="muted">({terms.label('personRoles', link.role)})</span>
      </>
    ),
  }));
  return (
    <EditorForm editor={editor} label={label}>
      <div className="form-grid">
        <TermSelect vocabulary="actTypes" label={t('events.actType')} value={draft.actType} onChange={set('actType')} problem={problems.actType} required extendable />
        <EdtfInput label={t('events.date')} value={draft.date} onChange={set('date')} problem={problems.date} />
      </div>
      <PlaceFields legend={t('events.place')} place={draft.place} onChange={set('place')} problems={problems} />
      <TextArea label={t('events.description')} value={draft.description} onChange={set('description')} problem={problems.description} rows={5} hint={t('events.descriptionHint')} />
      <CheckboxGroup
        legend={t('events.victims')}
        hint={t('events.victimsHint')}
        empty={t('events.noPeople')}
        options={people}
        values={draft.victims}
        onChange={set('victims')}
        problem={problemAt(problems, 'victims')}
      />
      <PerpetratorsEditor rows={draft.perpetrators} onChange={set('perpetrators')} problems={problems} />
      <TextArea label={t('events.consequences')} value={draft.consequences} onChange={set('consequences')} problem={problems.consequences} hint={t('events.consequencesHint')} />
      <CitationsEditor rows={draft.citations} onChange={set('citations')} problems={problems} />
    </EditorForm>
  );
}

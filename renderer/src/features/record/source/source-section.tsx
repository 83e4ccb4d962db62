import { useTranslation } from 'react-i18next';
import { formatEdtf } from '../../../../../shared/domain/edtf';
import { builtInTerms } from '../../../../../shared/domain/vocabularies';
import { useLanguage } from '../../../app/use-language';
import { useVault } from '../../../app/vault-client';
import { EditButton } from '../editing/edit-button';
import { EditorForm } from '../editing/editor-form';
import { EditorStatus } from '../editing/editor-status';
import { FieldList, FieldRow, Typed } from '../editing/field-list';
import { SectionFrame } from '../editing/section-frame';
import { useEditor } from '../editing/use-editor';
import { ChoiceGroup } from '../form/choice-group';
import { EdtfInput } from '../form/edtf-input';
import { LineInput } from '../form/line-input';
import { TermSelect } from '../form/term-select';
import { TextArea } from '../form/text-area';
import { useTerms } from '../form/use-terms';
import { checkSource, sourceDraft } from '../logic/source-draft';
import { useRecord } from '../record-context';

/** Section 6: how the testimony reached the organisation, and how far its source can be relied on. */
export function SourceSection() {
  const { t } = useTranslation();
  const vault = useVault();
  const language = useLanguage();
  const terms = useTerms();
  const { view, testimonyId, refresh } = useRecord();
  const source = view.record.source;
  const title = t('record.sections.source');
  const editor = useEditor({
    id: 'source',
    label: title,
    initial: () => sourceDraft(source),
    check: checkSource,
    save: async (value) => {
      await vault.call('records.updateSource', { testimonyId, source: value });
      await refresh();
    },
    prefix: 'source',
  });
  const draft = editor.draft;
  const set = (key: keyof NonNullable<typeof draft>) => (value: string) => editor.update((d) => ({ ...d, [key]: value }));
  return (
    <SectionFrame section="source" title={title} actions={<EditButton editor={editor} name={t('record.editSection', { section: title })} />}>
      <EditorStatus editor={editor} />
      {draft ? (
        <EditorForm editor={editor} label={t('record.editSection', { section: title })}>
          <div className="form-grid">
            <TermSelect vocabulary="sourceChannels" label={t('record.source.channel')} value={draft.channel} onChange={set('channel')} problem={editor.problems.channel} extendable />
            <TermSelect vocabulary="sourceConnections" label={t('record.source.connection')} value={draft.connection} onChange={set('connection')} problem={editor.problems.connection} />
          </div>
          <ChoiceGroup
            legend={t('record.source.reliability')}
            value={draft.reliability}
            onChange={set('reliability')}
            choices={[
              ...builtInTerms('reliability').map((term) => ({ value: term.key, label: terms.label('reliability', term.key), description: terms.description('reliability', term.key) })),
              { value: '', label: t('record.source.notAssessed') },
            ]}
            problem={editor.problems.reliability}
            className="reliability-choices"
          />
          <div className="form-grid">
            <EdtfInput label={t('record.source.receivedOn')} value={draft.receivedOn} onChange={set('receivedOn')} problem={editor.problems.receivedOn} />
            <LineInput label={t('record.source.enteredBy')} value={draft.enteredBy} onChange={set('enteredBy')} problem={editor.problems.enteredBy} />
          </div>
          <TextArea label={t('record.source.notes')} value={draft.notes} onChange={set('notes')} problem={editor.problems.notes} />
        </EditorForm>
      ) : (
        <FieldList>
          <FieldRow label={t('record.source.channel')} empty={source.channel === null}>
            {source.channel ? terms.label('sourceChannels', source.channel) : null}
          </FieldRow>
          <FieldRow label={t('record.source.connection')} empty={source.connection === null}>
            {source.connection ? terms.label('sourceConnections', source.connection) : null}
          </FieldRow>
          <FieldRow label={t('record.source.reliability')} empty={source.reliability === null}>
            {source.reliability ? (
              <>
                <strong>{terms.label('reliability', source.reliability)}</strong>
                <span className="field-hint block">{terms.description('reliability', source.reliability)}</span>
              </>
            ) : null}
          </FieldRow>
          <FieldRow label={t('record.source.receivedOn')} empty={source.receivedOn === null}>
            {source.receivedOn ? <bdi>{formatEdtf(source.receivedOn, language)}</bdi> : null}
          </FieldRow>
          <FieldRow label={t('record.source.enteredBy')} empty={source.enteredBy === ''}>
            <Typed value={source.enteredBy} />
          </FieldRow>
          <FieldRow label={t('record.source.notes')} empty={source.notes.trim() === ''} prose>
            {source.notes}
          </FieldRow>
        </FieldList>
      )}
    </SectionFrame>
  );
}

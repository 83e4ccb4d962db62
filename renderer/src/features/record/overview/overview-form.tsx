import { useTranslation } from 'react-i18next';
import type { TestimonyOverview } from '../../../../../shared/domain/record';
import { SENSITIVITY_INFO, SENSITIVITY_LEVELS, TESTIMONY_STATUSES, TESTIMONY_STATUS_INFO, choosableTerms } from '../../../../../shared/domain/vocabularies';
import { useLanguage } from '../../../app/use-language';
import { EditorForm } from '../editing/editor-form';
import type { Editor } from '../editing/use-editor';
import { CheckboxGroup } from '../form/checkbox-group';
import { ChipList } from '../form/chip-list';
import { ChoiceGroup } from '../form/choice-group';
import { CodePicker } from '../form/code-picker';
import { LineInput } from '../form/line-input';
import { SelectInput } from '../form/select-input';
import { TextArea } from '../form/text-area';
import { useTerms } from '../form/use-terms';
import { problemAt } from '../logic/problems';
import { useRecord } from '../record-context';
import { CustomFieldsEditor } from './custom-fields-editor';

interface OverviewFormProps {
  editor: Editor<TestimonyOverview>;
  draft: TestimonyOverview;
}

export function OverviewForm({ editor, draft }: OverviewFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const terms = useTerms();
  const { custom } = useRecord();
  const { problems } = editor;
  const set = <K extends keyof TestimonyOverview>(key: K) => (value: TestimonyOverview[K]) => editor.update((d) => ({ ...d, [key]: value }));
  return (
    <EditorForm editor={editor} label={t('record.editSection', { section: t('record.sections.overview') })}>
      <div className="form-grid">
        <LineInput label={t('record.overview.code')} value={draft.code} onChange={set('code')} problem={problems.code} hint={t('testimony.codeHint')} />
        <LineInput label={t('record.overview.title')} value={draft.title} onChange={set('title')} problem={problems.title} spellCheck />
      </div>
      <TextArea label={t('record.overview.summary')} value={draft.summary} onChange={set('summary')} problem={problems.summary} rows={5} hint={t('record.overview.summaryHint')} />
      <CodePicker kind="language" label={t('record.overview.languages')} values={draft.languages} onChange={set('languages')} problem={problemAt(problems, 'languages')} />
      <div className="form-grid">
        <SelectInput
          label={t('record.overview.status')}
          value={draft.status}
          onChange={(value) => set('status')(value as TestimonyOverview['status'])}
          options={TESTIMONY_STATUSES.map((s) => ({ value: s, label: TESTIMONY_STATUS_INFO[s].labels[language] }))}
          hint={TESTIMONY_STATUS_INFO[draft.status]?.description?.[language]}
          problem={problems.status}
        />
        <ChoiceGroup
          legend={t('record.overview.sensitivity')}
          value={draft.sensitivity}
          onChange={set('sensitivity')}
          choices={SENSITIVITY_LEVELS.map((s) => ({ value: s, label: SENSITIVITY_INFO[s].labels[language], description: SENSITIVITY_INFO[s].description?.[language] }))}
          problem={problems.sensitivity}
        />
      </div>
      <CheckboxGroup
        legend={t('record.overview.contentWarnings')}
        hint={t('record.overview.contentWarningsHint')}
        options={choosableTerms('contentWarnings', custom).map((term) => ({
          value: term.key,
          label: terms.label('contentWarnings', term.key),
          description: terms.description('contentWarnings', term.key),
        }))}
        values={draft.contentWarnings}
        onChange={set('contentWarnings')}
        problem={problemAt(problems, 'contentWarnings')}
        className="columns"
      />
      <ChipList label={t('record.overview.tags')} values={draft.tags} onChange={set('tags')} problem={problemAt(problems, 'tags')} hint={t('record.overview.tagsHint')} />
      <CustomFieldsEditor fields={draft.customFields} onChange={set('customFields')} problems={problems} />
    </EditorForm>
  );
}

import { useTranslation } from 'react-i18next';
import { CONSENT_SCOPES, type ConsentScope } from '../../../../../shared/domain/record';
import { EditorForm } from '../editing/editor-form';
import type { Editor } from '../editing/use-editor';
import { ChoiceGroup } from '../form/choice-group';
import { EdtfInput } from '../form/edtf-input';
import { LineInput } from '../form/line-input';
import { SelectInput } from '../form/select-input';
import { TermSelect } from '../form/term-select';
import { TextArea } from '../form/text-area';
import { useProblemText } from '../form/problem-text';
import type { ConsentDraft, ScopeAnswer } from '../logic/consent-draft';
import { useRecord } from '../record-context';

interface ConsentFormProps {
  editor: Editor<ConsentDraft>;
  draft: ConsentDraft;
}

export function ConsentForm({ editor, draft }: ConsentFormProps) {
  const { t } = useTranslation();
  const message = useProblemText();
  const { media } = useRecord();
  const { problems } = editor;
  const set = <K extends keyof ConsentDraft>(key: K) => (value: ConsentDraft[K]) => editor.update((d) => ({ ...d, [key]: value }));
  const setScope = (scope: ConsentScope) => (answer: ScopeAnswer) => editor.update((d) => ({ ...d, scopes: { ...d.scopes, [scope]: answer } }));
  const withdrawn = new Set(draft.withdrawals.flatMap((w) => w.scopes));
  const answers = [
    { value: 'yes' as const, label: t('consent.answer.yes') },
    { value: 'no' as const, label: t('consent.answer.no') },
    { value: '' as const, label: t('consent.answer.notAsked') },
  ];
  return (
    <EditorForm editor={editor} label={t('record.editSection', { section: t('record.sections.consent') })}>
      <ChoiceGroup
        legend={t('consent.obtained')}
        inline
        value={draft.obtained}
        onChange={set('obtained')}
        choices={[
          { value: 'yes', label: t('consent.obtainedYes') },
          { value: 'no', label: t('consent.obtainedNo') },
          { value: 'unknown', label: t('consent.obtainedUnknown') },
        ]}
        problem={problems.obtained}
      />
      <div className="form-grid">
        <TermSelect vocabulary="consentMethods" label={t('consent.method')} value={draft.method} onChange={set('method')} problem={problems.method} />
        <EdtfInput label={t('consent.obtainedOn')} value={draft.obtainedOn} onChange={set('obtainedOn')} problem={problems.obtainedOn} />
        <LineInput label={t('consent.takenBy')} value={draft.takenBy} onChange={set('takenBy')} problem={problems.takenBy} />
        <LineInput label={t('consent.present')} value={draft.present} onChange={set('present')} problem={problems.present} hint={t('consent.presentHint')} />
      </div>
      <fieldset className="inline-fieldset">
        <legend>{t('consent.onRecording')}</legend>
        <p className="field-hint">{media.length > 0 ? t('consent.onRecordingHint') : t('consent.noFilesYet')}</p>
        {media.length > 0 ? (
          <div className="form-grid">
            <SelectInput
              label={t('consent.recordingFile')}
              value={draft.recordingMediaId}
              onChange={set('recordingMediaId')}
              options={media.map((m) => ({ value: m.id, label: m.originalName }))}
              emptyLabel={t('record.notRecorded')}
              problem={problems['recordingReference.mediaId']}
            />
            <LineInput
              label={t('consent.recordingAt')}
              value={draft.recordingAt}
              onChange={set('recordingAt')}
              dir="ltr"
              hint={t('record.offsetHint')}
              problem={problems['recordingReference.seconds']}
            />
          </div>
        ) : null}
      </fieldset>
      <TextArea label={t('consent.explained')} value={draft.explained} onChange={set('explained')} problem={problems.explained} hint={t('consent.explainedHint')} rows={4} />
      <fieldset className="scope-answers">
        <legend>{t('consent.scopesHeading')}</legend>
        <p className="field-hint">{t('consent.scopesHint')}</p>
        {CONSENT_SCOPES.map((scope) => (
          <div key={scope} className="scope-answer">
            <ChoiceGroup legend={t(`consent.scopes.${scope}`)} inline value={draft.scopes[scope]} onChange={setScope(scope)} choices={answers} problem={problems[`scopes.${scope}`]} />
            {withdrawn.has(scope) ? <p className="scope-withdrawn-note">{t('consent.withdrawnStays')}</p> : null}
          </div>
        ))}
      </fieldset>
      <TextArea label={t('consent.restrictions')} value={draft.restrictions} onChange={set('restrictions')} problem={problems.restrictions} hint={t('consent.restrictionsHint')} />
      <TextArea label={t('consent.feedbackRequested')} value={draft.feedbackRequested} onChange={set('feedbackRequested')} problem={problems.feedbackRequested} hint={t('consent.feedbackHint')} />
      {problems.withdrawals ? (
        <p className="error-text" role="alert">
          {message(problems.withdrawals)}
        </p>
      ) : null}
    </EditorForm>
  );
}

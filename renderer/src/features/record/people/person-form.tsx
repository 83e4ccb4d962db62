import { useTranslation } from 'react-i18next';
import { EditorForm } from '../editing/editor-form';
import type { Editor } from '../editing/use-editor';
import { CodePicker } from '../form/code-picker';
import { EdtfInput } from '../form/edtf-input';
import { LineInput } from '../form/line-input';
import { TermSelect } from '../form/term-select';
import { TextArea } from '../form/text-area';
import type { PersonDraft } from '../logic/person-draft';
import { problemAt } from '../logic/problems';
import { NameVariantsEditor } from './name-variants-editor';

interface PersonFormProps {
  editor: Editor<PersonDraft>;
  draft: PersonDraft;
  label: string;
  saveLabel?: string;
}

/**
 * A person in this testimony: the code used everywhere, their part in the testimony, and
 * who they are, in a section marked sensitive (stored apart, shown only on request).
 */
export function PersonForm({ editor, draft, label, saveLabel }: PersonFormProps) {
  const { t } = useTranslation();
  const { problems } = editor;
  const setCode = (code: string) => editor.update((d) => ({ ...d, code }));
  const setLink = (key: keyof PersonDraft['link']) => (value: string) => editor.update((d) => ({ ...d, link: { ...d.link, [key]: value } }));
  const setIdentity = <K extends keyof PersonDraft['identity']>(key: K) => (value: PersonDraft['identity'][K]) =>
    editor.update((d) => ({ ...d, identity: { ...d.identity, [key]: value } }));
  return (
    <EditorForm editor={editor} label={label} saveLabel={saveLabel}>
      <div className="form-grid">
        <LineInput label={t('people.code')} value={draft.code} onChange={setCode} problem={problems.code} hint={t('people.codeHint')} />
        <TermSelect vocabulary="personRoles" label={t('people.role')} value={draft.link.role} onChange={setLink('role')} problem={problems['link.role']} required />
        <LineInput label={t('people.ageAtEvents')} value={draft.link.ageAtEvents} onChange={setLink('ageAtEvents')} problem={problems['link.ageAtEvents']} hint={t('people.ageHint')} />
      </div>
      <TextArea label={t('people.linkNotes')} value={draft.link.notes} onChange={setLink('notes')} problem={problems['link.notes']} rows={2} />
      <fieldset className="sensitive-section">
        <legend>{t('people.identityHeading')}</legend>
        <p className="sensitive-note">{t('people.identityNote')}</p>
        <LineInput label={t('people.legalName')} value={draft.identity.legalName} onChange={setIdentity('legalName')} problem={problems['identity.legalName']} />
        <NameVariantsEditor names={draft.identity.names} onChange={setIdentity('names')} problems={problems} />
        <div className="form-grid">
          <TermSelect vocabulary="sexGender" label={t('people.sexGender')} value={draft.identity.sexGender} onChange={setIdentity('sexGender')} problem={problems['identity.sexGender']} />
          <EdtfInput label={t('people.birthDate')} value={draft.identity.birthDate} onChange={setIdentity('birthDate')} problem={problems['identity.birthDate']} />
        </div>
        <CodePicker kind="country" label={t('people.nationality')} values={draft.identity.nationality} onChange={setIdentity('nationality')} problem={problemAt(problems, 'identity.nationality')} />
        <TextArea label={t('people.contact')} value={draft.identity.contact} onChange={setIdentity('contact')} problem={problems['identity.contact']} rows={2} hint={t('people.contactHint')} />
        <TextArea label={t('people.identityNotes')} value={draft.identity.notes} onChange={setIdentity('notes')} problem={problems['identity.notes']} />
      </fieldset>
    </EditorForm>
  );
}

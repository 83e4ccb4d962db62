import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../../shared/domain/record';
import { EditorStatus } from '../editing/editor-status';
import { useEditor } from '../editing/use-editor';
import { checkPerson, personDraft } from '../logic/person-draft';
import { elsewhere } from '../logic/prior-interviews';
import { useRecord } from '../record-context';
import { FindPerson, type Found } from './find-person';
import { PersonForm } from './person-form';
import { PriorInterviews } from './prior-interviews';
import { usePersonWriter } from './use-person-writer';

type Step = { name: 'closed' } | { name: 'find' } | { name: 'link'; found: Found } | { name: 'create' };

/**
 * Adding a person: find them first (they may have been interviewed for another testimony),
 * then either add the person found, with their part in this testimony, or create a new one.
 */
export function AddPerson() {
  const { t } = useTranslation();
  const { testimonyId } = useRecord();
  const write = usePersonWriter();
  const [step, setStep] = useState<Step>({ name: 'closed' });
  const [query, setQuery] = useState('');
  const created = useRef<Person | null>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const found = step.name === 'link' ? step.found : null;
  const title = t('record.sections.people');

  const editor = useEditor({
    id: 'people:new',
    label: title,
    initial: () => personDraft(null, null),
    check: checkPerson,
    save: async (value) => {
      const existing = found?.person ?? created.current;
      await write(value, existing, null, (person) => {
        created.current = person;
      });
      created.current = null;
      setQuery('');
      setStep({ name: 'closed' });
    },
    duplicate: 'people.problems.codeTaken',
  });

  const close = () => {
    setStep({ name: 'closed' });
    openButton.current?.focus();
  };

  return (
    <div className="add-person">
      <button
        type="button"
        ref={openButton}
        className="button-secondary"
        // Also back when the form was cancelled (Escape): the step is kept for Restore.
        hidden={step.name === 'find' || editor.draft !== null}
        onClick={() => {
          created.current = null;
          setStep({ name: 'find' });
        }}
      >
        {t('people.add')}
      </button>
      <EditorStatus editor={editor} />
      {step.name === 'find' ? (
        // Escape leaves the search, as it cancels a form (a dialog or a composing input method keeps it).
        <div
          className="item-card item-new"
          onKeyDown={(event) => {
            if (event.key === 'Escape' && !event.defaultPrevented && !event.nativeEvent.isComposing) {
              event.preventDefault();
              close();
            }
          }}
        >
          <h3 className="item-heading">{t('people.addHeading')}</h3>
          <FindPerson
            query={query}
            onQuery={setQuery}
            onChoose={(chosen) => {
              setStep({ name: 'link', found: chosen });
              editor.start(openButton.current, personDraft(chosen.person, null));
            }}
            onCreate={() => {
              setStep({ name: 'create' });
              editor.start(openButton.current, personDraft(null, null, { legalName: query.trim() }));
            }}
          />
          <div className="actions">
            <button type="button" className="button-secondary" onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {(step.name === 'link' || step.name === 'create') && editor.draft ? (
        <div className="item-card item-new">
          <h3 className="item-heading">{found ? t('people.linkHeading', { code: found.person.code }) : t('people.createHeading')}</h3>
          {found ? <PriorInterviews interviews={elsewhere(found.interviews, testimonyId)} /> : null}
          <PersonForm
            editor={editor}
            draft={editor.draft}
            label={found ? t('people.linkHeading', { code: found.person.code }) : t('people.createHeading')}
            saveLabel={found ? t('people.linkSave') : t('people.createSave')}
          />
        </div>
      ) : null}
    </div>
  );
}

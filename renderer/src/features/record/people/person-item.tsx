import { useTranslation } from 'react-i18next';
import type { Person, TestimonyPerson } from '../../../../../shared/domain/record';
import { useVault } from '../../../app/vault-client';
import { FieldList, FieldRow, Typed } from '../editing/field-list';
import { ItemCard } from '../editing/item-card';
import { useEditor } from '../editing/use-editor';
import { useTerms } from '../form/use-terms';
import { checkPerson, personDraft } from '../logic/person-draft';
import { useRecord } from '../record-context';
import { IdentityView } from './identity-view';
import { PersonForm } from './person-form';
import { PriorInterviews } from './prior-interviews';
import { usePersonWriter } from './use-person-writer';

interface PersonItemProps {
  link: TestimonyPerson;
  person: Person | undefined;
}

/** A person of this testimony: code and role, earlier interviews first, identity on request. */
export function PersonItem({ link, person }: PersonItemProps) {
  const { t } = useTranslation();
  const vault = useVault();
  const terms = useTerms();
  const { testimonyId, refresh, view } = useRecord();
  const write = usePersonWriter();
  const code = person?.code ?? link.personId;
  const editor = useEditor({
    id: `people:${link.personId}`,
    label: t('record.sections.people'),
    initial: () => personDraft(person ?? null, link),
    check: checkPerson,
    save: async (value) => {
      await write(value, person ?? null, link);
    },
    duplicate: 'people.problems.codeTaken',
  });
  return (
    <ItemCard
      editor={editor}
      name={code}
      className="person-card"
      data={{ 'data-person': code }}
      headingExtra={
        <>
          {' '}
          <span className="badge badge-role">{terms.label('personRoles', link.role)}</span>
        </>
      }
      removal={{
        label: t('people.unlink'),
        name: t('people.unlinkNamed', { code }),
        title: t('people.unlinkTitle', { code }),
        text: t('people.unlinkText'),
        confirmLabel: t('people.unlinkConfirm'),
        run: async () => {
          await vault.call('records.unlinkPerson', { testimonyId, personId: link.personId });
          await refresh();
        },
      }}
      notice={<PriorInterviews interviews={view.priorInterviews[link.personId] ?? []} />}
      form={(draft) => <PersonForm editor={editor} draft={draft} label={t('record.editItem', { item: code })} />}
      view={
        <>
          <FieldList>
            <FieldRow label={t('people.ageAtEvents')} empty={link.ageAtEvents === ''}>
              <Typed value={link.ageAtEvents} />
            </FieldRow>
            {link.notes.trim() !== '' ? (
              <FieldRow label={t('people.linkNotes')} prose>
                {link.notes}
              </FieldRow>
            ) : null}
          </FieldList>
          {person ? <IdentityView identity={person.identity} personCode={person.code} /> : null}
        </>
      }
    />
  );
}

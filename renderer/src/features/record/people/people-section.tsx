import { useTranslation } from 'react-i18next';
import { SectionFrame } from '../editing/section-frame';
import { useRecord } from '../record-context';
import { AddPerson } from './add-person';
import { PersonItem } from './person-item';

/** Section 4: the people of the testimony, each with their part in it. */
export function PeopleSection() {
  const { t } = useTranslation();
  const { view } = useRecord();
  const links = view.record.people;
  return (
    <SectionFrame section="people" title={t('record.sections.people')} intro={t('people.intro')}>
      {links.length === 0 ? <p className="muted">{t('people.none')}</p> : null}
      <ul className="item-list">
        {links.map((link) => (
          <PersonItem key={link.personId} link={link} person={view.people.find((p) => p.id === link.personId)} />
        ))}
      </ul>
      <AddPerson />
    </SectionFrame>
  );
}

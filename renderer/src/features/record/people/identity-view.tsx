import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEdtf } from '../../../../../shared/domain/edtf';
import type { PersonIdentity } from '../../../../../shared/domain/record';
import { useLanguage } from '../../../app/use-language';
import { FieldList, FieldRow, Typed } from '../editing/field-list';
import { useTerms } from '../form/use-terms';
import { countryName, scriptName } from '../logic/codes';

/**
 * Who the person is, behind a button: names and contact details are on screen only when
 * someone asks for them (a glance over a shoulder, a screenshot, a shared screen).
 */
export function IdentityView({ identity, personCode }: { identity: PersonIdentity; personCode: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const terms = useTerms();
  const [shown, setShown] = useState(false);
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  return (
    <div className="identity">
      <button type="button" className="button-quiet button-sensitive" aria-expanded={shown} onClick={() => setShown((s) => !s)}>
        {shown ? t('people.hideIdentity') : t('people.showIdentity')}
        <span className="visually-hidden"> {personCode}</span>
      </button>
      {shown ? (
        <div className="sensitive-section">
          <p className="sensitive-note">{t('people.identityNote')}</p>
          <FieldList>
            <FieldRow label={t('people.legalName')} empty={identity.legalName === ''}>
              <Typed value={identity.legalName} />
            </FieldRow>
            <FieldRow label={t('people.names')} empty={identity.names.length === 0}>
              <ul className="name-list">
                {identity.names.map((name, i) => (
                  <li key={i}>
                    <bdi>{name.value}</bdi>{' '}
                    <span className="muted">
                      ({t(`people.kinds.${name.kind}`)}
                      {t('record.place.separator')}
                      {scriptName(name.script, language)})
                    </span>
                  </li>
                ))}
              </ul>
            </FieldRow>
            <FieldRow label={t('people.sexGender')} empty={identity.sexGender === null}>
              {identity.sexGender ? terms.label('sexGender', identity.sexGender) : null}
            </FieldRow>
            <FieldRow label={t('people.birthDate')} empty={identity.birthDate === null}>
              {identity.birthDate ? <bdi>{formatEdtf(identity.birthDate, language)}</bdi> : null}
            </FieldRow>
            <FieldRow label={t('people.nationality')} empty={identity.nationality.length === 0}>
              {list.format(identity.nationality.map((code) => countryName(code, language)))}
            </FieldRow>
            <FieldRow label={t('people.contact')} empty={identity.contact.trim() === ''} prose>
              {identity.contact}
            </FieldRow>
            <FieldRow label={t('people.identityNotes')} empty={identity.notes.trim() === ''} prose>
              {identity.notes}
            </FieldRow>
          </FieldList>
        </div>
      ) : null}
    </div>
  );
}

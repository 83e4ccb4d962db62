import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../../shared/domain/record';
import { useVault } from '../../../app/vault-client';
import { ErrorText } from '../../../ui/error-text';
import { elsewhere, type PriorInterview } from '../logic/prior-interviews';
import { useRecord } from '../record-context';
import { Highlighted } from './highlighted';
import { PriorInterviews } from './prior-interviews';

export interface Found {
  person: Person;
  matched: string[];
  interviews: PriorInterview[];
}

interface FindPersonProps {
  query: string;
  onQuery: (query: string) => void;
  onChoose: (found: Found) => void;
  /** Shown once a search has been made: the person is not in the vault yet. */
  onCreate: () => void;
}

/** How long typing pauses before the vault is asked (one search per pause, not per key). */
const PAUSE_MS = 250;

/**
 * Searching comes before creating: the person may already be in the vault from another
 * testimony, under another spelling (the search ignores diacritics, hamza and alef forms, ta
 * marbuta, alef maqsura, tatweel, case and accents).
 */
export function FindPerson({ query, onQuery, onChoose, onCreate }: FindPersonProps) {
  const { t } = useTranslation();
  const vault = useVault();
  const id = useId();
  const { testimonyId, view } = useRecord();
  const [results, setResults] = useState<{ query: string; matches: Found[] } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const linked = new Set(view.record.people.map((p) => p.personId));
  const searched = query.trim();

  useEffect(() => {
    if (searched === '') return;
    let current = true;
    const timer = setTimeout(() => {
      vault.call('people.find', { query: searched }).then(
        ({ matches }) => {
          if (!current) return;
          setResults({ query: searched, matches });
          setFailure(null);
        },
        (error: unknown) => current && setFailure(error),
      );
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [vault, searched]);

  const shown = searched !== '' && results?.query === searched ? results.matches : null;
  return (
    <div className="find-person">
      <div className="field">
        <label htmlFor={id}>{t('people.findLabel')}</label>
        <input
          id={id}
          type="search"
          dir="auto"
          autoComplete="off"
          spellCheck={false}
          value={query}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onQuery(event.target.value)}
        />
        <p className="field-hint" id={`${id}-hint`}>
          {t('people.findHint')}
        </p>
      </div>
      {failure ? <ErrorText error={failure} /> : null}
      <div aria-live="polite">
        {shown === null ? null : shown.length === 0 ? (
          <p className="muted">{t('people.findNone')}</p>
        ) : (
          <>
            <p className="muted">{t('people.findCount', { n: shown.length })}</p>
            <ul className="found-list">
              {shown.map((found) => (
                <li key={found.person.id} className="found-person" data-person={found.person.code}>
                  <p className="found-code">
                    <Highlighted text={found.person.code} query={searched} />
                  </p>
                  {found.matched.some((name) => name !== found.person.code) ? (
                    <p className="found-names">
                      {t('people.matchedNames')}{' '}
                      {found.matched
                        .filter((name) => name !== found.person.code)
                        .map((name, i) => (
                          <span key={i} className="found-name">
                            <Highlighted text={name} query={searched} />
                          </span>
                        ))}
                    </p>
                  ) : null}
                  <PriorInterviews interviews={elsewhere(found.interviews, testimonyId)} />
                  {linked.has(found.person.id) ? (
                    <p className="muted">{t('people.alreadyLinked')}</p>
                  ) : (
                    <button type="button" className="button-secondary" onClick={() => onChoose(found)}>
                      {t('people.chooseFound', { code: found.person.code })}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {shown !== null ? (
        <div className="create-instead">
          <p>{t('people.notFoundQuestion')}</p>
          <button type="button" className="button-secondary" onClick={onCreate}>
            {t('people.createNew')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

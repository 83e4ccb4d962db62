import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VOCABULARIES, VOCABULARY_IDS, type VocabularyId } from '../../../../../shared/domain/vocabularies';
import { SelectInput } from '../../record/form/select-input';
import { useTerms } from '../../record/form/use-terms';
import type { Problem } from '../../record/logic/problems';
import { useProblemText } from '../../record/form/problem-text';
import { addKeyword, sameKeyword, type Keyword } from './segment-draft';

interface KeywordPickerProps {
  value: readonly Keyword[];
  onChange: (keywords: Keyword[]) => void;
  problem?: Problem | undefined;
}

/**
 * Keywords from any of the record's vocabularies (act types, content warnings, the
 * organisation's own terms…): choose the list, then the term, then Add. Stored as keys,
 * shown with their labels in the UI language.
 */
export function KeywordPicker({ value, onChange, problem }: KeywordPickerProps) {
  const { t } = useTranslation();
  const terms = useTerms();
  const message = useProblemText();
  const id = useId();
  const [vocabulary, setVocabulary] = useState<VocabularyId>('actTypes');
  const [term, setTerm] = useState('');
  const grouped = VOCABULARIES[vocabulary].groups.length > 0;
  const listName = (v: VocabularyId) => t(`originals.segments.vocabularies.${v}`);

  function add(): void {
    if (term === '') return;
    onChange(addKeyword(value, { vocabulary, key: term }));
    setTerm('');
  }

  return (
    <fieldset className="keyword-picker" aria-describedby={problem ? `${id}-error` : undefined}>
      <legend>{t('originals.segments.keywords')}</legend>
      {value.length > 0 ? (
        <ul className="chips">
          {value.map((keyword) => {
            const label = terms.label(keyword.vocabulary, keyword.key);
            return (
              <li key={`${keyword.vocabulary}:${keyword.key}`} className="chip">
                <span dir="auto">{label}</span> <span className="keyword-list-name">{listName(keyword.vocabulary)}</span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={t('originals.segments.removeKeyword', { keyword: label })}
                  onClick={() => onChange(value.filter((k) => !sameKeyword(k, keyword)))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">{t('originals.segments.noKeywords')}</p>
      )}
      <div className="keyword-add">
        <SelectInput
          label={t('originals.segments.vocabulary')}
          value={vocabulary}
          onChange={(next) => {
            setVocabulary(next as VocabularyId);
            setTerm('');
          }}
          options={VOCABULARY_IDS.map((v) => ({ value: v, label: listName(v) }))}
        />
        <SelectInput
          label={t('originals.segments.term')}
          value={term}
          onChange={setTerm}
          options={grouped ? [] : terms.options(vocabulary)}
          groups={grouped ? terms.groups(vocabulary, t('record.terms.ownTerms')) : []}
          emptyLabel={t('record.terms.choose')}
        />
        <button type="button" className="button-quiet" aria-disabled={term === ''} onClick={add}>
          {t('originals.segments.addKeyword')}
        </button>
      </div>
      {problem ? (
        <p className="error-text" id={`${id}-error`} role="alert">
          {message(problem)}
        </p>
      ) : null}
    </fieldset>
  );
}

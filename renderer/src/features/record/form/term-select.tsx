import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VOCABULARIES, type VocabularyId } from '../../../../../shared/domain/vocabularies';
import type { Problem } from '../logic/problems';
import { AddTermDialog } from './add-term-dialog';
import { SelectInput } from './select-input';
import { useTerms } from './use-terms';

interface TermSelectProps {
  vocabulary: VocabularyId;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem?: Problem | undefined;
  /** No empty choice: a value is required (an event's act type). */
  required?: boolean;
  /** Offer "Add a term to this list…" (the organisation extends its vocabularies). */
  extendable?: boolean;
  className?: string;
}

/** A choice from a vocabulary, its description shown under it. */
export function TermSelect({ vocabulary, label, value, onChange, problem, required, extendable, className }: TermSelectProps) {
  const { t } = useTranslation();
  const terms = useTerms();
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const grouped = VOCABULARIES[vocabulary].groups.length > 0;
  const description = value ? terms.description(vocabulary, value) : undefined;
  return (
    <div className={`term-select ${className ?? ''}`}>
      <SelectInput
        label={label}
        value={value}
        onChange={onChange}
        options={grouped ? [] : terms.options(vocabulary)}
        groups={grouped ? terms.groups(vocabulary, t('record.terms.ownTerms')) : []}
        emptyLabel={required ? t('record.terms.choose') : t('record.notRecorded')}
        problem={problem}
        hint={description}
      />
      {extendable ? (
        <button type="button" className="button-link add-term-button" ref={addButton} onClick={() => setAdding(true)}>
          {t('record.terms.add')}
        </button>
      ) : null}
      {adding ? (
        <AddTermDialog
          vocabulary={vocabulary}
          listName={label}
          onClose={(added) => {
            setAdding(false);
            if (added) onChange(added);
            addButton.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}

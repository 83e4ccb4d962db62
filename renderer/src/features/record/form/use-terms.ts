import { useMemo } from 'react';
import {
  VOCABULARIES,
  choosableTerms,
  descriptionOf,
  groupLabelOf,
  labelOf,
  type VocabularyId,
} from '../../../../../shared/domain/vocabularies';
import { useLanguage } from '../../../app/use-language';
import { useRecord } from '../record-context';
import type { SelectGroup, SelectOption } from './select-input';

export interface Terms {
  label: (id: VocabularyId, key: string) => string;
  description: (id: VocabularyId, key: string) => string | undefined;
  options: (id: VocabularyId) => SelectOption[];
  /** For grouped vocabularies (act types): built-in groups, then the organisation's terms. */
  groups: (id: VocabularyId, ownTermsLabel: string) => SelectGroup[];
}

/** Vocabulary labels in the UI language, the organisation's own terms included. */
export function useTerms(): Terms {
  const language = useLanguage();
  const { custom } = useRecord();
  return useMemo<Terms>(() => {
    const options = (id: VocabularyId) => choosableTerms(id, custom).map((term) => ({ value: term.key, label: labelOf(id, term.key, language, custom) }));
    return {
      label: (id, key) => labelOf(id, key, language, custom),
      description: (id, key) => descriptionOf(id, key, language),
      options,
      groups: (id, ownTermsLabel) => {
        const terms = choosableTerms(id, custom);
        const grouped: SelectGroup[] = VOCABULARIES[id].groups.map((group) => ({
          label: groupLabelOf(id, group.key, language),
          options: terms.filter((t) => t.builtIn && t.group === group.key).map((t) => ({ value: t.key, label: labelOf(id, t.key, language, custom) })),
        }));
        const own = terms.filter((t) => !t.builtIn).map((t) => ({ value: t.key, label: labelOf(id, t.key, language, custom) }));
        return own.length > 0 ? [...grouped, { label: ownTermsLabel, options: own }] : grouped;
      },
    };
  }, [language, custom]);
}

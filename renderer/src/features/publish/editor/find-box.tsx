import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildTermIndex, findTerms } from '../../../../../shared/redaction/matching';
import type { Redaction } from '../../../../../shared/redaction/types';
import { LineInput } from '../../record/form/line-input';

interface FindBoxProps {
  text: string;
  redactions: readonly Redaction[];
  /** Opens the mark form for these occurrences. */
  onFound: (ranges: readonly { start: number; end: number }[]) => void;
}

/**
 * Redacting by typing instead of selecting: the words are searched the way suggestions are
 * (Arabic spelling variants, attached article and prepositions, Latin case and accents), so
 * one search catches "محمد" and "ومحمّد". Occurrences already redacted are left out.
 */
export function FindBox({ text, redactions, onFound }: FindBoxProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const found = useMemo(() => {
    if (query.trim() === '') return [];
    const covered = (start: number, end: number) => redactions.some((r) => r.start <= start && r.end >= end);
    return findTerms(text, buildTermIndex([query.trim()])).filter((m) => !covered(m.start, m.end));
  }, [query, text, redactions]);

  return (
    <form
      className="pb-find"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        if (found.length > 0) onFound(found.map((m) => ({ start: m.start, end: m.end })));
      }}
    >
      <LineInput label={t('redaction.find.label')} value={query} onChange={setQuery} type="search" hint={t('redaction.find.hint')} />
      <p className="field-hint" aria-live="polite">
        {query.trim() === '' ? '' : t('redaction.find.count', { n: found.length })}
      </p>
      <button type="submit" className="button-secondary" aria-disabled={found.length === 0}>
        {t('redaction.find.mark', { n: found.length })}
      </button>
    </form>
  );
}

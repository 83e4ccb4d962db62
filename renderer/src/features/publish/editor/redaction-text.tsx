import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Redaction, Suggestion } from '../../../../../shared/redaction/types';
import { paragraphDirection } from '../../originals/transcripts/text-direction';
import { paragraphsOf, type Piece } from '../logic/segments';
import { selectionIn } from './selection';

interface RedactionTextProps {
  text: string;
  language: string;
  redactions: readonly Redaction[];
  suggestions: readonly Suggestion[];
  /** The span the editor is looking at (a suggestion or redaction chosen in a list). */
  focused: { start: number; end: number } | null;
  onSelect: (range: { start: number; end: number }) => void;
  onPickSuggestion: (suggestion: Suggestion) => void;
  onPickRedaction: (redaction: Redaction) => void;
}

/**
 * The narrative as the editor redacts it: the original words, redactions highlighted by
 * category, suggestions underlined (a forgotten occurrence of something redacted stands out
 * more). Each paragraph takes its own direction (Arabic right to left inside an English UI and
 * the reverse). Selecting words with the mouse or the keyboard (shift + arrows after a click)
 * opens the form to redact them; the search field beside offers the same without a pointer.
 */
export function RedactionText({ text, language, redactions, suggestions, focused, onSelect, onPickSuggestion, onPickRedaction }: RedactionTextProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const paragraphs = useMemo(() => paragraphsOf(text, redactions, suggestions), [text, redactions, suggestions]);

  const takeSelection = () => {
    if (!container.current) return;
    const range = selectionIn(container.current);
    if (range) onSelect(range);
  };

  const isFocused = (p: Piece) => focused !== null && p.start < focused.end && p.end > focused.start;

  const render = (p: Piece) => {
    const body = text.slice(p.start, p.end);
    const common = { 'data-start': p.start, 'data-end': p.end, 'data-focused': isFocused(p) ? 'true' : undefined };
    if (p.kind === 'plain')
      return (
        <span key={p.start} {...common}>
          {body}
        </span>
      );
    if (p.kind === 'redaction')
      return (
        <mark
          key={p.start}
          {...common}
          className={`pb-mark pb-redacted pb-cat-${p.redaction.category}`}
          title={t(`redaction.category.${p.redaction.category}`)}
          data-redaction-id={p.redaction.id}
          onClick={() => onPickRedaction(p.redaction)}
        >
          {body}
        </mark>
      );
    return (
      <mark
        key={p.start}
        {...common}
        className={`pb-mark pb-suggested pb-cat-${p.suggestion.category} ${p.suggestion.source === 'sameEntity' ? 'pb-flagged' : ''}`}
        title={t(`redaction.reason.${p.suggestion.reason}`)}
        onClick={() => onPickSuggestion(p.suggestion)}
      >
        {body}
      </mark>
    );
  };

  return (
    <div
      ref={container}
      className="pb-text"
      role="document"
      aria-label={t('redaction.editor.textLabel')}
      tabIndex={0}
      onMouseUp={takeSelection}
      onKeyUp={(event) => {
        if (event.shiftKey) takeSelection();
      }}
    >
      {paragraphs.map((para) => (
        <p
          key={para.start}
          className={para.pieces.length === 0 ? 'pb-blank' : undefined}
          dir={paragraphDirection(text.slice(para.start, para.end), language)}
          data-start={para.start}
          data-end={para.end}
        >
          {para.pieces.length === 0 ? '\u00a0' : para.pieces.map(render)}
        </p>
      ))}
    </div>
  );
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyRedactions, type AppliedText } from '../../../../../shared/redaction/apply';
import { acceptSuggestions, rejectSuggestion } from '../../../../../shared/redaction/decisions';
import { documentIssues } from '../../../../../shared/redaction/document';
import { suggest } from '../../../../../shared/redaction/suggest';
import type { Entity, Redaction, RedactionDocument, Suggestion } from '../../../../../shared/redaction/types';
import { addManualRedaction, joinAdjacent, newId, removeRedaction, setPolicy, setPseudonym, snapSelection } from '../logic/edits';
import { groupSuggestions } from '../logic/suggestion-groups';
import { FindBox } from './find-box';
import { MarkForm, type MarkChoice } from './mark-form';
import { RedactionText } from './redaction-text';
import { RedactionsPanel } from './redactions-panel';
import { SuggestionsPanel } from './suggestions-panel';

interface RedactionWorkbenchProps {
  doc: RedactionDocument;
  entities: readonly Entity[];
  language: 'ar' | 'en';
  readOnly: boolean;
  onChange: (doc: RedactionDocument) => void;
}

/** The applied text, or null when the document cannot be applied yet (an entity the record lost). */
function tryApply(doc: RedactionDocument, entities: readonly Entity[], language: 'ar' | 'en'): AppliedText | null {
  try {
    return applyRedactions(doc, entities, { language });
  } catch {
    return null;
  }
}

/**
 * Redacting a narrative: the text with its redactions and suggestions, the suggestions to
 * decide, what is redacted and how it is replaced, and a form to redact what nobody suggested.
 * Runs the engine (shared/redaction) on the draft at each change, with the record's entities
 * from the core: what the editor sees is what the core will apply and check.
 */
export function RedactionWorkbench({ doc, entities, language, readOnly, onChange }: RedactionWorkbenchProps) {
  const { t } = useTranslation();
  const [marking, setMarking] = useState<readonly { start: number; end: number }[] | null>(null);
  const [pseudonymClash, setPseudonymClash] = useState(false);
  const [focused, setFocused] = useState<{ start: number; end: number } | null>(null);
  const suggestions = useMemo(() => suggest(doc, entities), [doc, entities]);
  const groups = useMemo(() => groupSuggestions(suggestions, entities), [suggestions, entities]);
  const applied = useMemo(() => tryApply(doc, entities, language), [doc, entities, language]);
  const pseudonyms = useMemo(() => new Map(doc.pseudonyms.map((p) => [p.entityId, p.text])), [doc.pseudonyms]);

  const show = (span: { start: number; end: number }) => {
    setFocused({ start: span.start, end: span.end });
    document.querySelector(`.pb-text [data-start="${span.start}"]`)?.scrollIntoView({ block: 'center' });
  };

  const accept = (items: readonly Suggestion[]) => onChange(joinAdjacent(acceptSuggestions(doc, items, newId)));
  const reject = (s: Suggestion, scope: 'here' | 'everywhere') => onChange(rejectSuggestion(doc, s, scope));
  const mark = (choice: MarkChoice) => {
    if (!marking) return;
    let next = doc;
    // The first occurrence names the entity; the others join it.
    let entityId = choice.entityId;
    for (const range of marking) {
      next = addManualRedaction(next, { ...range, ...choice, entityId });
      entityId ??= next.redactions.find((r) => r.start <= range.start && r.end >= range.end)?.entityId ?? null;
    }
    onChange(joinAdjacent(next));
    setMarking(null);
  };
  const remove = (items: readonly Redaction[]) => onChange(items.reduce((d, r) => removeRedaction(d, r.id), doc));

  const choosePseudonym = (entityId: string, text: string) => {
    const next = setPseudonym(doc, entityId, text);
    // Two entities with one pseudonym would read as one person: refused here, not at export.
    const clash = documentIssues(next).some((issue) => issue.code === 'duplicate-pseudonym');
    setPseudonymClash(clash);
    if (!clash) onChange(next);
  };

  return (
    <div className="pb-workbench">
      <div className="pb-main">
        <RedactionText
          text={doc.text}
          language={language}
          redactions={doc.redactions}
          suggestions={suggestions}
          focused={focused}
          onSelect={(range) => {
            if (readOnly) return;
            const snapped = snapSelection(doc.text, range.start, range.end);
            if (snapped) setMarking([snapped]);
          }}
          onPickSuggestion={(s) => setFocused({ start: s.start, end: s.end })}
          onPickRedaction={(r) => setFocused({ start: r.start, end: r.end })}
        />
        {applied === null ? (
          <p className="error-text" role="alert">
            {t('redaction.editor.cannotApply')}
          </p>
        ) : null}
      </div>
      <div className="pb-side">
        {readOnly ? null : <FindBox text={doc.text} redactions={doc.redactions} onFound={setMarking} />}
        {marking && marking.length > 0 ? (
          <MarkForm text={doc.text.slice(marking[0]!.start, marking[0]!.end)} count={marking.length} entities={entities} onMark={mark} onCancel={() => setMarking(null)} />
        ) : null}
        <SuggestionsPanel text={doc.text} groups={groups} readOnly={readOnly} onAccept={accept} onReject={reject} onShow={show} />
        {pseudonymClash ? (
          <p className="error-text" role="alert">
            {t('redaction.redactions.pseudonymTaken')}
          </p>
        ) : null}
        <RedactionsPanel
          text={doc.text}
          redactions={doc.redactions}
          entities={entities}
          applied={applied?.spans ?? []}
          pseudonyms={pseudonyms}
          readOnly={readOnly}
          onPolicy={(id, policy) => onChange(setPolicy(doc, id, policy))}
          onPseudonym={choosePseudonym}
          onRemove={remove}
          onShow={show}
        />
      </div>
    </div>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../../i18n/error-message';
import type { Suggestion } from '../../../../../shared/redaction/types';
import { excerptAround, type SuggestionGroup } from '../logic/suggestion-groups';

interface SuggestionsPanelProps {
  text: string;
  groups: readonly SuggestionGroup[];
  readOnly: boolean;
  onAccept: (suggestions: readonly Suggestion[]) => void;
  onReject: (suggestion: Suggestion, scope: 'here' | 'everywhere') => void;
  onShow: (suggestion: Suggestion) => void;
}

/**
 * What the record and the patterns found, one group per entity: accept or reject each
 * occurrence, or all of an entity at once. Groups flagged because the entity is already
 * redacted elsewhere come first and say so: leaving one of them is a leak.
 */
export function SuggestionsPanel({ text, groups, readOnly, onAccept, onReject, onShow }: SuggestionsPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const flagged = groups.filter((g) => g.flagged).reduce((n, g) => n + g.items.filter((s) => s.source === 'sameEntity').length, 0);
  return (
    <section className="pb-panel pb-suggestions" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('redaction.suggestions.heading', { n: groups.reduce((n, g) => n + g.items.length, 0) })}</h4>
      {flagged > 0 ? (
        <p className="pb-flag-note" role="status">
          {t('redaction.suggestions.flagged', { n: flagged })}
        </p>
      ) : null}
      {groups.length === 0 ? <p className="muted">{t('redaction.suggestions.none')}</p> : null}
      <ul className="pb-groups">
        {groups.map((g) => (
          <li key={g.key} className={`pb-group pb-cat-${g.category}`} data-flagged={g.flagged ? 'true' : undefined}>
            <div className="pb-group-header">
              <span className="pb-swatch" aria-hidden="true" />
              <strong dir="auto" className="pb-group-label">
                {g.label}
              </strong>
              <span className="muted">
                {t(`redaction.category.${g.category}`)} · {t('redaction.suggestions.occurrences', { n: g.items.length })}
              </span>
              {g.flagged ? <span className="pb-flag">{t('redaction.suggestions.flag')}</span> : null}
            </div>
            {readOnly ? null : (
              <div className="pb-actions">
                <button type="button" className="button-secondary" onClick={() => onAccept(g.items)}>
                  {t('redaction.suggestions.acceptAll', { label: isolate(g.label), n: g.items.length })}
                </button>
                {g.flagged ? null : (
                  <button type="button" className="button-quiet" onClick={() => onReject(g.items[0]!, 'everywhere')}>
                    {t('redaction.suggestions.rejectAll', { label: isolate(g.label) })}
                  </button>
                )}
              </div>
            )}
            <ol className="pb-occurrences">
              {g.items.map((s) => {
                const around = excerptAround(text, s.start, s.end);
                return (
                  <li key={`${s.start}:${s.end}`}>
                    <button type="button" className="pb-excerpt" dir="auto" onClick={() => onShow(s)} aria-label={t('redaction.suggestions.show', { text: isolate(s.text) })}>
                      {around.before}
                      <mark className={`pb-mark pb-suggested pb-cat-${s.category}`}>{around.match}</mark>
                      {around.after}
                    </button>
                    <span className="muted pb-reason">{t(`redaction.reason.${s.reason}`)}</span>
                    {readOnly ? null : (
                      <span className="pb-actions">
                        <button type="button" className="button-quiet" onClick={() => onAccept([s])} aria-label={t('redaction.suggestions.acceptOne', { text: isolate(s.text) })}>
                          {t('redaction.suggestions.accept')}
                        </button>
                        <button type="button" className="button-quiet" onClick={() => onReject(s, 'here')} aria-label={t('redaction.suggestions.rejectOne', { text: isolate(s.text) })}>
                          {t('redaction.suggestions.reject')}
                        </button>
                      </span>
                    )}
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  );
}

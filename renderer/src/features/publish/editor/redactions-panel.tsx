import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../../i18n/error-message';
import type { AppliedSpan } from '../../../../../shared/redaction/apply';
import { REPLACEMENT_POLICIES, type Entity, type Redaction, type ReplacementPolicy } from '../../../../../shared/redaction/types';

interface RedactionsPanelProps {
  text: string;
  redactions: readonly Redaction[];
  entities: readonly Entity[];
  /** Where each redaction landed in the preview: its replacement. */
  applied: readonly AppliedSpan[];
  pseudonyms: ReadonlyMap<string, string>;
  readOnly: boolean;
  onPolicy: (redactionId: string, policy: ReplacementPolicy) => void;
  onPseudonym: (entityId: string, text: string) => void;
  onRemove: (redactions: readonly Redaction[]) => void;
  onShow: (redaction: Redaction) => void;
}

interface Row {
  key: string;
  label: string;
  entityId: string | null;
  items: Redaction[];
}

/** What is redacted, one row per entity: how it is replaced, and the editor's own pseudonym. */
export function RedactionsPanel({ text, redactions, entities, applied, pseudonyms, readOnly, onPolicy, onPseudonym, onRemove, onShow }: RedactionsPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const byId = new Map(entities.map((e) => [e.id, e]));
  const replacement = new Map(applied.map((s) => [s.redactionId, s.replacement]));
  const rows = new Map<string, Row>();
  for (const r of [...redactions].sort((a, b) => a.start - b.start)) {
    const key = r.entityId ?? `span:${r.id}`;
    const row = rows.get(key) ?? { key, label: byId.get(r.entityId ?? '')?.display ?? text.slice(r.start, r.end), entityId: r.entityId, items: [] };
    row.items.push(r);
    rows.set(key, row);
  }
  return (
    <section className="pb-panel pb-redactions" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('redaction.redactions.heading', { n: redactions.length })}</h4>
      {rows.size === 0 ? <p className="muted">{t('redaction.redactions.none')}</p> : null}
      <ul className="pb-groups">
        {[...rows.values()].map((row) => {
          const first = row.items[0]!;
          const shownAs = replacement.get(first.id) ?? '';
          return (
            <li key={row.key} className={`pb-group pb-cat-${first.category}`} data-entity={row.entityId ?? undefined}>
              <div className="pb-group-header">
                <span className="pb-swatch" aria-hidden="true" />
                <button type="button" className="pb-link" dir="auto" onClick={() => onShow(first)}>
                  {row.label}
                </button>
                <span className="muted">
                  {t(`redaction.category.${first.category}`)} · {t('redaction.suggestions.occurrences', { n: row.items.length })}
                </span>
              </div>
              <p className="pb-becomes">
                {t('redaction.redactions.becomes')} <bdi className="pb-replacement">{shownAs}</bdi>
              </p>
              {readOnly ? null : (
                <div className="pb-row-controls">
                  <label>
                    {t('redaction.mark.policy')}{' '}
                    <select value={first.policy} onChange={(event) => onPolicy(first.id, event.target.value as ReplacementPolicy)} aria-label={t('redaction.redactions.policyOf', { label: isolate(row.label) })}>
                      {REPLACEMENT_POLICIES.map((p) => (
                        <option key={p} value={p}>
                          {t(`redaction.policy.${p}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                  {first.policy === 'pseudonym' && row.entityId !== null ? (
                    <label>
                      {t('redaction.redactions.pseudonym')}{' '}
                      <input
                        dir="auto"
                        defaultValue={pseudonyms.get(row.entityId) ?? ''}
                        placeholder={shownAs}
                        aria-label={t('redaction.redactions.pseudonymOf', { label: isolate(row.label) })}
                        onBlur={(event) => onPseudonym(row.entityId!, event.target.value)}
                      />
                    </label>
                  ) : null}
                  <button type="button" className="button-quiet" onClick={() => onRemove(row.items)} aria-label={t('redaction.redactions.removeOf', { label: isolate(row.label) })}>
                    {t('redaction.redactions.remove')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

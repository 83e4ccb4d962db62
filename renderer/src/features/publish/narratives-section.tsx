import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NarrativeSummary } from '../../../../shared/contract/publish-operations';
import type { TestimonySummary } from '../../../../shared/domain/testimony';
import { useVault } from '../../app/vault-client';
import { ErrorText } from '../../ui/error-text';
import { ConfirmDialog } from '../record/editing/confirm-dialog';
import { NarrativeEditor } from './narrative-editor';
import { NarrativeList } from './narrative-list';
import { NewNarrativeForm } from './new-narrative-form';
import './publish.css';

type View = { kind: 'list' } | { kind: 'new' } | { kind: 'open'; id: string };

/**
 * The testimony page's section for redacted narratives (issue 6): the narratives with their
 * review status, a new one from a transcript, a translation or a blank page, and the editor.
 * Leaving an editor with unsaved edits asks first (the page's own Back asks too).
 */
export function NarrativesSection({ testimony }: { testimony: TestimonySummary }) {
  const { t } = useTranslation();
  const vault = useVault();
  const [items, setItems] = useState<readonly NarrativeSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [view, setView] = useState<View>({ kind: 'list' });
  const [leaving, setLeaving] = useState(false);

  const load = useCallback(
    () =>
      vault.call('publish.list', { testimonyId: testimony.id }).then(
        (answer) => {
          setItems(answer.items);
          setError(null);
        },
        (caught: unknown) => setError(caught),
      ),
    [vault, testimony.id],
  );

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="record-section record-section-narratives" aria-labelledby="record-narratives-heading">
      <div className="record-section-header">
        <h2 id="record-narratives-heading" tabIndex={-1}>
          {t('redaction.section.title')}
        </h2>
        {view.kind === 'list' ? (
          <div className="section-actions">
            <button type="button" className="button-secondary" onClick={() => setView({ kind: 'new' })}>
              {t('redaction.section.new')}
            </button>
          </div>
        ) : null}
      </div>
      <p className="section-intro">{t('redaction.section.intro')}</p>
      {error ? <ErrorText error={error} /> : null}
      {view.kind === 'list' ? items === null ? <p className="muted">{t('redaction.section.loading')}</p> : <NarrativeList items={items} onOpen={(id) => setView({ kind: 'open', id })} /> : null}
      {view.kind === 'new' ? (
        <NewNarrativeForm
          testimonyId={testimony.id}
          onCreated={(created) => {
            void load();
            setView({ kind: 'open', id: created.id });
          }}
          onCancel={() => setView({ kind: 'list' })}
        />
      ) : null}
      {view.kind === 'open' ? (
        <NarrativeEditor
          key={view.id}
          narrativeId={view.id}
          onChanged={() => void load()}
          onClose={(dirty) => (dirty ? setLeaving(true) : setView({ kind: 'list' }))}
        />
      ) : null}
      {leaving ? (
        <ConfirmDialog
          title={t('redaction.leave.title')}
          confirmLabel={t('redaction.leave.confirm')}
          cancelLabel={t('redaction.leave.stay')}
          destructive
          onCancel={() => setLeaving(false)}
          onConfirm={() => {
            setLeaving(false);
            setView({ kind: 'list' });
          }}
        >
          <p>{t('redaction.leave.text')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

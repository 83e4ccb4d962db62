import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VaultError } from '../../../../shared/errors';
import { ErrorText } from '../../ui/error-text';
import { languageDirection } from '../originals/transcripts/text-direction';
import { useMarkUnsaved } from '../record/editing/unsaved-edits';
import { PreviewTab } from './editor/preview-tab';
import { RedactionWorkbench } from './editor/redaction-workbench';
import { ExportDialog } from './export/export-dialog';
import { entitiesOf } from './logic/entities';
import { editText } from './logic/text-edit';
import { ReviewBar } from './review/review-bar';
import { useNarrative } from './use-narrative';

type Mode = 'redact' | 'text' | 'preview';
const MODES: readonly Mode[] = ['redact', 'text', 'preview'];

interface NarrativeEditorProps {
  narrativeId: string;
  /** Back to the list; the caller asks first when there are unsaved edits (`dirty`). */
  onClose: (dirty: boolean) => void;
  onChanged: () => void;
}

/** One narrative: its words, its redactions, its review and its export. */
export function NarrativeEditor({ narrativeId, onClose, onChanged }: NarrativeEditorProps) {
  const { t } = useTranslation();
  const state = useNarrative(narrativeId, onChanged);
  const { narrative, draft } = state;
  const [mode, setMode] = useState<Mode>('redact');
  const [dropped, setDropped] = useState(0);
  const [exporting, setExporting] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const entities = useMemo(() => entitiesOf(state.entities, draft?.document.customEntities ?? []), [state.entities, draft?.document.customEntities]);
  useMarkUnsaved(`narrative:${narrativeId}`, state.dirty ? t('redaction.section.title') : null);

  const loaded = narrative !== null;
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);

  if (!narrative || !draft) return state.error ? <ErrorText error={state.error} /> : <p className="muted">{t('redaction.editor.loading')}</p>;
  const language = narrative.language;
  const sameEditor = state.error instanceof VaultError && state.error.details?.reason === 'same-editor';

  return (
    <div className="pb-editor" data-narrative={narrative.id}>
      <div className="pb-editor-header">
        <button type="button" className="button-quiet" onClick={() => onClose(state.dirty)}>
          {t('redaction.editor.back')}
        </button>
        <h3 ref={heading} tabIndex={-1} dir="auto">
          {draft.title}
        </h3>
      </div>
      <label className="pb-title-field">
        {t('redaction.editor.title')}
        <input dir="auto" value={draft.title} onChange={(event) => state.edit((d) => ({ ...d, title: event.target.value }))} />
      </label>
      <ReviewBar
        narrative={narrative}
        dirty={state.dirty}
        busy={state.busy}
        onSubmit={() => void state.submit()}
        onApprove={() => void state.approve()}
        onReturn={(note) => void state.returnToDraft(note)}
        onExport={() => setExporting(true)}
      />
      {sameEditor ? (
        <p className="error-text pb-same-editor" role="alert">
          {t('redaction.review.sameEditor')}
        </p>
      ) : state.error ? (
        <ErrorText error={state.error} />
      ) : null}
      {narrative.status !== 'draft' ? <p className="pb-note">{t('redaction.editor.editReturnsToDraft')}</p> : null}
      <div className="pb-save-bar">
        {state.dirty ? <span className="pb-dirty">{t('redaction.editor.unsaved')}</span> : null}
        {state.notice ? (
          <span role="status" className="pb-notice">
            {t(`redaction.notice.${state.notice}`, { version: narrative.version })}
          </span>
        ) : null}
        <button type="button" className="button-primary" aria-disabled={state.busy || !state.dirty} onClick={() => state.dirty && !state.busy && void state.save()}>
          {state.busy ? t('redaction.editor.saving') : t('redaction.editor.save')}
        </button>
      </div>
      {state.conflict ? (
        <div className="pb-conflict" role="alert">
          <p>{t('redaction.conflict.text')}</p>
          <div className="pb-actions">
            <button type="button" className="button-secondary" onClick={() => void state.reload()}>
              {t('redaction.conflict.reload')}
            </button>
            <button type="button" className="button-secondary" onClick={() => void state.saveOver()}>
              {t('redaction.conflict.saveMine')}
            </button>
          </div>
        </div>
      ) : null}
      <div className="pb-modes" role="group" aria-label={t('redaction.editor.modes')}>
        {MODES.map((m) => (
          <button key={m} type="button" className="button-quiet" aria-pressed={mode === m} onClick={() => setMode(m)}>
            {t(`redaction.editor.mode.${m}`)}
          </button>
        ))}
      </div>
      {mode === 'redact' ? (
        <RedactionWorkbench doc={draft.document} entities={entities} language={language} readOnly={false} onChange={(document) => state.edit((d) => ({ ...d, document }))} />
      ) : null}
      {mode === 'text' ? (
        <div className="pb-text-edit">
          <p className="field-hint">{t('redaction.editor.textHint')}</p>
          <textarea
            dir={languageDirection(language)}
            rows={16}
            aria-label={t('redaction.editor.textLabel')}
            value={draft.document.text}
            onChange={(event) => {
              const result = editText(draft.document, event.target.value);
              if (result.dropped.length > 0) setDropped((n) => n + result.dropped.length);
              state.edit((d) => ({ ...d, document: result.doc }));
            }}
          />
          {dropped > 0 ? (
            <p className="pb-note" role="status">
              {t('redaction.editor.dropped', { n: dropped })}
            </p>
          ) : null}
        </div>
      ) : null}
      {mode === 'preview' ? <PreviewTab narrativeId={narrative.id} document={draft.document} language={language} /> : null}
      {exporting ? (
        <ExportDialog
          narrativeId={narrative.id}
          version={narrative.version}
          consent={state.consent}
          onClose={() => setExporting(false)}
          onWritten={() => void state.reload()}
        />
      ) : null}
    </div>
  );
}

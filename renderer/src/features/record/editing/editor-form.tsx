import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../../../ui/error-text';
import type { Editor } from './use-editor';

interface EditorFormProps<D> {
  editor: Editor<D>;
  /** Names the form for screen readers ("Edit the consent"). */
  label: string;
  saveLabel?: string;
  className?: string;
  children: ReactNode;
}

/**
 * The form of an editor: focus on its first field when it opens and on the first field in
 * error when Save finds problems; Escape cancels (Restore brings the edits back); Save and
 * Cancel at its end.
 */
export function EditorForm<D>({ editor, label, saveLabel, className, children }: EditorFormProps<D>) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const { problems } = editor;
  const problemCount = Object.keys(problems).length;

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);

  useEffect(() => {
    if (Object.keys(problems).length > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problems]);

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>): void {
    // A dialog opened from the form (add a term) handles its own Escape first.
    if (event.key === 'Escape' && !event.defaultPrevented && !event.nativeEvent.isComposing) {
      event.preventDefault();
      editor.cancel();
    }
  }

  return (
    <form ref={form} className={`editor-form ${className ?? ''}`} aria-label={label} onSubmit={editor.submit} onKeyDown={onKeyDown} noValidate>
      {children}
      {editor.failure ? <ErrorText error={editor.failure} /> : null}
      {problemCount > 0 ? (
        <p className="form-problems" role="status">
          {t('record.notSavedCheck')}
        </p>
      ) : null}
      <div className="editor-actions">
        <span className="muted editor-hint">{t('record.escapeHint')}</span>
        <button type="button" className="button-secondary" onClick={editor.cancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button-primary" aria-disabled={editor.busy}>
          {editor.busy ? t('record.saving') : (saveLabel ?? t('record.save'))}
        </button>
      </div>
    </form>
  );
}

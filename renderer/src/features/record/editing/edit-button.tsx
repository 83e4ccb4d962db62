import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from './use-editor';

interface EditButtonProps<D> {
  editor: Editor<D>;
  /** What is edited, for the accessible name ("Edit the consent"). */
  name: string;
  label?: string;
  className?: string;
}

/** Opens an editor; focus comes back here when it closes. Hidden while the editor is open. */
export function EditButton<D>({ editor, name, label, className }: EditButtonProps<D>) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  // Hidden rather than unmounted, so that focus can come back to this very element.
  return (
    <button type="button" ref={button} hidden={editor.draft !== null} className={className ?? 'button-secondary'} aria-label={name} onClick={() => editor.start(button.current)}>
      {label ?? t('record.edit')}
    </button>
  );
}

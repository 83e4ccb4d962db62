import { useTranslation } from 'react-i18next';
import type { Editor } from './use-editor';

/** "Saved." or "Changes discarded. Restore them" next to the button that opened the editor. */
export function EditorStatus<D>({ editor }: { editor: Editor<D> }) {
  const { t } = useTranslation();
  const { status, restore } = editor;
  return (
    <p className="editor-status" aria-live="polite">
      {status === 'saved' && editor.draft === null ? <span className="saved-status">{t('record.saved')}</span> : null}
      {status === 'discarded' && restore ? (
        <>
          <span>{t('record.discarded')}</span>{' '}
          <button type="button" className="button-link" onClick={restore}>
            {t('record.restore')}
          </button>
        </>
      ) : null}
    </p>
  );
}

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../../../shared/domain/media';
import { useLoad } from '../../../app/use-load';
import { useVault } from '../../../app/vault-client';
import { MAX_TEXT_BYTES, decodeText, docxText, textParagraphs } from './document-text';
import { readWhole } from './read-original';
import { useViewerState } from './use-viewer-state';
import { ViewerFrame } from './viewer-frame';
import { ViewerProblem } from './viewer-problem';

/** A DOCX is compressed: its own size may be this much (its text is limited once inflated). */
const MAX_DOCX_BYTES = 64 * 1024 * 1024;

/**
 * A plain-text or DOCX statement, as its text: each paragraph in its own direction (Word's
 * right-to-left mark where there is one, else the first strong letter), zoomed by font size.
 */
export function TextView({ media, docx }: { media: MediaItem; docx: boolean }) {
  const { t } = useTranslation();
  const vault = useVault();
  const load = useCallback(async () => {
    const bytes = await readWhole(vault, media.id, media.size, docx ? MAX_DOCX_BYTES : MAX_TEXT_BYTES);
    return docx ? docxText(bytes) : textParagraphs(decodeText(bytes));
  }, [vault, media.id, media.size, docx]);
  const text = useLoad(load);
  // A text has no width of its own: "fit" is 100 %.
  const viewer = useViewerState(1, () => 0);

  if (text.error) return <ViewerProblem kind="text" error={text.error} />;
  return (
    <ViewerFrame name={media.originalName} count={1} page={1} onPage={() => undefined} scale={viewer.scale} onZoom={viewer.zoom} onStage={viewer.setStage} paged={false}>
      {text.data ? (
        <div className="dv-text" style={{ fontSize: `${viewer.scale}rem` }}>
          {text.data.length === 0 ? <p className="muted">{t('viewer.emptyText')}</p> : null}
          {text.data.map((paragraph, index) => (
            <p key={index} dir={paragraph.rtl ? 'rtl' : 'auto'}>
              {paragraph.text}
            </p>
          ))}
        </div>
      ) : (
        <p className="muted" role="status">
          {t('viewer.loading')}
        </p>
      )}
    </ViewerFrame>
  );
}

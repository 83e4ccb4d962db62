import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../../../shared/domain/media';
import { useVault } from '../../../app/vault-client';
import { openPdf, pdfPageSize, renderPdfPage, type OpenedPdf } from './pdf-document';
import { readRange } from './read-original';
import { useViewerState } from './use-viewer-state';
import { ViewerFrame } from './viewer-frame';
import { ViewerProblem } from './viewer-problem';

/** A PDF original, page by page on a canvas; only the parts of the file a page needs are decrypted. */
export function PdfView({ media }: { media: MediaItem }) {
  const { t } = useTranslation();
  const vault = useVault();
  const [opened, setOpened] = useState<OpenedPdf | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [natural, setNatural] = useState(0);
  const canvas = useRef<HTMLCanvasElement>(null);
  const count = opened?.pdf.numPages ?? 0;
  const viewer = useViewerState(count, () => natural);
  const { page, scale } = viewer;

  useEffect(() => {
    let live = true;
    let doc: OpenedPdf | null = null;
    const fail = (caught: unknown) => {
      if (live) setError(caught);
    };
    openPdf(media.size, (begin, end) => readRange(vault, media.id, begin, end - begin), fail).then((d) => {
      doc = d;
      if (live) setOpened(d);
      else void d.close();
    }, fail);
    return () => {
      live = false;
      setOpened(null);
      void doc?.close();
    };
  }, [vault, media.id, media.size]);

  useEffect(() => {
    if (!opened) return;
    let live = true;
    pdfPageSize(opened.pdf, page).then((size) => live && setNatural(size.width), setError);
    return () => {
      live = false;
    };
  }, [opened, page]);

  useEffect(() => {
    const target = canvas.current;
    if (!opened || !target || natural === 0) return;
    const abort = new AbortController();
    renderPdfPage(opened.pdf, page, scale, target, abort.signal).catch((caught: unknown) => {
      // A render cancelled by the next page or zoom is not a failure.
      if (!abort.signal.aborted) setError(caught);
    });
    return () => abort.abort();
  }, [opened, page, scale, natural]);

  if (error) return <ViewerProblem kind="pdf" error={error} />;
  return (
    <ViewerFrame name={media.originalName} count={count} page={page} onPage={viewer.setPage} scale={scale} onZoom={viewer.zoom} onStage={viewer.setStage} paged>
      {opened ? (
        // Left to right in every UI language: pdf.js places each glyph itself, and a right-to-left
        // canvas shifts every glyph by its own width (Arabic pages broke apart).
        <canvas ref={canvas} dir="ltr" className="dv-page" role="img" aria-label={t('viewer.pageImage', { page, name: media.originalName })} data-page={page} />
      ) : (
        <p className="muted" role="status">
          {t('viewer.loading')}
        </p>
      )}
    </ViewerFrame>
  );
}

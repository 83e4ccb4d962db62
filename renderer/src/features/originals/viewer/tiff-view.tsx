import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../../../shared/domain/media';
import { useLoad } from '../../../app/use-load';
import { useVault } from '../../../app/vault-client';
import { readWhole } from './read-original';
import { inflateStrips, tiffPages, type TiffPage } from './tiff-decode';
import { useViewerState } from './use-viewer-state';
import { ViewerFrame } from './viewer-frame';
import { ViewerProblem } from './viewer-problem';

const MAX_TIFF_BYTES = 128 * 1024 * 1024;

/** A TIFF scan (Chromium cannot show TIFF): decoded here, page by page, onto a canvas. */
export function TiffView({ media }: { media: MediaItem }) {
  const { t } = useTranslation();
  const vault = useVault();
  const load = useCallback(async () => {
    const data = await readWhole(vault, media.id, media.size, MAX_TIFF_BYTES);
    return { data, inflated: await inflateStrips(data) };
  }, [vault, media.id, media.size]);
  const bytes = useLoad(load);
  const canvas = useRef<HTMLCanvasElement>(null);
  const pages = useMemo((): { ready: ReturnType<typeof tiffPages> | null; failure: unknown } => {
    if (!bytes.data) return { ready: null, failure: null };
    try {
      return { ready: tiffPages(bytes.data.data, bytes.data.inflated), failure: null };
    } catch (caught) {
      return { ready: null, failure: caught };
    }
  }, [bytes.data]);
  const { ready } = pages;
  const viewer = useViewerState(ready?.count ?? 0, (n) => ready?.widthOf(n - 1) ?? 0);
  const { page, scale } = viewer;
  // The page's pixels, decoded when it is turned to (a page of a damaged file fails on its own).
  const shown = useMemo((): { image: TiffPage | null; failure: unknown } => {
    if (!ready) return { image: null, failure: null };
    try {
      return { image: ready.decode(page - 1), failure: null };
    } catch (caught) {
      return { image: null, failure: caught };
    }
  }, [ready, page]);
  const { image } = shown;

  useEffect(() => {
    const target = canvas.current;
    if (!image || !target) return;
    target.width = image.width;
    target.height = image.height;
    target.getContext('2d')?.putImageData(new ImageData(image.rgba as Uint8ClampedArray<ArrayBuffer>, image.width, image.height), 0, 0);
  }, [image]);

  const problem = bytes.error ?? pages.failure ?? shown.failure;
  if (problem) return <ViewerProblem kind="tiff" error={problem} />;
  return (
    <ViewerFrame name={media.originalName} count={ready?.count ?? 0} page={page} onPage={viewer.setPage} scale={scale} onZoom={viewer.zoom} onStage={viewer.setStage} paged>
      {ready ? (
        <canvas
          ref={canvas}
          // As the PDF page: the image is shown as it is, whatever the UI's direction.
          dir="ltr"
          className="dv-page"
          role="img"
          aria-label={t('viewer.pageImage', { page, name: media.originalName })}
          data-page={page}
          style={image ? { width: `${Math.round(image.width * scale)}px` } : undefined}
        />
      ) : (
        <p className="muted" role="status">
          {t('viewer.loading')}
        </p>
      )}
    </ViewerFrame>
  );
}

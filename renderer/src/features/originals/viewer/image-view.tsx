import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../../../shared/domain/media';
import { useOriginalBytes } from './use-original-bytes';
import { useViewerState } from './use-viewer-state';
import { ViewerFrame } from './viewer-frame';
import { ViewerProblem } from './viewer-problem';

/** Scans larger than this are not shown whole (they can be exported). */
const MAX_IMAGE_BYTES = 96 * 1024 * 1024;

/**
 * A JPEG or PNG scan. Its bytes go into a Blob URL: memory of this page only (the CSP allows
 * blob: images), revoked when the scan is closed.
 */
export function ImageView({ media }: { media: MediaItem }) {
  const { t } = useTranslation();
  const bytes = useOriginalBytes(media, MAX_IMAGE_BYTES);
  const image = useRef<HTMLImageElement>(null);
  const [natural, setNatural] = useState(0);
  const [broken, setBroken] = useState(false);
  const viewer = useViewerState(1, () => natural);

  // The Blob URL lives exactly as long as the image shows it.
  useEffect(() => {
    const element = image.current;
    if (!bytes.data || !element) return;
    const url = URL.createObjectURL(new Blob([bytes.data as Uint8Array<ArrayBuffer>], { type: media.contentType }));
    element.src = url;
    return () => {
      element.removeAttribute('src');
      URL.revokeObjectURL(url);
    };
  }, [bytes.data, media.contentType]);

  if (bytes.error) return <ViewerProblem kind="image" error={bytes.error} />;
  if (broken) return <ViewerProblem kind="image" error={null} />;
  return (
    <ViewerFrame name={media.originalName} count={1} page={1} onPage={() => undefined} scale={viewer.scale} onZoom={viewer.zoom} onStage={viewer.setStage} paged={false}>
      {bytes.data ? (
        <img
          ref={image}
          className="dv-page"
          alt={t('viewer.image', { name: media.originalName })}
          style={natural > 0 ? { width: `${Math.round(natural * viewer.scale)}px` } : undefined}
          onLoad={(event) => setNatural(event.currentTarget.naturalWidth)}
          onError={() => setBroken(true)}
        />
      ) : (
        <p className="muted" role="status">
          {t('viewer.loading')}
        </p>
      )}
    </ViewerFrame>
  );
}

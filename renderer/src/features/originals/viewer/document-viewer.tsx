import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../../../shared/domain/media';
import { ImageView } from './image-view';
import { PdfView } from './pdf-view';
import { TextView } from './text-view';
import { TiffView } from './tiff-view';
import './viewer.css';

export interface DocumentViewerProps {
  /** A written original: PDF, scan (JPEG, PNG, TIFF), DOCX or plain text. */
  media: MediaItem;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** How an original is shown, by the content type found at ingest (by content, not by name). */
export function viewerKindOf(contentType: string): 'pdf' | 'image' | 'tiff' | 'docx' | 'text' | null {
  if (contentType === 'application/pdf') return 'pdf';
  if (contentType === 'image/jpeg' || contentType === 'image/png') return 'image';
  if (contentType === 'image/tiff') return 'tiff';
  if (contentType === DOCX) return 'docx';
  if (contentType.startsWith('text/plain')) return 'text';
  return null;
}

function Body({ media }: DocumentViewerProps) {
  const { t } = useTranslation();
  switch (viewerKindOf(media.contentType)) {
    case 'pdf':
      return <PdfView media={media} />;
    case 'image':
      return <ImageView media={media} />;
    case 'tiff':
      return <TiffView media={media} />;
    case 'docx':
      return <TextView media={media} docx />;
    case 'text':
      return <TextView media={media} docx={false} />;
    default:
      return <p className="muted">{t('viewer.cannotPreview.kind')}</p>;
  }
}

/** Shows a written original beside its transcription: pages, zoom, keyboard; decrypted in memory only. */
export function DocumentViewer({ media }: DocumentViewerProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="document-viewer" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('viewer.heading')}</h4>
      <Body key={media.id} media={media} />
    </section>
  );
}

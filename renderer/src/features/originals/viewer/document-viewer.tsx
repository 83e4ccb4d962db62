import type { MediaItem } from '../../../../../shared/domain/media';

export interface DocumentViewerProps {
  /** A written original: PDF, scan (JPEG, PNG, TIFF), DOCX or plain text. */
  media: MediaItem;
}

/** Shows a written original beside its transcription (placeholder until the viewer lands). */
export function DocumentViewer(_props: DocumentViewerProps) {
  return null;
}

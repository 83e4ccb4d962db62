import type { MediaItem } from '../../../../../shared/domain/media';

export interface RecorderProps {
  testimonyId: string;
  /** A recording was finished and is now an original of the testimony. */
  onRecorded: (media: MediaItem) => void;
}

/** Recording from a microphone into the vault (placeholder until the recorder lands). */
export function Recorder(_props: RecorderProps) {
  return null;
}

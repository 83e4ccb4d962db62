import type { MediaItem } from '../../../../../shared/domain/media';
import type { PlayerHandle } from '../player/player-handle';

export interface TranscriptsPanelProps {
  testimonyId: string;
  /** The original being worked on (its transcripts first), if any. */
  media: MediaItem | null;
  /** Controls of the audio player beside the transcript, when the original is audio. */
  player: PlayerHandle | null;
  /** Open this transcript at this paragraph (a search hit). */
  focus?: { transcriptId: string; paragraphId: string } | undefined;
}

/** Transcripts and translations of the testimony (placeholder until the editor lands). */
export function TranscriptsPanel(_props: TranscriptsPanelProps) {
  return null;
}

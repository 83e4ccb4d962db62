import type { TranscriptInfo } from '../../../../shared/domain/media';

/** Where a search hit's transcript lives: the original it transcribes (a translation: its source's), or none. */
export type FocusedOriginal = { state: 'none' } | { state: 'loading' } | { state: 'found'; mediaId: string | null };

/** The original of the transcript a hit points at, so the workspace can open it there. */
export function originalOfTranscript(all: readonly TranscriptInfo[], transcriptId: string): { mediaId: string | null } | null {
  const info = all.find((t) => t.id === transcriptId);
  if (!info) return null;
  const source = info.kind === 'translation' && info.sourceId ? all.find((t) => t.id === info.sourceId) : undefined;
  return { mediaId: info.mediaId ?? source?.mediaId ?? null };
}

import { useCallback } from 'react';
import type { TranscriptInfo } from '../../../../shared/domain/media';
import { useLoad } from '../../app/use-load';
import { useVault } from '../../app/vault-client';
import type { TranscriptFocus } from './transcript-focus';

/** Where a search hit's transcript lives: the original it transcribes (a translation: its source's), or none. */
export type FocusedOriginal = { state: 'none' } | { state: 'loading' } | { state: 'found'; mediaId: string | null };

/** The original of the transcript a hit points at, so the workspace can open it there. */
export function originalOfTranscript(all: readonly TranscriptInfo[], transcriptId: string): { mediaId: string | null } | null {
  const info = all.find((t) => t.id === transcriptId);
  if (!info) return null;
  const source = info.kind === 'translation' && info.sourceId ? all.find((t) => t.id === info.sourceId) : undefined;
  return { mediaId: info.mediaId ?? source?.mediaId ?? null };
}

export function useFocusedOriginal(testimonyId: string, focus: TranscriptFocus | null): FocusedOriginal {
  const vault = useVault();
  const load = useCallback(
    () => (focus ? vault.call('transcripts.list', { testimonyId }).then((r) => ({ original: originalOfTranscript(r.items, focus.transcriptId) })) : Promise.resolve({ original: null })),
    [vault, testimonyId, focus],
  );
  const found = useLoad(load);
  if (!focus || found.error) return { state: 'none' };
  if (found.data === null) return { state: 'loading' };
  // A transcript deleted since the search: the testimony opens as usual.
  return found.data.original ? { state: 'found', mediaId: found.data.original.mediaId } : { state: 'none' };
}

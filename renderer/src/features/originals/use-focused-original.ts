import { useCallback } from 'react';
import { useLoad } from '../../app/use-load';
import { useVault } from '../../app/vault-client';
import type { TranscriptFocus } from './transcript-focus';
import { originalOfTranscript, type FocusedOriginal } from './original-of-transcript';

export type { FocusedOriginal };

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

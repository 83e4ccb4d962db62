import { useCallback } from 'react';
import type { TranscriptVersion } from '../../../../../shared/domain/media';
import { useLoad, type Loaded } from '../../../app/use-load';
import { useVault } from '../../../app/vault-client';

/** The versions of a transcript, newest first; loaded again whenever a new one is made. */
export function useVersions(transcriptId: string, latest: number): Loaded<TranscriptVersion[]> {
  const vault = useVault();
  const load = useCallback(
    () => (latest === 0 ? Promise.resolve([]) : vault.call('transcripts.versions', { transcriptId }).then((r) => r.items)),
    // `latest` is a dependency on purpose: a new version means "load the list again".
    [vault, transcriptId, latest],
  );
  return useLoad(load);
}

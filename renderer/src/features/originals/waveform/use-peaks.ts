import { useCallback, useSyncExternalStore } from 'react';
import { useVault } from '../../../app/vault-client';
import { peaksSnapshot, subscribePeaks, type PeaksMedia, type PeaksState } from './peaks-store';

export type { PeaksState } from './peaks-store';

/**
 * The waveform of an original: the stored peaks when the vault has them (one read, shown at
 * once), otherwise computed here once — decoded in the waveform worker, with progress — and
 * saved, so the next opening is instant. Views showing the same original share one job;
 * unmounting (and locking, which unmounts the unlocked home) cancels it.
 */
export function usePeaks(media: PeaksMedia): PeaksState {
  const vault = useVault();
  const { id, kind, size } = media;
  const subscribe = useCallback((listener: () => void) => subscribePeaks(vault, { id, kind, size }, listener), [vault, id, kind, size]);
  const snapshot = useCallback(() => peaksSnapshot(id), [id]);
  return useSyncExternalStore(subscribe, snapshot);
}

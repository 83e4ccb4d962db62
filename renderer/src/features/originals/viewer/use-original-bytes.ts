import { useCallback } from 'react';
import type { MediaItem } from '../../../../../shared/domain/media';
import { useLoad, type Loaded } from '../../../app/use-load';
import { useVault } from '../../../app/vault-client';
import { readWhole } from './read-original';

/** The whole original, decrypted into this page's memory (never to disk), up to `limit` bytes. */
export function useOriginalBytes(media: MediaItem, limit: number): Loaded<Uint8Array> {
  const vault = useVault();
  const load = useCallback(() => readWhole(vault, media.id, media.size, limit), [vault, media.id, media.size, limit]);
  return useLoad(load);
}

import { VaultError } from '../../../shared/errors';
import { getRedactedAudio, readRedactedAudio, toItem } from '../audio-redaction/redacted-audio-store';
import type { VaultSession } from '../vault/session';

/**
 * Redacted audio chosen to go with a publication (audio-redaction/): checked to belong to the
 * narrative's testimony and to have been made from the current plan of regions (audio made
 * before the plan last changed may not hide what the editor now hides), then named generically
 * (audio.opus, audio-2.opus, …) and read, decrypted in memory, only while it is written.
 */
export interface PublicationAudio {
  readonly name: string;
  readonly read: () => AsyncIterable<Uint8Array>;
}

export function publicationAudio(session: VaultSession, testimonyId: string, ids: readonly string[]): PublicationAudio[] {
  const counts = new Map<string, number>();
  return [...new Set(ids)].map((id) => {
    const row = getRedactedAudio(session, id);
    if (row.testimony_id !== testimonyId) throw new VaultError('BAD_INPUT', 'This redacted audio belongs to another testimony.', { field: 'audio' });
    if (!toItem(session, row).current) {
      throw new VaultError('CONFLICT', 'This redacted audio was made before the parts to hide last changed: make it again, then publish.', { field: 'audio', reason: 'audio-stale' });
    }
    const n = (counts.get(row.format) ?? 0) + 1;
    counts.set(row.format, n);
    const extension = row.format === 'wav' ? 'wav' : 'opus';
    return { name: n === 1 ? `audio.${extension}` : `audio-${n}.${extension}`, read: () => readRedactedAudio(session, id) };
  });
}

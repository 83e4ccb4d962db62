import { VaultError } from '../../../shared/errors';
import type { AudioRegion } from '../../../shared/contract/publish-operations';
import { statement } from '../db/statements';
import type { VaultSession } from '../vault/session';

/**
 * Parts of a recording to silence or bleep (storage only; the audio export is a later issue).
 * A save replaces the recording's whole list, as the editor sees it, in one audited change.
 */

interface RegionRow {
  id: string;
  start_s: number;
  end_s: number;
  mode: 'silence' | 'bleep';
  narrative_id: string | null;
  redaction_id: string | null;
}

function requireMedia(session: VaultSession, mediaId: string): void {
  if (statement(session.db, 'SELECT 1 FROM media WHERE id = ?').get(mediaId) === undefined) throw new VaultError('NOT_FOUND', 'This recording does not exist.');
}

export function listAudioRegions(session: VaultSession, mediaId: string): AudioRegion[] {
  session.assertOpen();
  requireMedia(session, mediaId);
  return statement<[string], RegionRow>(session.db, 'SELECT id, start_s, end_s, mode, narrative_id, redaction_id FROM audio_redaction_regions WHERE media_id = ? ORDER BY start_s, id')
    .all(mediaId)
    .map((r) => ({ id: r.id, start: r.start_s, end: r.end_s, mode: r.mode, narrativeId: r.narrative_id, redactionId: r.redaction_id }));
}

export async function saveAudioRegions(session: VaultSession, mediaId: string, regions: readonly AudioRegion[]): Promise<AudioRegion[]> {
  requireMedia(session, mediaId);
  const ids = new Set<string>();
  for (const r of regions) {
    if (r.end <= r.start) throw new VaultError('BAD_INPUT', `Region ${r.id} ends (${r.end} s) before or where it starts (${r.start} s).`);
    if (ids.has(r.id)) throw new VaultError('BAD_INPUT', `Two regions have the id ${r.id}.`);
    ids.add(r.id);
  }
  await session.commit((audit) => {
    statement(session.db, 'DELETE FROM audio_redaction_regions WHERE media_id = ?').run(mediaId);
    const insert = statement(session.db, 'INSERT INTO audio_redaction_regions (id, media_id, start_s, end_s, mode, narrative_id, redaction_id) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const r of regions) {
      const owner = statement<[string], { media_id: string }>(session.db, 'SELECT media_id FROM audio_redaction_regions WHERE id = ?').get(r.id);
      if (owner !== undefined) throw new VaultError('BAD_INPUT', `Region ${r.id} belongs to another recording.`);
      insert.run(r.id, mediaId, r.start, r.end, r.mode, r.narrativeId, r.redactionId);
    }
    audit({ type: 'redaction', objectType: 'media', objectId: mediaId, detail: { audioRegions: regions.length } });
  });
  return listAudioRegions(session, mediaId);
}

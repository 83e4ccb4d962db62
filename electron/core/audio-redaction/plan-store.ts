import { z } from 'zod';
import { VaultError } from '../../../shared/errors';
import { audioRedactionRegionSchema, type AudioRedactionRegionInput } from '../../../shared/contract/audio-redaction-operations';
import { statement } from '../db/statements';
import type { VaultSession } from '../vault/session';
import type { MediaRecord } from '../db/queries/media';
import { getMedia } from '../db/queries/media';

/** The regions of a recording to hide, saved per original (the editor's plan). */
export interface AudioRedactionPlan {
  regions: AudioRedactionRegionInput[];
  disguise: number | null;
  updatedAt: string | null;
}

interface PlanRow {
  regions: string;
  disguise: number | null;
  updated_at: string;
}

const storedRegions = z.array(audioRedactionRegionSchema);

/** The original, which must be audio: a plan for a PDF is a mistake worth a clear message. */
export function audioOriginal(session: VaultSession, mediaId: string): MediaRecord {
  session.assertOpen();
  const media = getMedia(session.db, mediaId);
  if (!media) throw new VaultError('NOT_FOUND', 'This file is not in the vault.');
  if (media.kind !== 'audio') throw new VaultError('BAD_INPUT', `"${media.originalName}" is not a recording: only audio can be redacted here.`);
  return media;
}

export function getPlan(session: VaultSession, mediaId: string): AudioRedactionPlan {
  audioOriginal(session, mediaId);
  const row = statement<[string], PlanRow>(session.db, 'SELECT regions, disguise, updated_at FROM audio_redaction_plans WHERE media_id = ?').get(mediaId);
  if (!row) return { regions: [], disguise: null, updatedAt: null };
  return { regions: storedRegions.parse(JSON.parse(row.regions) as unknown), disguise: row.disguise, updatedAt: row.updated_at };
}

export async function savePlan(session: VaultSession, mediaId: string, regions: readonly AudioRedactionRegionInput[], disguise: number | null): Promise<{ updatedAt: string }> {
  const media = audioOriginal(session, mediaId);
  const sorted = [...regions].sort((a, b) => a.startSeconds - b.startSeconds);
  const updatedAt = new Date().toISOString();
  await session.commit((record) => {
    statement(
      session.db,
      `INSERT INTO audio_redaction_plans (media_id, regions, disguise, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (media_id) DO UPDATE SET regions = excluded.regions, disguise = excluded.disguise, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    ).run(mediaId, JSON.stringify(sorted), disguise, updatedAt, session.user.id);
    // Counts only: the audit log never holds what was said or where in the recording.
    record({ type: 'redaction', objectType: 'media', objectId: media.id, detail: { action: 'audio redaction plan saved', regions: sorted.length, disguise: disguise !== null } });
  });
  return { updatedAt };
}

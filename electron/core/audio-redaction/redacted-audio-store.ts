import { promises as fs } from 'node:fs';
import path from 'node:path';
import { VaultError } from '../../../shared/errors';
import type { RedactedAudioFormat, RedactedAudioItem } from '../../../shared/contract/audio-redaction-operations';
import { wavHeader16 } from '../../../shared/media/audio-redaction/wav-writer';
import { AgeFileReader } from '../crypto/age/reader';
import { decodeIdentity } from '../crypto/age/identity';
import { getTestimonyKey } from '../db/queries/testimonies';
import { statement } from '../db/statements';
import { blobAbsolutePath } from '../media/blob-paths';
import type { VaultSession } from '../vault/session';

/**
 * Redacted audio kept for publication. A WAV is stored as its 16-bit samples only and gets its
 * header when read (the renderer streams samples before it knows how many there are); an Opus
 * file is stored whole. Either way the blob is age-encrypted to the testimony like an original.
 */
export interface RedactedAudioRow {
  id: string;
  testimony_id: string;
  media_id: string;
  format: RedactedAudioFormat;
  sample_rate: number;
  channels: number;
  plan_at: string;
  regions: number;
  disguised: number;
  blob_path: string;
  size: number;
  sha256: string;
  created_at: string;
  created_by: string;
}

export const REDACTED_BLOBS = path.posix.join('blobs', 'redacted');
const READ_PIECE = 1024 * 1024;

export function redactedBlobPath(id: string): string {
  return path.posix.join(REDACTED_BLOBS, `${id}.age`);
}

function row(session: VaultSession, id: string): RedactedAudioRow {
  session.assertOpen();
  const found = statement<[string], RedactedAudioRow>(session.db, 'SELECT * FROM redacted_audio WHERE id = ?').get(id);
  if (!found) throw new VaultError('NOT_FOUND', 'This redacted audio does not exist (any more).');
  return found;
}

function planAt(session: VaultSession, mediaId: string): string | null {
  return statement<[string], { updated_at: string }>(session.db, 'SELECT updated_at FROM audio_redaction_plans WHERE media_id = ?').get(mediaId)?.updated_at ?? null;
}

/** Bytes of the WAV header added in front of stored samples. */
function headerBytes(format: RedactedAudioFormat): number {
  return format === 'wav' ? 44 : 0;
}

export function toItem(session: VaultSession, r: RedactedAudioRow): RedactedAudioItem {
  const bodyBytes = r.size - headerBytes(r.format);
  return {
    id: r.id,
    mediaId: r.media_id,
    format: r.format,
    size: r.size,
    sha256: r.sha256,
    durationSeconds: r.format === 'wav' ? bodyBytes / (2 * r.channels * r.sample_rate) : null,
    regions: r.regions,
    disguised: r.disguised === 1,
    createdAt: r.created_at,
    current: planAt(session, r.media_id) === r.plan_at,
  };
}

export function listRedactedAudio(session: VaultSession, testimonyId: string): RedactedAudioItem[] {
  session.assertOpen();
  return statement<[string], RedactedAudioRow>(session.db, 'SELECT * FROM redacted_audio WHERE testimony_id = ? ORDER BY created_at')
    .all(testimonyId)
    .map((r) => toItem(session, r));
}

export function getRedactedAudio(session: VaultSession, id: string): RedactedAudioRow {
  return row(session, id);
}

/**
 * The file as it is published, piece by piece (a WAV's header first), decrypted in memory. For
 * the publication export, which writes it into the folder the user chose.
 */
export function readRedactedAudio(session: VaultSession, id: string): AsyncGenerator<Uint8Array> {
  return readStoredAudio(session, row(session, id));
}

export async function* readStoredAudio(session: VaultSession, r: RedactedAudioRow): AsyncGenerator<Uint8Array> {
  const key = getTestimonyKey(session.db, r.testimony_id);
  if (!key) throw new VaultError('DATABASE_CORRUPT', 'This testimony has no key.');
  const identity = decodeIdentity(key.identity);
  let reader: AgeFileReader;
  try {
    reader = await AgeFileReader.open(blobAbsolutePath(session.dir, r.blob_path), [identity]);
  } finally {
    identity.fill(0);
  }
  try {
    if (r.format === 'wav') yield wavHeader16(reader.size / (2 * r.channels), r.channels, r.sample_rate);
    for (let at = 0; at < reader.size; at += READ_PIECE) yield await reader.read(at, Math.min(reader.size, at + READ_PIECE));
  } finally {
    await reader.close();
  }
}

export async function deleteRedactedAudio(session: VaultSession, id: string): Promise<void> {
  const r = row(session, id);
  await session.commit((record) => {
    statement(session.db, 'DELETE FROM redacted_audio WHERE id = ?').run(id);
    record({ type: 'deletion', objectType: 'media', objectId: r.media_id, detail: { action: 'redacted audio deleted', redactedAudio: id } });
  });
  await fs.rm(blobAbsolutePath(session.dir, r.blob_path), { force: true });
}

import { randomUUID } from 'node:crypto';
import { VaultError } from '../../../shared/errors';
import type { Paragraph, TranscriptInfo, TranscriptVersion } from '../../../shared/domain/media';
import type { Db } from '../db/connection';
import { getMedia } from '../db/queries/media';
import { getTranscript, getVersion, insertTranscript, insertVersion, listTranscripts, listVersions } from '../db/queries/transcripts';
import { replaceParagraphs } from '../db/queries/search';
import { statement } from '../db/statements';
import type { VaultSession } from '../vault/session';
import { requireRecord } from '../records/record-store';
import { indexContent, TRANSCRIPT_FIELD } from '../records/search-text';

/**
 * Time-coded transcripts and their translations. Every save is a new version (who, when);
 * nothing is overwritten, and restoring an old version is a new version too. A translation is
 * aligned with its transcript by paragraph id. The latest version of every transcript is in
 * the search index, one row per paragraph, so a hit can open the transcript there.
 */
export function requireTranscript(session: VaultSession, transcriptId: string): TranscriptInfo {
  session.assertOpen();
  const transcript = getTranscript(session.db, transcriptId);
  if (!transcript) throw new VaultError('NOT_FOUND', 'This transcript does not exist.');
  return transcript;
}

/** Writes the search rows of every transcript paragraph of a testimony (latest versions). */
export function reindexTranscripts(db: Db, testimonyId: string): void {
  const num = statement<[string], number>(db, 'SELECT num FROM testimony_list WHERE id = ?').pluck().get(testimonyId);
  if (num === undefined) return;
  const rows = listTranscripts(db, testimonyId).flatMap((t) =>
    t.latestVersion === 0
      ? []
      : getVersion(db, t.id, t.latestVersion)!.paragraphs.map((p) => ({ content: indexContent(`${p.speaker} ${p.text}`), transcriptId: t.id, paragraphId: p.id })),
  );
  replaceParagraphs(db, num, TRANSCRIPT_FIELD, rows);
}

export function transcriptsOf(session: VaultSession, testimonyId: string): TranscriptInfo[] {
  requireRecord(session.db, testimonyId);
  return listTranscripts(session.db, testimonyId);
}

export async function createTranscript(
  session: VaultSession,
  input: { testimonyId: string; mediaId: string | null; kind: 'transcript' | 'translation'; language: string; sourceId: string | null },
): Promise<TranscriptInfo> {
  const db = session.db;
  requireRecord(db, input.testimonyId);
  if (input.mediaId !== null) {
    const media = getMedia(db, input.mediaId);
    if (!media || media.testimonyId !== input.testimonyId) throw new VaultError('NOT_FOUND', 'This original is not part of this testimony.');
  }
  if (input.kind === 'translation') {
    const source = input.sourceId ? getTranscript(db, input.sourceId) : undefined;
    if (!source || source.testimonyId !== input.testimonyId) {
      throw new VaultError('BAD_INPUT', 'Invalid sourceId: a translation translates a transcript of the same testimony.', { field: 'sourceId' });
    }
  } else if (input.sourceId !== null) {
    throw new VaultError('BAD_INPUT', 'Invalid sourceId: only a translation has a source transcript.', { field: 'sourceId' });
  }
  const id = randomUUID();
  const now = session.now();
  await session.commit((record) => {
    insertTranscript(db, { id, testimonyId: input.testimonyId, mediaId: input.mediaId, kind: input.kind, language: input.language, sourceId: input.sourceId, createdAt: now });
    record({ type: 'creation', objectType: input.kind, objectId: id, detail: { testimonyId: input.testimonyId, language: input.language } });
  });
  return requireTranscript(session, id);
}

export function transcriptVersion(session: VaultSession, transcriptId: string, version?: number): { transcript: TranscriptInfo; version: TranscriptVersion | null; paragraphs: Paragraph[] } {
  const transcript = requireTranscript(session, transcriptId);
  const wanted = version ?? transcript.latestVersion;
  if (wanted === 0) return { transcript, version: null, paragraphs: [] };
  const found = getVersion(session.db, transcriptId, wanted);
  if (!found) throw new VaultError('NOT_FOUND', `This transcript has no version ${wanted}.`);
  return { transcript, version: found.info, paragraphs: found.paragraphs };
}

function checkParagraphs(paragraphs: readonly Paragraph[], duration: number | null): void {
  const ids = new Set<string>();
  paragraphs.forEach((p, i) => {
    if (ids.has(p.id)) throw new VaultError('BAD_INPUT', `Invalid paragraphs.${i}.id: two paragraphs have the same id.`, { field: `paragraphs.${i}.id` });
    ids.add(p.id);
    if (duration !== null && p.start !== null && p.start > duration + 0.5) {
      throw new VaultError('BAD_INPUT', `Invalid paragraphs.${i}.start: the recording lasts ${duration.toFixed(1)} s.`, { field: `paragraphs.${i}.start` });
    }
  });
}

async function writeVersion(session: VaultSession, transcript: TranscriptInfo, paragraphs: readonly Paragraph[], restoredFrom: number | null): Promise<number> {
  const version = transcript.latestVersion + 1;
  await session.commit((record) => {
    insertVersion(session.db, transcript.id, version, session.user.id, session.now(), paragraphs, restoredFrom);
    reindexTranscripts(session.db, transcript.testimonyId);
    record({
      type: 'modification',
      objectType: transcript.kind,
      objectId: transcript.id,
      detail: { version, paragraphs: paragraphs.length, ...(restoredFrom !== null ? { restoredFrom } : {}) },
    });
  });
  return version;
}

/**
 * Saves a new version. `baseVersion` is the one the editor started from: if someone saved a
 * newer one meanwhile, nothing is overwritten (CONFLICT) and the editor keeps its text.
 */
export async function saveTranscript(session: VaultSession, transcriptId: string, baseVersion: number, paragraphs: readonly Paragraph[]): Promise<number> {
  const transcript = requireTranscript(session, transcriptId);
  if (baseVersion !== transcript.latestVersion) {
    throw new VaultError('CONFLICT', `Version ${transcript.latestVersion} was saved after version ${baseVersion}, which this edit started from.`, {
      latest: transcript.latestVersion,
      base: baseVersion,
    });
  }
  const media = transcript.mediaId ? getMedia(session.db, transcript.mediaId) : undefined;
  checkParagraphs(paragraphs, media?.durationSeconds ?? null);
  return writeVersion(session, transcript, paragraphs, null);
}

export function versionsOf(session: VaultSession, transcriptId: string): TranscriptVersion[] {
  requireTranscript(session, transcriptId);
  return listVersions(session.db, transcriptId);
}

/** Restoring is saving the old text as a new version: the history keeps every step. */
export async function restoreTranscript(session: VaultSession, transcriptId: string, version: number): Promise<number> {
  const transcript = requireTranscript(session, transcriptId);
  const old = getVersion(session.db, transcriptId, version);
  if (!old) throw new VaultError('NOT_FOUND', `This transcript has no version ${version}.`);
  return writeVersion(session, transcript, old.paragraphs, version);
}

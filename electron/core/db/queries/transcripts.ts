import type { Db } from '../connection';
import { statement } from '../statements';
import { paragraphSchema, type Paragraph, type TranscriptInfo, type TranscriptVersion } from '../../../../shared/domain/media';

/** All SQL about transcripts, translations and their versions (every save is a version). */
interface TranscriptRow {
  id: string;
  testimony_id: string;
  media_id: string | null;
  kind: 'transcript' | 'translation';
  language: string;
  source_id: string | null;
  created_at: string;
  latest: number | null;
  updated_at: string | null;
  updated_by: string | null;
}

const SELECT = `SELECT t.*, v.version AS latest, v.created_at AS updated_at, v.author AS updated_by
  FROM transcripts t LEFT JOIN transcript_versions v ON v.transcript_id = t.id
   AND v.version = (SELECT max(version) FROM transcript_versions WHERE transcript_id = t.id)`;

function toInfo(r: TranscriptRow): TranscriptInfo {
  return {
    id: r.id,
    testimonyId: r.testimony_id,
    mediaId: r.media_id,
    kind: r.kind,
    language: r.language,
    sourceId: r.source_id,
    latestVersion: r.latest ?? 0,
    updatedAt: r.updated_at ?? r.created_at,
    updatedBy: r.updated_by ?? '',
    createdAt: r.created_at,
  };
}

export function listTranscripts(db: Db, testimonyId: string): TranscriptInfo[] {
  return statement<[string], TranscriptRow>(db, `${SELECT} WHERE t.testimony_id = ? ORDER BY t.created_at, t.id`).all(testimonyId).map(toInfo);
}

export function getTranscript(db: Db, id: string): TranscriptInfo | undefined {
  const row = statement<[string], TranscriptRow>(db, `${SELECT} WHERE t.id = ?`).get(id);
  return row && toInfo(row);
}

export function insertTranscript(db: Db, t: Omit<TranscriptInfo, 'latestVersion' | 'updatedAt' | 'updatedBy'>): void {
  statement(db, 'INSERT INTO transcripts (id, testimony_id, media_id, kind, language, source_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    t.id,
    t.testimonyId,
    t.mediaId,
    t.kind,
    t.language,
    t.sourceId,
    t.createdAt,
  );
}

export function getVersion(db: Db, transcriptId: string, version: number): { info: TranscriptVersion; paragraphs: Paragraph[] } | undefined {
  const row = statement<[string, number], { version: number; author: string; author_name: string | null; created_at: string; restored_from: number | null; paragraphs: string }>(
    db,
    `SELECT v.version, v.author, u.display_name AS author_name, v.created_at, v.restored_from, v.paragraphs
     FROM transcript_versions v LEFT JOIN users u ON u.id = v.author WHERE v.transcript_id = ? AND v.version = ?`,
  ).get(transcriptId, version);
  if (!row) return undefined;
  const paragraphs = (JSON.parse(row.paragraphs) as unknown[]).map((p) => paragraphSchema.parse(p));
  return {
    info: { version: row.version, author: row.author, authorName: row.author_name ?? row.author, createdAt: row.created_at, restoredFrom: row.restored_from, paragraphCount: paragraphs.length },
    paragraphs,
  };
}

export function listVersions(db: Db, transcriptId: string): TranscriptVersion[] {
  return statement<[string], { version: number; author: string; author_name: string | null; created_at: string; restored_from: number | null; count: number }>(
    db,
    `SELECT v.version, v.author, u.display_name AS author_name, v.created_at, v.restored_from, json_array_length(v.paragraphs) AS count
     FROM transcript_versions v LEFT JOIN users u ON u.id = v.author WHERE v.transcript_id = ? ORDER BY v.version DESC`,
  )
    .all(transcriptId)
    .map((r) => ({ version: r.version, author: r.author, authorName: r.author_name ?? r.author, createdAt: r.created_at, restoredFrom: r.restored_from, paragraphCount: r.count }));
}

export function insertVersion(db: Db, transcriptId: string, version: number, author: string, now: string, paragraphs: readonly Paragraph[], restoredFrom: number | null): void {
  statement(db, 'INSERT INTO transcript_versions (transcript_id, version, author, created_at, restored_from, paragraphs) VALUES (?, ?, ?, ?, ?, ?)').run(
    transcriptId,
    version,
    author,
    now,
    restoredFrom,
    JSON.stringify(paragraphs),
  );
}

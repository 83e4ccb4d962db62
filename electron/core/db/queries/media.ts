import type { Db } from '../connection';
import { statement } from '../statements';
import type { MediaItem } from '../../../../shared/domain/media';

/** All SQL about media blobs. */
interface MediaRow {
  id: string;
  testimony_id: string;
  blob_path: string;
  original_name: string;
  content_type: string;
  size: number;
  sha256: string;
  sha512: string;
  created_at: string;
  ingested_by: string;
}

export interface MediaRecord extends MediaItem {
  blobPath: string;
}

function toRecord(row: MediaRow): MediaRecord {
  return {
    id: row.id,
    testimonyId: row.testimony_id,
    blobPath: row.blob_path,
    originalName: row.original_name,
    contentType: row.content_type,
    size: row.size,
    sha256: row.sha256,
    sha512: row.sha512,
    createdAt: row.created_at,
    ingestedBy: row.ingested_by,
  };
}

export function toMediaItem(record: MediaRecord): MediaItem {
  const { blobPath: _blobPath, ...item } = record;
  return item;
}

export function listMedia(db: Db, testimonyId: string): MediaRecord[] {
  return (statement(db, 'SELECT * FROM media WHERE testimony_id = ? ORDER BY created_at, original_name').all(testimonyId) as MediaRow[]).map(toRecord);
}

export function getMedia(db: Db, id: string): MediaRecord | undefined {
  const row = statement(db, 'SELECT * FROM media WHERE id = ?').get(id) as MediaRow | undefined;
  return row && toRecord(row);
}

export function allBlobPaths(db: Db): Set<string> {
  return new Set((statement(db, 'SELECT blob_path FROM media').pluck().all() as string[]));
}

export function insertMedia(db: Db, record: MediaRecord): void {
  statement(db, 
    `INSERT INTO media (id, testimony_id, blob_path, original_name, content_type, size, sha256, sha512, created_at, ingested_by)
     VALUES (@id, @testimonyId, @blobPath, @originalName, @contentType, @size, @sha256, @sha512, @createdAt, @ingestedBy)`,
  ).run(record);
}

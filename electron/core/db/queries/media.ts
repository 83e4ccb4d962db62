import type { Db } from '../connection';
import { statement } from '../statements';
import { formatInfoSchema, provenanceSchema, type Damage, type MediaItem, type MediaKind, type Provenance } from '../../../../shared/domain/media';

/** All SQL about media blobs and what ingest learnt about them. */
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
  kind: MediaKind;
  duration_seconds: number | null;
  damage: string;
  damage_detail: string;
  format_info: string;
  provenance: string;
  notes: string;
  has_peaks: number;
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
    kind: row.kind,
    size: row.size,
    sha256: row.sha256,
    sha512: row.sha512,
    durationSeconds: row.duration_seconds,
    damage: row.damage === '' ? null : (row.damage as Damage),
    damageDetail: row.damage_detail,
    formatInfo: formatInfoSchema.parse(JSON.parse(row.format_info) as unknown),
    provenance: provenanceSchema.parse(JSON.parse(row.provenance) as unknown),
    notes: row.notes,
    hasPeaks: row.has_peaks === 1,
    createdAt: row.created_at,
    ingestedBy: row.ingested_by,
  };
}

export function toMediaItem(record: MediaRecord): MediaItem {
  const { blobPath: _blobPath, ...item } = record;
  return item;
}

const SELECT = 'SELECT m.*, EXISTS (SELECT 1 FROM media_peaks p WHERE p.media_id = m.id) AS has_peaks FROM media m';

export function listMedia(db: Db, testimonyId: string): MediaRecord[] {
  return statement<[string], MediaRow>(db, `${SELECT} WHERE m.testimony_id = ? ORDER BY m.created_at, m.original_name`).all(testimonyId).map(toRecord);
}

export function getMedia(db: Db, id: string): MediaRecord | undefined {
  const row = statement<[string], MediaRow>(db, `${SELECT} WHERE m.id = ?`).get(id);
  return row && toRecord(row);
}

export function allBlobPaths(db: Db): Set<string> {
  return new Set(statement<[], string>(db, 'SELECT blob_path FROM media').pluck().all());
}

export function insertMedia(db: Db, record: MediaRecord): void {
  statement(
    db,
    `INSERT INTO media (id, testimony_id, blob_path, original_name, content_type, size, sha256, sha512, created_at, ingested_by,
       kind, duration_seconds, damage, damage_detail, format_info, provenance, notes, updated_at)
     VALUES (@id, @testimonyId, @blobPath, @originalName, @contentType, @size, @sha256, @sha512, @createdAt, @ingestedBy,
       @kind, @durationSeconds, @damage, @damageDetail, @formatInfo, @provenance, @notes, @createdAt)`,
  ).run({
    ...record,
    damage: record.damage ?? '',
    formatInfo: JSON.stringify(record.formatInfo),
    provenance: JSON.stringify(record.provenance),
  });
}

export function updateMediaDescription(db: Db, id: string, provenance: Provenance, notes: string, now: string): void {
  statement(db, 'UPDATE media SET provenance = ?, notes = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(provenance), notes, now, id);
}

import type { Db } from '../connection';
import { statement } from '../statements';
import { segmentSchema, type Segment } from '../../../../shared/domain/media';

/** All SQL about waveform peaks and the segment index. */
export interface PeaksRow {
  bucketsPerSecond: number;
  channels: number;
  durationSeconds: number;
  data: Uint8Array<ArrayBuffer>;
}

export function getPeaks(db: Db, mediaId: string): PeaksRow | undefined {
  const row = statement<[string], { buckets_per_second: number; channels: number; duration_seconds: number; peaks: Buffer }>(
    db,
    'SELECT buckets_per_second, channels, duration_seconds, peaks FROM media_peaks WHERE media_id = ?',
  ).get(mediaId);
  return row && { bucketsPerSecond: row.buckets_per_second, channels: row.channels, durationSeconds: row.duration_seconds, data: new Uint8Array(row.peaks) };
}

export function putPeaks(db: Db, mediaId: string, peaks: PeaksRow, now: string): void {
  statement(
    db,
    `INSERT INTO media_peaks (media_id, buckets_per_second, channels, duration_seconds, peaks, created_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(media_id) DO UPDATE SET buckets_per_second = excluded.buckets_per_second, channels = excluded.channels,
       duration_seconds = excluded.duration_seconds, peaks = excluded.peaks, created_at = excluded.created_at`,
  ).run(mediaId, peaks.bucketsPerSecond, peaks.channels, peaks.durationSeconds, Buffer.from(peaks.data), now);
}

export function setMediaDuration(db: Db, mediaId: string, seconds: number): void {
  statement(db, 'UPDATE media SET duration_seconds = ? WHERE id = ? AND duration_seconds IS NULL').run(seconds, mediaId);
}

export function listSegments(db: Db, mediaId: string): Segment[] {
  return statement<[string], string>(db, 'SELECT data FROM segments WHERE media_id = ? ORDER BY start_s, end_s, id')
    .pluck()
    .all(mediaId)
    .map((data) => segmentSchema.parse(JSON.parse(data) as unknown));
}

export function getSegment(db: Db, id: string): Segment | undefined {
  const data = statement<[string], string>(db, 'SELECT data FROM segments WHERE id = ?').pluck().get(id);
  return data === undefined ? undefined : segmentSchema.parse(JSON.parse(data) as unknown);
}

export function putSegment(db: Db, segment: Segment, now: string): void {
  statement(
    db,
    `INSERT INTO segments (id, media_id, start_s, end_s, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET start_s = excluded.start_s, end_s = excluded.end_s, data = excluded.data, updated_at = excluded.updated_at`,
  ).run(segment.id, segment.mediaId, segment.start, segment.end, JSON.stringify(segment), now, now);
}

export function deleteSegment(db: Db, id: string): void {
  statement(db, 'DELETE FROM segments WHERE id = ?').run(id);
}

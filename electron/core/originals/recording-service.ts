import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { VaultError } from '../../../shared/errors';
import type { MediaItem } from '../../../shared/domain/media';
import { markerSchema } from '../../../shared/contract/media-operations';
import { getTestimony } from '../db/queries/testimonies';
import { toMediaItem } from '../db/queries/media';
import { putSegment } from '../db/queries/originals';
import { statement } from '../db/statements';
import { syncDirectory } from '../fs/atomic-write';
import { JournalWriter, readJournal } from '../media/recording-journal';
import { startIngestFrom, type IngestProgress } from '../media/ingest';
import type { VaultSession } from '../vault/session';

/**
 * Recording in the app: MediaRecorder's chunks (Opus in WebM) arrive one by one and are
 * encrypted and synced into a journal at once (media/recording-journal.ts). Finishing turns
 * the journal into an ordinary original (hashed, age-encrypted, audited) and the markers
 * dropped while recording into segments. If the app dies first, the journal stays; the next
 * unlock offers it to keep (finish) or discard.
 */
const markersSchema = z.array(markerSchema);
type Marker = z.infer<typeof markerSchema>;

interface RecordingRow {
  id: string;
  testimony_id: string;
  journal: string;
  journal_key: Buffer;
  mime_type: string;
  started_at: string;
  markers: string;
}

const RECORDINGS_DIR = path.join('blobs', 'recordings');

export class Recordings {
  /** Journals open for appending in this session (the others are interrupted recordings). */
  private readonly open = new Map<string, { writer: JournalWriter; nextSeq: number }>();

  constructor(private readonly session: VaultSession) {}

  private row(recordingId: string): RecordingRow {
    this.session.assertOpen();
    const row = statement<[string], RecordingRow>(this.session.db, 'SELECT * FROM recordings WHERE id = ?').get(recordingId);
    if (!row) throw new VaultError('NOT_FOUND', 'This recording does not exist (any more).');
    return row;
  }

  testimonyOf(recordingId: string): string {
    return this.row(recordingId).testimony_id;
  }

  private journalPath(row: RecordingRow): string {
    return path.join(this.session.dir, row.journal);
  }

  async start(testimonyId: string, mimeType: string): Promise<string> {
    const db = this.session.db;
    if (!getTestimony(db, testimonyId)) throw new VaultError('NOT_FOUND', 'This testimony does not exist.');
    const id = randomUUID();
    const journal = path.join(RECORDINGS_DIR, `${id}.journal`);
    await fs.mkdir(path.join(this.session.dir, RECORDINGS_DIR), { recursive: true, mode: 0o700 });
    const key = randomBytes(32);
    await this.session.commit((record) => {
      statement(db, 'INSERT INTO recordings (id, testimony_id, journal, journal_key, mime_type, started_by, started_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        id,
        testimonyId,
        journal,
        key,
        mimeType,
        this.session.user.id,
        this.session.now(),
      );
      record({ type: 'creation', objectType: 'recording', objectId: id, detail: { testimonyId } });
    });
    const writer = await JournalWriter.open(path.join(this.session.dir, journal), id, key, 0);
    key.fill(0);
    await syncDirectory(path.join(this.session.dir, RECORDINGS_DIR));
    this.open.set(id, { writer, nextSeq: 0 });
    return id;
  }

  /** Chunks must come in order; a gap or a repeat means the renderer lost track, and is refused. */
  async chunk(recordingId: string, seq: number, data: Uint8Array): Promise<void> {
    this.row(recordingId);
    const active = this.open.get(recordingId);
    if (!active) throw new VaultError('NOT_FOUND', 'This recording is not being made (it was interrupted or finished).');
    if (seq !== active.nextSeq) {
      throw new VaultError('BAD_INPUT', `Invalid seq: chunk ${active.nextSeq} was expected, ${seq} arrived.`, { field: 'seq', expected: active.nextSeq });
    }
    await active.writer.append(data);
    active.nextSeq++;
  }

  async marker(recordingId: string, marker: Marker): Promise<void> {
    const row = this.row(recordingId);
    const markers = [...markersSchema.parse(JSON.parse(row.markers) as unknown), marker].sort((a, b) => a.seconds - b.seconds);
    statement(this.session.db, 'UPDATE recordings SET markers = ? WHERE id = ?').run(JSON.stringify(markers), recordingId);
  }

  private async closeWriter(recordingId: string): Promise<void> {
    const active = this.open.get(recordingId);
    this.open.delete(recordingId);
    await active?.writer.close();
  }

  /**
   * Turns the journal into an original. Works for a recording of this session and for an
   * interrupted one (everything up to the last complete chunk is kept).
   */
  async finish(recordingId: string, onProgress: (p: IngestProgress) => void = () => undefined): Promise<{ media: MediaItem; segments: number }> {
    const row = this.row(recordingId);
    await this.closeWriter(recordingId);
    const journal = this.journalPath(row);
    const stat = await fs.stat(journal).catch(() => null);
    if (!stat) throw new VaultError('NOT_FOUND', 'The recording has no data left.');
    const markers = markersSchema.parse(JSON.parse(row.markers) as unknown);
    const fileName = `recording-${row.started_at.replace(/[:.]/g, '-')}.webm`;
    let segments = 0;
    const job = await startIngestFrom(
      this.session,
      row.testimony_id,
      { kind: 'journal', path: journal, recordingId, key: new Uint8Array(row.journal_key) },
      fileName,
      stat.size,
      onProgress,
      (media) => {
        // Markers dropped while recording become segments: each runs to the next marker.
        markers.forEach((marker, i) => {
          const end = markers[i + 1]?.seconds ?? Math.max(marker.seconds + 1, media.durationSeconds ?? marker.seconds + 1);
          if (end <= marker.seconds) return;
          const now = this.session.now();
          putSegment(this.session.db, { id: randomUUID(), mediaId: media.id, start: marker.seconds, end, title: marker.label, keywords: [], synopsis: '', note: '' }, now);
          segments++;
        });
        statement(this.session.db, 'DELETE FROM recordings WHERE id = ?').run(recordingId);
      },
    );
    const record = await job.done;
    await fs.rm(journal, { force: true });
    return { media: toMediaItem(record), segments };
  }

  async discard(recordingId: string): Promise<void> {
    const row = this.row(recordingId);
    await this.closeWriter(recordingId);
    await this.session.commit((record) => {
      statement(this.session.db, 'DELETE FROM recordings WHERE id = ?').run(recordingId);
      record({ type: 'deletion', objectType: 'recording', objectId: recordingId, detail: { testimonyId: row.testimony_id } });
    });
    await fs.rm(this.journalPath(row), { force: true });
  }

  /** Recordings whose journal outlived the session that made them (a crash, a lock mid-recording). */
  async interrupted(): Promise<{ recordingId: string; testimonyId: string; testimonyCode: string; startedAt: string; bytes: number; chunks: number; markers: number }[]> {
    this.session.assertOpen();
    const rows = statement<[], RecordingRow & { code: string }>(
      this.session.db,
      'SELECT r.*, t.code FROM recordings r JOIN testimonies t ON t.id = r.testimony_id ORDER BY r.started_at',
    ).all();
    const out = [];
    for (const row of rows.filter((r) => !this.open.has(r.id))) {
      let bytes = 0;
      let chunks = 0;
      const journal = this.journalPath(row);
      if (await fs.stat(journal).catch(() => null)) {
        const read = await readJournal(journal, row.id, new Uint8Array(row.journal_key), () => undefined);
        bytes = read.bytes;
        chunks = read.records;
      }
      out.push({
        recordingId: row.id,
        testimonyId: row.testimony_id,
        testimonyCode: row.code,
        startedAt: row.started_at,
        bytes,
        chunks,
        markers: markersSchema.parse(JSON.parse(row.markers) as unknown).length,
      });
    }
    return out;
  }

  async close(): Promise<void> {
    for (const id of [...this.open.keys()]) await this.closeWriter(id);
  }
}

import { randomUUID } from 'node:crypto';
import type { AuditEventInput } from './audit-log';
import { provenanceSchema } from '../../../shared/domain/media';
import type { Db } from '../db/connection';
import { insertMedia, type MediaRecord } from '../db/queries/media';
import { insertPerson } from '../db/queries/people';
import { saveConsent, saveOverview, saveSource, upsertEvent, upsertLink, upsertSession } from '../db/queries/records';
import { insertTestimony } from '../db/queries/testimonies';
import { insertTranscript, insertVersion } from '../db/queries/transcripts';
import { reindexTranscripts } from '../originals/transcripts-service';
import { edtfBounds, refreshDerived } from '../records/record-store';
import type { ImportedBlob } from './package-import-blob';
import { originalProvenance, testimonySource, type PackageOrigin } from './package-import-provenance';
import type { TestimonyPlan } from './package-import-records';
import type { PackageEvent } from './package-verify-audit';

/**
 * The database side of an import, run inside the one transaction that records it: testimonies
 * under new ids (sessions and events too), people not yet known, originals pointing at blobs
 * already encrypted to each testimony's new identity, latest transcripts, and the audit events
 * (creation per testimony, ingestion per original) that say they came from this package.
 */
export type RecordEvent = (event: Omit<AuditEventInput, 'actor'>) => void;

export interface TestimonyWrite {
  plan: TestimonyPlan;
  identity: string;
  recipient: string;
  /** The encrypted originals, with the sender's media id each came from. */
  originals: { senderMediaId: string; blob: ImportedBlob; sha512: string }[];
}

export interface WriteContext {
  db: Db;
  now: string;
  userId: string;
  origin: PackageOrigin;
  events: readonly PackageEvent[];
  record: RecordEvent;
}

const via = (origin: PackageOrigin) => ({ via: 'custody package', bagId: origin.bagId });

export function writePerson(ctx: WriteContext, person: Parameters<typeof insertPerson>[1]): void {
  insertPerson(ctx.db, person, ctx.now);
  ctx.record({ type: 'creation', objectType: 'person', objectId: person.id, detail: via(ctx.origin) });
}

/** Writes one testimony; returns its new id and the new ids of its originals. */
export function writeTestimony(ctx: WriteContext, write: TestimonyWrite): { id: string; media: MediaRecord[] } {
  const { db, now, origin } = ctx;
  const { record } = write.plan;
  const id = randomUUID();
  const code = record.code.normalize('NFC');
  const title = record.title.normalize('NFC');
  insertTestimony(db, { id, code, title, now, identity: write.identity, recipient: write.recipient });
  saveOverview(db, id, { ...record, code, title }, now);
  // Objects of this testimony in the sender's log: the testimony, its sessions and events.
  const own = new Set([record.id, ...record.sessions.map((s) => s.id), ...record.events.map((e) => e.id)]);
  saveSource(db, id, testimonySource(record.source, record.id, record.createdAt, ctx.events.filter((e) => own.has(e.object.id)), origin), now);
  saveConsent(db, id, record.consent, now);
  for (const s of record.sessions) {
    const session = { ...s, id: randomUUID() };
    upsertSession(db, id, session, edtfBounds(session.date));
  }
  for (const link of record.people) upsertLink(db, id, link);
  for (const e of record.events) {
    const event = { ...e, id: randomUUID() };
    upsertEvent(db, id, event, edtfBounds(event.date));
  }
  ctx.record({ type: 'creation', objectType: 'testimony', objectId: id, detail: via(origin) });

  const mediaIds = new Map<string, string>();
  const media: MediaRecord[] = [];
  for (const { senderMediaId, blob, sha512 } of write.originals) {
    const sender = write.plan.media.get(senderMediaId)!;
    const item: MediaRecord = {
      id: blob.mediaId,
      testimonyId: id,
      blobPath: blob.relative,
      originalName: sender.originalName,
      contentType: sender.contentType,
      kind: sender.kind,
      size: blob.size,
      sha256: sender.sha256,
      sha512,
      durationSeconds: sender.durationSeconds,
      damage: sender.damage,
      damageDetail: sender.damageDetail,
      formatInfo: sender.formatInfo,
      provenance: provenanceSchema.parse(originalProvenance(sender, ctx.events.filter((e) => e.object.id === senderMediaId), origin)),
      notes: sender.notes,
      hasPeaks: false,
      createdAt: now,
      ingestedBy: ctx.userId,
    };
    insertMedia(db, item);
    mediaIds.set(senderMediaId, item.id);
    media.push(item);
    ctx.record({
      type: 'ingestion',
      objectType: 'media',
      objectId: item.id,
      detail: { testimonyId: id, size: item.size, contentType: item.contentType, sha256: item.sha256, sha512: item.sha512, ...via(origin), senderMediaId },
    });
  }

  // Transcripts before the translations that point at them.
  const transcriptIds = new Map<string, string>();
  const ordered = [...write.plan.transcripts].sort((a, b) => (a.info.kind === b.info.kind ? 0 : a.info.kind === 'transcript' ? -1 : 1));
  for (const { info, paragraphs } of ordered) {
    const transcriptId = randomUUID();
    transcriptIds.set(info.id, transcriptId);
    const mediaId = info.mediaId ? (mediaIds.get(info.mediaId) ?? null) : null;
    const sourceId = info.sourceId ? (transcriptIds.get(info.sourceId) ?? null) : null;
    insertTranscript(db, { id: transcriptId, testimonyId: id, mediaId, kind: info.kind, language: info.language, sourceId, createdAt: now });
    insertVersion(db, transcriptId, 1, ctx.userId, now, paragraphs, null);
    ctx.record({ type: 'creation', objectType: info.kind, objectId: transcriptId, detail: { testimonyId: id, language: info.language, ...via(origin) } });
  }
  // The list row first: the transcript index rows hang off its number.
  refreshDerived(db, id);
  reindexTranscripts(db, id);
  return { id, media };
}

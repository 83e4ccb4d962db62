import type { Db } from '../db/connection';
import { statement } from '../db/statements';
import { VaultError } from '../../../shared/errors';
import { parseRedactionDocument } from '../../../shared/redaction/document';
import { RedactionError, type RedactionDocument } from '../../../shared/redaction/types';
import {
  publicationDetailsSchema,
  type Narrative,
  type NarrativeHistoryItem,
  type NarrativeSource,
  type NarrativeStatus,
  type NarrativeSummary,
  type PublicationDetails,
  type UserRef,
} from '../../../shared/contract/publish-operations';

/** All SQL about narratives and their history. The document is JSON, parsed by the engine on every read. */

interface NarrativeRow {
  id: string;
  testimony_id: string;
  title: string;
  language: 'ar' | 'en';
  source_kind: NarrativeSource['kind'];
  source_transcript_id: string | null;
  source_version: number | null;
  status: NarrativeStatus;
  version: number;
  document: string;
  publication: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  last_editor: string;
  submitted_by: string | null;
  submitted_at: string | null;
  approved_by: string | null;
  approved_at: string | null;
  published_at: string | null;
}

/** The stored form of a narrative, before user names are looked up. */
export interface NarrativeRecord {
  readonly id: string;
  readonly testimonyId: string;
  readonly title: string;
  readonly language: 'ar' | 'en';
  readonly source: NarrativeSource;
  readonly status: NarrativeStatus;
  readonly version: number;
  readonly document: RedactionDocument;
  readonly publication: PublicationDetails;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
  readonly lastEditor: string;
  readonly submittedBy: string | null;
  readonly submittedAt: string | null;
  readonly approvedBy: string | null;
  readonly approvedAt: string | null;
  readonly publishedAt: string | null;
}

/**
 * A stored document that no longer parses is damage (or a bug), not the user's input: say so
 * with the engine's message, which names ids and offsets only.
 */
function parseStoredDocument(json: string): RedactionDocument {
  try {
    return parseRedactionDocument(JSON.parse(json) as unknown);
  } catch (error) {
    const detail = error instanceof RedactionError ? error.message : 'not JSON';
    throw new VaultError('DATABASE_CORRUPT', `A stored narrative cannot be read: ${detail}`);
  }
}

function toRecord(r: NarrativeRow): NarrativeRecord {
  return {
    id: r.id,
    testimonyId: r.testimony_id,
    title: r.title,
    language: r.language,
    source: { kind: r.source_kind, transcriptId: r.source_transcript_id, transcriptVersion: r.source_version },
    status: r.status,
    version: r.version,
    document: parseStoredDocument(r.document),
    publication: publicationDetailsSchema.parse(JSON.parse(r.publication) as unknown),
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    lastEditor: r.last_editor,
    submittedBy: r.submitted_by,
    submittedAt: r.submitted_at,
    approvedBy: r.approved_by,
    approvedAt: r.approved_at,
    publishedAt: r.published_at,
  };
}

export function findNarrative(db: Db, id: string): NarrativeRecord | undefined {
  const row = statement<[string], NarrativeRow>(db, 'SELECT * FROM narratives WHERE id = ?').get(id);
  return row && toRecord(row);
}

export function requireNarrative(db: Db, id: string): NarrativeRecord {
  const found = findNarrative(db, id);
  if (!found) throw new VaultError('NOT_FOUND', 'This narrative does not exist.');
  return found;
}

export function listNarrativeRecords(db: Db, testimonyId: string): NarrativeRecord[] {
  return statement<[string], NarrativeRow>(db, 'SELECT * FROM narratives WHERE testimony_id = ? ORDER BY created_at, id').all(testimonyId).map(toRecord);
}

export function insertNarrative(db: Db, n: NarrativeRecord): void {
  statement(
    db,
    `INSERT INTO narratives (id, testimony_id, title, language, source_kind, source_transcript_id, source_version, status, version,
       document, publication, created_at, created_by, updated_at, last_editor)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    n.id,
    n.testimonyId,
    n.title,
    n.language,
    n.source.kind,
    n.source.transcriptId,
    n.source.transcriptVersion,
    n.status,
    n.version,
    JSON.stringify(n.document),
    JSON.stringify(n.publication),
    n.createdAt,
    n.createdBy,
    n.updatedAt,
    n.lastEditor,
  );
}

/** Writes every mutable column of a narrative (the caller computed the new state). */
export function updateNarrative(db: Db, n: NarrativeRecord): void {
  statement(
    db,
    `UPDATE narratives SET title = ?, status = ?, version = ?, document = ?, publication = ?, updated_at = ?, last_editor = ?,
       submitted_by = ?, submitted_at = ?, approved_by = ?, approved_at = ?, published_at = ? WHERE id = ?`,
  ).run(
    n.title,
    n.status,
    n.version,
    JSON.stringify(n.document),
    JSON.stringify(n.publication),
    n.updatedAt,
    n.lastEditor,
    n.submittedBy,
    n.submittedAt,
    n.approvedBy,
    n.approvedAt,
    n.publishedAt,
    n.id,
  );
}

export function appendHistory(db: Db, narrativeId: string, item: { action: NarrativeHistoryItem['action']; actor: string; at: string; version: number; note?: string }): void {
  statement(
    db,
    `INSERT INTO narrative_history (narrative_id, seq, action, actor, at, version, note)
     VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM narrative_history WHERE narrative_id = ?), ?, ?, ?, ?, ?)`,
  ).run(narrativeId, narrativeId, item.action, item.actor, item.at, item.version, item.note ?? '');
}

function userRef(db: Db, id: string): UserRef {
  const name = statement<[string], { display_name: string }>(db, 'SELECT display_name FROM users WHERE id = ?').get(id)?.display_name;
  return { id, name: name ?? id };
}

export function listHistory(db: Db, narrativeId: string): NarrativeHistoryItem[] {
  return statement<[string], { action: NarrativeHistoryItem['action']; actor: string; at: string; version: number; note: string }>(
    db,
    'SELECT action, actor, at, version, note FROM narrative_history WHERE narrative_id = ? ORDER BY seq',
  )
    .all(narrativeId)
    .map((h) => ({ action: h.action, actor: userRef(db, h.actor), at: h.at, version: h.version, note: h.note }));
}

export function toSummary(db: Db, n: NarrativeRecord): NarrativeSummary {
  const ref = (id: string | null) => (id === null ? null : userRef(db, id));
  return {
    id: n.id,
    testimonyId: n.testimonyId,
    title: n.title,
    language: n.language,
    source: n.source,
    status: n.status,
    version: n.version,
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
    lastEditor: userRef(db, n.lastEditor),
    submittedBy: ref(n.submittedBy),
    submittedAt: n.submittedAt,
    approvedBy: ref(n.approvedBy),
    approvedAt: n.approvedAt,
    publishedAt: n.publishedAt,
    redactionCount: n.document.redactions.length,
  };
}

export function toNarrative(db: Db, n: NarrativeRecord): Narrative {
  return { ...toSummary(db, n), publication: n.publication, document: n.document, history: listHistory(db, n.id) };
}

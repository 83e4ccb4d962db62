import { randomUUID } from 'node:crypto';
import { VaultError } from '../../../shared/errors';
import { assertSoundDocument } from '../../../shared/redaction/document';
import { RedactionError, redactionDocumentSchema, type RedactionDocument } from '../../../shared/redaction/types';
import type { Narrative, NarrativeHistoryItem, NarrativeStatus, NarrativeSummary, PublicationDetails } from '../../../shared/contract/publish-operations';
import { getTranscript, getVersion } from '../db/queries/transcripts';
import { requireRecord } from '../records/record-store';
import type { VaultSession } from '../vault/session';
import { appendHistory, insertNarrative, listNarrativeRecords, requireNarrative, toNarrative, toSummary, updateNarrative, type NarrativeRecord } from './narrative-store';

/**
 * Narratives and their review workflow (issue 6): draft → submitted → approved → published.
 * Every write checks, inside its transaction, that the narrative is still at the version the
 * person looked at (so nobody approves or publishes text they did not see), writes, and
 * appends a history line and an audit event with the session's user as actor. Audit details
 * hold versions, statuses and counts only: never the text or a name.
 */

type Action = NarrativeHistoryItem['action'];

export function listNarratives(session: VaultSession, testimonyId: string): NarrativeSummary[] {
  requireRecord(session.db, testimonyId);
  return listNarrativeRecords(session.db, testimonyId).map((n) => toSummary(session.db, n));
}

export function getNarrative(session: VaultSession, narrativeId: string): Narrative {
  session.assertOpen();
  return toNarrative(session.db, requireNarrative(session.db, narrativeId));
}

/** Offsets are checked by the engine; its message names ids and offsets, never text. */
export function soundDocument(doc: RedactionDocument): RedactionDocument {
  try {
    assertSoundDocument(doc);
  } catch (error) {
    if (error instanceof RedactionError) throw new VaultError('BAD_INPUT', error.message, { reason: error.code });
    throw error;
  }
  return doc;
}

function textOfTranscript(session: VaultSession, testimonyId: string, transcriptId: string, version: number | undefined) {
  const info = getTranscript(session.db, transcriptId);
  if (!info || info.testimonyId !== testimonyId) throw new VaultError('NOT_FOUND', 'This transcript does not exist in this testimony.');
  const wanted = version ?? info.latestVersion;
  const found = wanted > 0 ? getVersion(session.db, transcriptId, wanted) : undefined;
  if (!found) throw new VaultError('NOT_FOUND', `The transcript has no version ${wanted}.`);
  // One paragraph per block, as the transcript shows them; speakers and time codes stay behind.
  const text = found.paragraphs.map((p) => p.text.trim()).filter((t) => t !== '').join('\n\n');
  return { kind: info.kind, version: wanted, text };
}

export async function createNarrative(
  session: VaultSession,
  input: { testimonyId: string; title: string; language: 'ar' | 'en'; from: { transcriptId: string; version?: number | undefined } | null },
): Promise<Narrative> {
  requireRecord(session.db, input.testimonyId);
  const from = input.from === null ? null : textOfTranscript(session, input.testimonyId, input.from.transcriptId, input.from.version);
  const now = session.now();
  const user = session.user.id;
  const record: NarrativeRecord = {
    id: randomUUID(),
    testimonyId: input.testimonyId,
    title: input.title.normalize('NFC'),
    language: input.language,
    source: from === null ? { kind: 'written', transcriptId: null, transcriptVersion: null } : { kind: from.kind, transcriptId: input.from!.transcriptId, transcriptVersion: from.version },
    status: 'draft',
    version: 1,
    document: redactionDocumentSchema.parse({ text: from?.text ?? '' }),
    publication: { description: '', rights: '', publisher: '' },
    createdAt: now,
    createdBy: user,
    updatedAt: now,
    lastEditor: user,
    submittedBy: null,
    submittedAt: null,
    approvedBy: null,
    approvedAt: null,
    publishedAt: null,
  };
  await session.commit((audit) => {
    insertNarrative(session.db, record);
    appendHistory(session.db, record.id, { action: 'created', actor: user, at: now, version: 1 });
    audit({
      type: 'creation',
      objectType: 'narrative',
      objectId: record.id,
      detail: { testimony: input.testimonyId, source: record.source.kind, sourceVersion: record.source.transcriptVersion, language: input.language },
    });
  });
  return getNarrative(session, record.id);
}

function checkVersion(n: NarrativeRecord, expected: number): void {
  if (n.version !== expected)
    throw new VaultError('CONFLICT', `The narrative was saved again in the meantime (version ${n.version}, you had version ${expected}). Reload it first.`, {
      version: n.version,
    });
}

function checkStatus(n: NarrativeRecord, allowed: readonly NarrativeStatus[], doing: string): void {
  if (!allowed.includes(n.status))
    throw new VaultError('CONFLICT', `A ${n.status} narrative cannot be ${doing}; it must be ${allowed.join(' or ')}.`, { status: n.status });
}

/**
 * Reads, checks and writes in one transaction with its audit event: two people acting on the
 * same narrative at once cannot both pass the version check.
 */
async function change(
  session: VaultSession,
  narrativeId: string,
  expectedVersion: number,
  step: (n: NarrativeRecord, now: string) => { next: NarrativeRecord; action: Action; note?: string; detail: Record<string, string | number | null> },
): Promise<Narrative> {
  await session.commit((audit) => {
    const n = requireNarrative(session.db, narrativeId);
    checkVersion(n, expectedVersion);
    const now = session.now();
    const { next, action, note, detail } = step(n, now);
    updateNarrative(session.db, next);
    appendHistory(session.db, n.id, { action, actor: session.user.id, at: now, version: next.version, note: note ?? '' });
    audit({
      type: action === 'saved' ? 'redaction' : action === 'exported' ? 'dissemination' : 'modification',
      objectType: 'narrative',
      objectId: n.id,
      detail: { action, testimony: n.testimonyId, version: next.version, from: n.status, to: next.status, ...detail },
    });
  });
  return getNarrative(session, narrativeId);
}

/** A reviewed state no longer holds after an edit: back to draft, review to do again. */
const cleared = { submittedBy: null, submittedAt: null, approvedBy: null, approvedAt: null } as const;

export async function saveNarrative(
  session: VaultSession,
  input: { narrativeId: string; expectedVersion: number; title: string; publication: PublicationDetails; document: RedactionDocument },
): Promise<Narrative> {
  const document = soundDocument(input.document);
  return await change(session, input.narrativeId, input.expectedVersion, (n, now) => ({
    next: {
      ...n,
      ...cleared,
      title: input.title.normalize('NFC'),
      publication: input.publication,
      document,
      status: 'draft',
      version: n.version + 1,
      updatedAt: now,
      lastEditor: session.user.id,
    },
    action: 'saved',
    detail: { redactions: document.redactions.length, rejections: document.rejections.length, characters: document.text.length },
  }));
}

export function submitNarrative(session: VaultSession, narrativeId: string, expectedVersion: number): Promise<Narrative> {
  return change(session, narrativeId, expectedVersion, (n, now) => {
    checkStatus(n, ['draft'], 'submitted for review');
    return { next: { ...n, status: 'submitted', submittedBy: session.user.id, submittedAt: now }, action: 'submitted', detail: {} };
  });
}

export function approveNarrative(session: VaultSession, narrativeId: string, expectedVersion: number): Promise<Narrative> {
  return change(session, narrativeId, expectedVersion, (n, now) => {
    checkStatus(n, ['submitted'], 'approved');
    // Four eyes: whoever wrote the current text cannot be the one who clears it for publication.
    if (n.lastEditor === session.user.id)
      throw new VaultError('BAD_INPUT', 'You saved this version last; a different person must review and approve it.', { reason: 'same-editor' });
    return { next: { ...n, status: 'approved', approvedBy: session.user.id, approvedAt: now }, action: 'approved', detail: {} };
  });
}

export function returnToDraft(session: VaultSession, narrativeId: string, expectedVersion: number, note: string): Promise<Narrative> {
  return change(session, narrativeId, expectedVersion, (n) => {
    checkStatus(n, ['submitted', 'approved'], 'returned to draft');
    // The note is the reviewer's words about the text: kept with the narrative, not in the audit log.
    return { next: { ...n, ...cleared, status: 'draft' }, action: 'returned', note, detail: { noted: note.trim() === '' ? 0 : 1 } };
  });
}

/**
 * After a publication was written: the export is recorded (history and a dissemination event
 * naming the version that left the vault) even if someone saved a newer version while the
 * folder dialog was open; only a narrative still at that version becomes published.
 */
export async function markPublished(session: VaultSession, narrativeId: string, exportedVersion: number, detail: Record<string, string | number | null>): Promise<Narrative> {
  await session.commit((audit) => {
    const n = requireNarrative(session.db, narrativeId);
    const now = session.now();
    const current = n.version === exportedVersion && (n.status === 'approved' || n.status === 'published');
    if (current) updateNarrative(session.db, { ...n, status: 'published', publishedAt: now });
    appendHistory(session.db, n.id, { action: 'exported', actor: session.user.id, at: now, version: exportedVersion });
    audit({
      type: 'dissemination',
      objectType: 'narrative',
      objectId: n.id,
      detail: { action: 'exported', testimony: n.testimonyId, version: exportedVersion, from: n.status, to: current ? 'published' : n.status, ...detail },
    });
  });
  return getNarrative(session, narrativeId);
}

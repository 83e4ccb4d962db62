import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { RedactionDocument } from '../../../../shared/redaction/types';
import {
  approveNarrative,
  createNarrative,
  getNarrative,
  listNarratives,
  returnToDraft,
  saveNarrative,
  submitNarrative,
} from '../../../../electron/core/publish/narratives';
import { newVault } from '../../helpers/vault';
import { asUser, draftWithRedactions, publishFixture } from './publish-fixture';

const blank = { description: '', rights: '', publisher: '' };

type AuditRow = { type: string; actor: string; object_type: string; object_id: string; detail: string };
const auditOf = (db: { prepare(sql: string): { all(...a: unknown[]): unknown[] } }, id: string) =>
  db.prepare('SELECT type, actor, object_type, object_id, detail FROM audit_events WHERE object_id = ? ORDER BY seq').all(id) as AuditRow[];

describe('narrative review workflow', () => {
  it('goes draft → submitted → approved, approved by someone other than the last editor, each step audited with its actor', async () => {
    const { session, narrative } = await draftWithRedactions();
    expect(narrative).toMatchObject({ status: 'draft', version: 2, lastEditor: { id: session.user.id } });
    expect(narrative.redactionCount).toBeGreaterThan(5);

    const submitted = await submitNarrative(session, narrative.id, 2);
    expect(submitted).toMatchObject({ status: 'submitted', submittedBy: { id: session.user.id } });

    // The editor who saved last cannot approve their own text.
    await expect(approveNarrative(session, narrative.id, 2)).rejects.toMatchObject({ code: 'BAD_INPUT', details: { reason: 'same-editor' } });
    expect(getNarrative(session, narrative.id).status).toBe('submitted');

    const reviewer = asUser(session, 'reviewer-1', 'Reviewer');
    const approved = await approveNarrative(reviewer, narrative.id, 2);
    expect(approved).toMatchObject({ status: 'approved', approvedBy: { id: 'reviewer-1', name: 'Reviewer' }, version: 2 });
    expect(approved.history.map((h) => [h.action, h.actor.id])).toEqual([
      ['created', session.user.id],
      ['saved', session.user.id],
      ['submitted', session.user.id],
      ['approved', 'reviewer-1'],
    ]);

    const audit = auditOf(session.db, narrative.id);
    expect(audit.map((a) => [a.type, a.actor])).toEqual([
      ['creation', session.user.id],
      ['redaction', session.user.id],
      ['modification', session.user.id],
      ['modification', 'reviewer-1'],
    ]);
    expect(JSON.parse(audit[3]!.detail)).toMatchObject({ action: 'approved', from: 'submitted', to: 'approved', version: 2 });
    // Details carry counts and states, never the text or a name.
    for (const a of audit) {
      expect(a.detail).not.toContain('خالد');
      expect(a.detail).not.toContain('Samer');
    }
    expect(await session.audit.verify()).toMatchObject({ ok: true });
    await session.close();
  });

  it('returns an approved narrative to draft when anyone edits it, and the new editor cannot approve it', async () => {
    const { session, narrative } = await draftWithRedactions();
    const reviewer = asUser(session, 'reviewer-2', 'Reviewer');
    await submitNarrative(session, narrative.id, 2);
    await approveNarrative(reviewer, narrative.id, 2);

    // The reviewer fixes a typo after approving: the text is new, so the review starts over.
    const edited = await saveNarrative(reviewer, { narrativeId: narrative.id, expectedVersion: 2, title: 'شهادة زوجة', publication: blank, document: narrative.document });
    expect(edited).toMatchObject({ status: 'draft', version: 3, approvedBy: null, submittedBy: null, lastEditor: { id: 'reviewer-2' } });

    await submitNarrative(reviewer, narrative.id, 3);
    await expect(approveNarrative(reviewer, narrative.id, 3)).rejects.toMatchObject({ details: { reason: 'same-editor' } });
    // Now the first editor is the second pair of eyes.
    expect(await approveNarrative(session, narrative.id, 3)).toMatchObject({ status: 'approved', approvedBy: { id: session.user.id } });
    await session.close();
  });

  it('refuses stale versions and wrong states with CONFLICT, and a reviewer can send it back with a note', async () => {
    const { session, narrative } = await draftWithRedactions();
    await expect(submitNarrative(session, narrative.id, 1)).rejects.toMatchObject({ code: 'CONFLICT', details: { version: 2 } });
    await expect(saveNarrative(session, { narrativeId: narrative.id, expectedVersion: 1, title: 'x', publication: blank, document: narrative.document })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(approveNarrative(asUser(session, 'r', 'R'), narrative.id, 2)).rejects.toMatchObject({ code: 'CONFLICT', details: { status: 'draft' } });
    await expect(returnToDraft(session, narrative.id, 2, '')).rejects.toMatchObject({ code: 'CONFLICT' });

    await submitNarrative(session, narrative.id, 2);
    const back = await returnToDraft(asUser(session, 'r', 'R'), narrative.id, 2, 'الاسم الثاني للزوج ما زال ظاهراً');
    expect(back.status).toBe('draft');
    expect(back.history.at(-1)).toMatchObject({ action: 'returned', actor: { id: 'r' }, note: 'الاسم الثاني للزوج ما زال ظاهراً' });
    expect(auditOf(session.db, narrative.id).at(-1)!.detail).not.toContain('الزوج');
    await session.close();
  });

  it('refuses a document whose spans overlap or run past the text, naming the problem, and saves nothing', async () => {
    const { session, narrative } = await draftWithRedactions();
    const bad: RedactionDocument = {
      ...narrative.document,
      redactions: [
        { id: 'a', start: 0, end: 4, entityId: null, category: 'other', policy: 'label', replacement: null },
        { id: 'b', start: 2, end: 6, entityId: null, category: 'other', policy: 'label', replacement: null },
      ],
    };
    await expect(saveNarrative(session, { narrativeId: narrative.id, expectedVersion: 2, title: 't', publication: blank, document: bad })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      details: { reason: 'overlap' },
    });
    const past: RedactionDocument = { ...narrative.document, redactions: [{ id: 'c', start: 5, end: 999_999, entityId: null, category: 'other', policy: 'label', replacement: null }] };
    await expect(saveNarrative(session, { narrativeId: narrative.id, expectedVersion: 2, title: 't', publication: blank, document: past })).rejects.toMatchObject({
      details: { reason: 'out-of-range' },
    });
    expect(getNarrative(session, narrative.id).version).toBe(2);
    await session.close();
  });

  it('creates a narrative from a transcript version, remembering which, and lists narratives per testimony', async () => {
    const { session } = await newVault();
    const fx = await publishFixture(session);
    const { createTranscript, saveTranscript } = await import('../../../../electron/core/originals/transcripts-service');
    const t = await createTranscript(session, { testimonyId: fx.testimony.id, mediaId: null, kind: 'transcript', language: 'ar', sourceId: null });
    await saveTranscript(session, t.id, 0, [
      { id: randomUUID(), start: 0, speaker: 'A', text: 'الفقرة الأولى' },
      { id: randomUUID(), start: 5, speaker: 'B', text: 'الفقرة الثانية' },
    ]);
    const n = await createNarrative(session, { testimonyId: fx.testimony.id, title: 'من النص', language: 'ar', from: { transcriptId: t.id } });
    expect(n.source).toEqual({ kind: 'transcript', transcriptId: t.id, transcriptVersion: 1 });
    expect(n.document.text).toBe('الفقرة الأولى\n\nالفقرة الثانية');
    await expect(createNarrative(session, { testimonyId: fx.testimony.id, title: 'x', language: 'ar', from: { transcriptId: t.id, version: 7 } })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(listNarratives(session, fx.testimony.id).map((s) => s.id)).toEqual([n.id]);
    await session.close();
  });
});

import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eventSchema, interviewSessionSchema, testimonyOverviewSchema } from '../../../../shared/domain/record';
import { grantedScopes } from '../../../../shared/domain/consent';
import { createTestimony } from '../../../../electron/core/records/testimonies';
import { createPerson, findPeople, updatePersonDetails } from '../../../../electron/core/records/people-service';
import { linkPerson, saveEvent, unlinkPerson, updateConsent, updateOverview, withdrawConsent } from '../../../../electron/core/records/record-service';
import { recordView } from '../../../../electron/core/records/record-view';
import { personIdentitySchema } from '../../../../shared/domain/record';
import { newVault } from '../../helpers/vault';
import { arabicTestimony } from './record-fixture';

describe('testimony record', () => {
  it('stores every section and reads it back whole, with its checklist', async () => {
    const { session } = await newVault();
    const { testimony, survivor, event } = await arabicTestimony(session);
    const view = recordView(session, testimony.id);
    expect(view.record.summary).toContain('تعذيب');
    expect(view.record.sessions[0]).toMatchObject({ date: '2024-03~', interviewers: ['ليلى'] });
    expect(view.record.events[0]).toMatchObject({ id: event.id, actType: 'arbitrary-detention', victims: [survivor.id] });
    expect(view.people.map((p) => p.code).sort()).toEqual([`P-SY-2024-001`, `W-SY-2024-001`]);
    expect(view.people.find((p) => p.id === survivor.id)?.identity.legalName).toBe('أحمد مُصْطَفى الحلبي');
    const missing = view.completeness.filter((c) => !c.done).map((c) => c.item);
    expect(missing).toEqual(expect.arrayContaining(['sourceReliability', 'original']));
    expect(missing).not.toContain('consentToShare');
    expect(missing).not.toContain('interviewDate');
    await session.close();
  });

  it('records each change as an audit event naming the section and fields, never the values', async () => {
    const { session } = await newVault();
    const { testimony } = await arabicTestimony(session);
    const details = session.db.prepare("SELECT detail FROM audit_events WHERE type = 'modification'").pluck().all() as string[];
    const parsed = details.map((d) => JSON.parse(d) as { section?: string; fields?: string });
    expect(parsed.some((d) => d.section === 'overview' && String(d.fields).includes('summary'))).toBe(true);
    for (const d of details) {
      expect(d).not.toContain('التعذيب');
      expect(d).not.toContain('أحمد');
    }
    expect(await session.audit.verify()).toMatchObject({ ok: true });
    // A save that changes nothing records nothing.
    const before = session.db.prepare('SELECT count(*) FROM audit_events').pluck().get();
    await updateOverview(session, testimony.id, testimonyOverviewSchema.parse({ ...recordView(session, testimony.id).record }));
    expect(session.db.prepare('SELECT count(*) FROM audit_events').pluck().get()).toBe(before);
    await session.close();
  });

  it('refuses a duplicate code, an unknown vocabulary term, and an event naming someone outside the testimony', async () => {
    const { session } = await newVault();
    const { testimony } = await arabicTestimony(session);
    const other = await createTestimony(session, { code: 'SY-2024-002', title: 'Another' });
    const overview = testimonyOverviewSchema.parse({ code: 'sy-2024-001', title: 'Clash' });
    await expect(updateOverview(session, other.id, overview)).rejects.toMatchObject({ code: 'DUPLICATE_CODE' });
    await expect(updateOverview(session, other.id, testimonyOverviewSchema.parse({ code: 'SY-2024-002', title: 'x', contentWarnings: ['made-up-warning'] }))).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringContaining('made-up-warning'),
    });
    const stranger = await createPerson(session, { code: 'X-1', identity: personIdentitySchema.parse({}) });
    const event = eventSchema.parse({ id: randomUUID(), actType: 'torture', victims: [stranger.id] });
    await expect(saveEvent(session, testimony.id, event)).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await session.close();
  });

  it('will not unlink a person still named in an event', async () => {
    const { session } = await newVault();
    const { testimony, survivor } = await arabicTestimony(session);
    await expect(unlinkPerson(session, testimony.id, survivor.id)).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await session.close();
  });
});

describe('consent', () => {
  it('takes a withdrawal into account at once, and never lets an edit erase it', async () => {
    const { session } = await newVault();
    const { testimony } = await arabicTestimony(session);
    const before = recordView(session, testimony.id).record.consent;
    expect(grantedScopes(before)).toEqual(['archive', 'shareUnMechanisms', 'shareInternationalCourts', 'publishAnonymisedText']);
    await withdrawConsent(session, testimony.id, { withdrawnOn: '2024-06-01', scopes: ['publishAnonymisedText', 'shareUnMechanisms'], notes: '' });
    const after = recordView(session, testimony.id).record.consent;
    expect(grantedScopes(after)).toEqual(['archive', 'shareInternationalCourts']);
    const row = session.db.prepare('SELECT consent_granted FROM testimony_list WHERE id = ?').pluck().get(testimony.id) as string;
    expect(JSON.parse(row)).toEqual(['archive', 'shareInternationalCourts']);
    await expect(updateConsent(session, testimony.id, { ...after, withdrawals: [] })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await session.close();
  });
});

describe('people across testimonies', () => {
  it('finds a person by a spelling variant of a name, and shows where they were interviewed before', async () => {
    const { session } = await newVault();
    const { survivor, interview } = await arabicTestimony(session);
    const second = await createTestimony(session, { code: 'SY-2025-007', title: 'Follow-up' });
    // Typed without diacritics, hamza or ta marbuta, as a hurried interviewer would.
    const matches = findPeople(session, 'احمد مصطفي');
    expect(matches.map((m) => m.person.id)).toEqual([survivor.id]);
    expect(matches[0]!.interviews).toEqual([expect.objectContaining({ testimonyCode: 'SY-2024-001', sessionDate: interview.date, interviewers: ['ليلى'] })]);
    expect(findPeople(session, 'ahmad halabi').map((m) => m.person.id)).toEqual([survivor.id]);
    await linkPerson(session, second.id, { personId: survivor.id, role: 'survivor', ageAtEvents: '', notes: '' });
    const view = recordView(session, second.id);
    expect(view.priorInterviews[survivor.id]).toEqual([expect.objectContaining({ testimonyCode: 'SY-2024-001', interviewers: ['ليلى'] })]);
    await session.close();
  });

  it('reindexes every testimony of a person whose name changes', async () => {
    const { session } = await newVault();
    const { survivor } = await arabicTestimony(session);
    const { queryTestimonies } = await import('../../../../electron/core/records/testimony-search');
    expect(queryTestimonies(session.db, { text: 'Halabi' }).items).toHaveLength(1);
    await updatePersonDetails(session, survivor.id, { code: survivor.code, identity: personIdentitySchema.parse({ legalName: 'اسم آخر' }) });
    expect(queryTestimonies(session.db, { text: 'Halabi' }).items).toHaveLength(0);
    expect(queryTestimonies(session.db, { text: 'اخر' }).items).toHaveLength(1);
    await session.close();
  });

  it('keeps several interview sessions in order', async () => {
    const { session } = await newVault();
    const { testimony } = await arabicTestimony(session);
    const { saveSession } = await import('../../../../electron/core/records/record-service');
    await saveSession(session, testimony.id, interviewSessionSchema.parse({ id: randomUUID(), date: '2024-05-02', interviewers: ['Sara'] }));
    expect(recordView(session, testimony.id).record.sessions.map((s) => s.date)).toEqual(['2024-03~', '2024-05-02']);
    await session.close();
  });
});

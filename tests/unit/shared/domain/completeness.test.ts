import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { testimonyRecordSchema } from '../../../../shared/domain/record';
import { COMPLETENESS_ITEMS, completeness, missingItems } from '../../../../shared/domain/completeness';

const base = () => testimonyRecordSchema.parse({ id: randomUUID(), code: 'A-1', title: 'T', createdAt: 'now', updatedAt: 'now' });

describe('completeness checklist', () => {
  it('lists every item for an empty record, in a fixed order', () => {
    expect(completeness(base(), 0).map((c) => c.item)).toEqual([...COMPLETENESS_ITEMS]);
    expect(missingItems(base(), 0)).toEqual([...COMPLETENESS_ITEMS]);
  });

  it('ticks off what a court asks for, item by item', () => {
    const r = base();
    r.summary = 'Summary';
    r.languages = ['ar'];
    r.sessions = [{ ...r.sessions[0]!, ...testimonyRecordSchema.shape.sessions.parse([{ id: randomUUID(), date: '2024-03~', interviewers: ['L'], place: { text: 'Gaziantep' } }])[0]! }];
    r.consent = { ...r.consent, obtained: 'yes', method: 'written-form', scopes: { ...r.consent.scopes, shareInternationalCourts: true } };
    r.source = { ...r.source, reliability: 'b' };
    expect(missingItems(r, 1)).toEqual(['witnessOrSurvivor', 'eventWithActType', 'eventDate', 'eventPlace']);
  });

  it('stops counting consent to share once it is withdrawn', () => {
    const r = base();
    r.consent = { ...r.consent, obtained: 'yes', scopes: { ...r.consent.scopes, shareUnMechanisms: true }, withdrawals: [{ withdrawnOn: '2024-06-01', scopes: ['shareUnMechanisms'], notes: '' }] };
    expect(missingItems(r, 0)).toContain('consentToShare');
  });
});

import { describe, expect, it } from 'vitest';
import { consentSchema } from '../../../../../../shared/domain/record';
import { checkConsent, checkWithdrawal, consentDraft, todayEdtf } from '../../../../../../renderer/src/features/record/logic/consent-draft';

const MEDIA = 'c56a4180-65aa-42ec-a945-5fd21dec0538';

describe('the consent form', () => {
  it('keeps yes, no and "not asked" apart, and carries withdrawals unchanged', () => {
    const consent = consentSchema.parse({
      obtained: 'yes',
      method: 'oral-on-recording',
      recordingReference: { mediaId: MEDIA, seconds: 42 },
      obtainedOn: '2024-03-14',
      scopes: { archive: true, shareUnMechanisms: false },
      withdrawals: [{ withdrawnOn: '2024-04-02', scopes: ['publishAudio'], notes: 'by phone' }],
    });
    const draft = consentDraft(consent);
    expect(draft.scopes).toMatchObject({ archive: 'yes', shareUnMechanisms: 'no', publishIdentity: '' });
    expect(draft.recordingAt).toBe('0:42');
    expect(checkConsent(draft)).toEqual({ ok: true, value: consent });
  });

  it('refuses a position on the recording it cannot read, and an impossible date', () => {
    const draft = { ...consentDraft(consentSchema.parse({})), recordingAt: 'end', obtainedOn: '2024-02-31' };
    expect(checkConsent(draft)).toEqual({
      ok: false,
      problems: { 'recordingReference.seconds': { key: 'record.problems.offset' }, obtainedOn: { key: 'edtf.problems.impossible-date' } },
    });
  });

  it('asks a withdrawal for its date and at least one use', () => {
    expect(checkWithdrawal({ withdrawnOn: '', scopes: [], notes: '' })).toEqual({
      ok: false,
      problems: { withdrawnOn: { key: 'edtf.problems.empty' }, scopes: { key: 'record.problems.chooseOne' } },
    });
    expect(checkWithdrawal({ withdrawnOn: '2024-04', scopes: ['archive'], notes: '' })).toEqual({ ok: true, value: { withdrawnOn: '2024-04', scopes: ['archive'], notes: '' } });
  });

  it('dates a withdrawal today, in the local calendar', () => {
    expect(todayEdtf(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
  });
});

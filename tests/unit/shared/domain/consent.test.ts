import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CONSENT_SCOPES, consentSchema, type Consent, type ConsentScope } from '../../../../shared/domain/record';
import { consentAllows, consentDecision, grantedScopes } from '../../../../shared/domain/consent';

const consent = (input: Partial<Consent> = {}): Consent => consentSchema.parse(input);

describe('consent rules', () => {
  it('grants a use only when consent was obtained and that scope was answered yes', () => {
    const c = consent({ obtained: 'yes', scopes: { ...consent().scopes, archive: true, publishAudio: false } });
    expect(consentDecision(c, 'archive')).toBe('granted');
    expect(consentDecision(c, 'publishAudio')).toBe('refused');
    expect(consentDecision(c, 'publishIdentity')).toBe('not-asked');
    expect(grantedScopes(c)).toEqual(['archive']);
  });

  it('grants nothing when consent was not obtained or is unknown, whatever the scopes say', () => {
    for (const obtained of ['no', 'unknown'] as const) {
      const c = consent({ obtained, scopes: Object.fromEntries(CONSENT_SCOPES.map((s) => [s, true])) as Consent['scopes'] });
      expect(grantedScopes(c)).toEqual([]);
      expect(consentDecision(c, 'archive')).toBe('not-obtained');
    }
  });

  it('lets a withdrawal override every earlier yes for the scopes it names, and only those', () => {
    fc.assert(
      fc.property(fc.subarray([...CONSENT_SCOPES], { minLength: 1 }), (withdrawn: ConsentScope[]) => {
        const all = Object.fromEntries(CONSENT_SCOPES.map((s) => [s, true])) as Consent['scopes'];
        const c = consent({ obtained: 'yes', scopes: all, withdrawals: [{ withdrawnOn: '2024-06-01', scopes: withdrawn, notes: '' }] });
        for (const scope of CONSENT_SCOPES) {
          expect(consentAllows(c, scope)).toBe(!withdrawn.includes(scope));
          if (withdrawn.includes(scope)) expect(consentDecision(c, scope)).toBe('withdrawn');
        }
      }),
    );
  });
});

import { CONSENT_SCOPES, type Consent, type ConsentScope } from './record';

/**
 * Consent as data that every feature reads (Murad Code: consent is informed, specific and can
 * be withdrawn at any time). A use is allowed only when consent was obtained, that scope was
 * answered yes, and no withdrawal covers it. A withdrawal takes effect at once: there is no
 * cached answer anywhere, every check goes through here.
 */
export type ConsentDecision = 'granted' | 'refused' | 'not-asked' | 'withdrawn' | 'not-obtained';

export function consentDecision(consent: Consent, scope: ConsentScope): ConsentDecision {
  if (consent.withdrawals.some((w) => w.scopes.includes(scope))) return 'withdrawn';
  if (consent.obtained !== 'yes') return 'not-obtained';
  const answer = consent.scopes[scope];
  if (answer === true) return 'granted';
  if (answer === false) return 'refused';
  return 'not-asked';
}

export function consentAllows(consent: Consent, scope: ConsentScope): boolean {
  return consentDecision(consent, scope) === 'granted';
}

/** The scopes currently granted (what the list filters on). */
export function grantedScopes(consent: Consent): ConsentScope[] {
  return CONSENT_SCOPES.filter((scope) => consentAllows(consent, scope));
}

/** Sharing with any accountability mechanism (UN mechanisms, international courts, national prosecutors). */
export const ACCOUNTABILITY_SCOPES: readonly ConsentScope[] = ['shareUnMechanisms', 'shareInternationalCourts', 'shareNationalProsecutors'];

import { CONSENT_SCOPES, consentSchema, consentWithdrawalSchema, type Consent, type ConsentScope } from '../../../../../shared/domain/record';
import { orNull } from './place-draft';
import { check, type Checked, type Problem } from './problems';
import { formatOffset, parseOffset } from './time-offsets';

/** A scope's answer in the form: yes, no, or '' for not asked. */
export type ScopeAnswer = 'yes' | 'no' | '';

export interface ConsentDraft {
  obtained: Consent['obtained'];
  method: string;
  recordingMediaId: string;
  recordingAt: string;
  obtainedOn: string;
  takenBy: string;
  present: string;
  explained: string;
  scopes: Record<ConsentScope, ScopeAnswer>;
  restrictions: string;
  feedbackRequested: string;
  /** Carried unchanged: a recorded withdrawal is never edited (the core refuses it too). */
  withdrawals: Consent['withdrawals'];
}

const answerOf = (value: boolean | null): ScopeAnswer => (value === true ? 'yes' : value === false ? 'no' : '');

export function consentDraft(consent: Consent): ConsentDraft {
  return {
    obtained: consent.obtained,
    method: consent.method ?? '',
    recordingMediaId: consent.recordingReference.mediaId ?? '',
    recordingAt: formatOffset(consent.recordingReference.seconds),
    obtainedOn: consent.obtainedOn ?? '',
    takenBy: consent.takenBy,
    present: consent.present,
    explained: consent.explained,
    scopes: Object.fromEntries(CONSENT_SCOPES.map((s) => [s, answerOf(consent.scopes[s])])) as Record<ConsentScope, ScopeAnswer>,
    restrictions: consent.restrictions,
    feedbackRequested: consent.feedbackRequested,
    withdrawals: consent.withdrawals,
  };
}

export function checkConsent(draft: ConsentDraft): Checked<Consent> {
  const problems: Record<string, Problem> = {};
  const at = parseOffset(draft.recordingAt);
  if (!at.ok) problems['recordingReference.seconds'] = { key: 'record.problems.offset' };
  const input = {
    obtained: draft.obtained,
    method: orNull(draft.method),
    recordingReference: { mediaId: orNull(draft.recordingMediaId), seconds: at.ok ? at.seconds : null },
    obtainedOn: orNull(draft.obtainedOn),
    takenBy: draft.takenBy,
    present: draft.present,
    explained: draft.explained,
    scopes: Object.fromEntries(CONSENT_SCOPES.map((s) => [s, draft.scopes[s] === '' ? null : draft.scopes[s] === 'yes'])),
    restrictions: draft.restrictions,
    feedbackRequested: draft.feedbackRequested,
    withdrawals: draft.withdrawals,
  };
  return check(consentSchema, input, problems);
}

export interface WithdrawalDraft {
  withdrawnOn: string;
  scopes: ConsentScope[];
  notes: string;
}

export type Withdrawal = Consent['withdrawals'][number];

export function checkWithdrawal(draft: WithdrawalDraft): Checked<Withdrawal> {
  return check(consentWithdrawalSchema, { withdrawnOn: draft.withdrawnOn, scopes: draft.scopes, notes: draft.notes });
}

/** Today as an EDTF day in the local calendar, the usual date of a withdrawal being recorded. */
export function todayEdtf(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

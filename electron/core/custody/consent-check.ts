import { consentDecision, type ConsentDecision } from '../../../shared/domain/consent';
import { SCOPE_FOR_KIND, type RecipientKind } from '../../../shared/domain/custody';
import type { ConsentScope } from '../../../shared/domain/record';
import { recordView } from '../records/record-view';
import type { VaultSession } from '../vault/session';

/**
 * Every testimony the survivors' consent does not let go to a kind of recipient, with the
 * reason. Checked for all testimonies at once, before anything is written, so a custodian
 * sees every refusal in one answer instead of one per attempt; exportPackage checks again.
 */
export interface ConsentRefusal {
  testimonyId: string;
  code: string;
  title: string;
  recipientKind: RecipientKind;
  scope: ConsentScope;
  decision: Exclude<ConsentDecision, 'granted'>;
}

const WHY: Record<ConsentRefusal['decision'], string> = {
  refused: 'refused',
  withdrawn: 'withdrawn',
  'not-asked': 'not recorded',
  'not-obtained': 'not obtained',
};

export function consentRefusals(session: VaultSession, testimonyIds: readonly string[], kinds: readonly RecipientKind[]): ConsentRefusal[] {
  const refusals: ConsentRefusal[] = [];
  for (const testimonyId of testimonyIds) {
    const { record } = recordView(session, testimonyId);
    for (const recipientKind of new Set(kinds)) {
      const scope = SCOPE_FOR_KIND[recipientKind];
      const decision = consentDecision(record.consent, scope);
      if (decision !== 'granted') refusals.push({ testimonyId, code: record.code, title: record.title, recipientKind, scope, decision });
    }
  }
  return refusals;
}

/** The sentence the CLI prints (the app translates the fields instead). */
export function describeRefusal(r: ConsentRefusal): string {
  return `Testimony ${r.code} cannot be handed to a recipient of kind "${r.recipientKind}": consent to ${r.scope} is ${WHY[r.decision]}.`;
}

import { VaultError } from '../../../shared/errors';
import { consentDecision } from '../../../shared/domain/consent';
import type { Consent } from '../../../shared/domain/record';
import { applyRedactions, type AppliedText } from '../../../shared/redaction/apply';
import { suggest } from '../../../shared/redaction/suggest';
import { RedactionError, type Entity, type RedactionDocument, type Suggestion } from '../../../shared/redaction/types';
import type { EntityView } from '../../../shared/contract/publish-operations';
import type { VaultSession } from '../vault/session';
import { requireNarrative, type NarrativeRecord } from './narrative-store';
import { soundDocument } from './narratives';
import { testimonyTerms } from './sensitive-terms';

/**
 * What the editor works with: the entities of the testimony, the engine's suggestions, and the
 * redacted text as it will be published. Runs on the stored document or on the editor's
 * unsaved one (validated like a save).
 */

export function entityViews(entities: readonly Entity[]): EntityView[] {
  return entities.map((e) => ({
    id: e.id,
    category: e.category,
    origin: e.origin,
    display: e.display,
    variants: [...e.variants],
    personId: e.personId,
    role: e.role,
    gender: e.gender,
    adminArea: e.adminArea,
    edtf: e.edtf,
  }));
}

export interface Workspace {
  readonly narrative: NarrativeRecord;
  readonly document: RedactionDocument;
  readonly entities: Entity[];
  readonly consent: Consent;
  readonly testimonyPeople: readonly { personId: string; role: string }[];
}

export function workspace(session: VaultSession, narrativeId: string, unsaved?: RedactionDocument): Workspace {
  session.assertOpen();
  const narrative = requireNarrative(session.db, narrativeId);
  const document = unsaved === undefined ? narrative.document : soundDocument(unsaved);
  const { record, entities } = testimonyTerms(session.db, narrative.testimonyId, document);
  return { narrative, document, entities, consent: record.consent, testimonyPeople: record.people };
}

export function suggestionsFor(w: Workspace): Suggestion[] {
  return suggest(w.document, w.entities);
}

/** The engine refuses a span whose entity the record no longer has: tell the editor which. */
export function redactedText(w: Workspace): AppliedText {
  try {
    return applyRedactions(w.document, w.entities, { language: w.narrative.language });
  } catch (error) {
    if (error instanceof RedactionError) throw new VaultError('BAD_INPUT', error.message, { reason: error.code });
    throw error;
  }
}

export function publicationConsent(consent: Consent) {
  return {
    publishAnonymisedText: consentDecision(consent, 'publishAnonymisedText'),
    publishIdentity: consentDecision(consent, 'publishIdentity'),
    publishAudio: consentDecision(consent, 'publishAudio'),
  };
}

import type { Handlers } from './create-vault-api';
import type { VaultState } from './vault-state';
import type { Host } from '../host';
import type { PUBLISH_OPERATION_NAMES } from '../../../shared/contract/names-publish';
import { approveNarrative, createNarrative, getNarrative, listNarratives, returnToDraft, saveNarrative, submitNarrative } from '../publish/narratives';
import { entityViews, publicationConsent, redactedText, suggestionsFor, workspace } from '../publish/review';
import { findLeaks } from '../publish/publication-leaks';
import { exportPublication } from '../publish/export';

type Names = (typeof PUBLISH_OPERATION_NAMES)[number];

/** Handlers of issue 6: narratives, redaction, review workflow, audio redaction and publication export. */
export function createPublishHandlers(state: VaultState, host: Host): Pick<Handlers, Names> {
  return {
    'publish.list': async ({ testimonyId }) => Promise.resolve({ items: listNarratives(state.current(), testimonyId) }),
    'publish.get': async ({ narrativeId }) => {
      const session = state.current();
      const w = workspace(session, narrativeId);
      return Promise.resolve({ narrative: getNarrative(session, narrativeId), entities: entityViews(w.entities), consent: publicationConsent(w.consent) });
    },
    'publish.create': (input) => createNarrative(state.current(), input),
    'publish.save': (input) => saveNarrative(state.current(), input),
    'publish.suggest': async ({ narrativeId, document }) => {
      const w = workspace(state.current(), narrativeId, document);
      return Promise.resolve({ suggestions: suggestionsFor(w).map((s) => ({ ...s, candidates: [...s.candidates] })), entities: entityViews(w.entities) });
    },
    'publish.preview': async ({ narrativeId, document }) => {
      const w = workspace(state.current(), narrativeId, document);
      const applied = redactedText(w);
      const leaks = findLeaks([{ file: 'narrative', part: 'text', page: null, text: applied.text }], { document: w.document, entities: w.entities, exemptPersonIds: [] });
      return Promise.resolve({ text: applied.text, spans: [...applied.spans], leaks, consent: publicationConsent(w.consent) });
    },
    'publish.submit': ({ narrativeId, expectedVersion }) => submitNarrative(state.current(), narrativeId, expectedVersion),
    'publish.approve': ({ narrativeId, expectedVersion }) => approveNarrative(state.current(), narrativeId, expectedVersion),
    'publish.returnToDraft': ({ narrativeId, expectedVersion, note }) => returnToDraft(state.current(), narrativeId, expectedVersion, note),
    'publish.export': (input) => exportPublication(state.current(), host, input),
  };
}

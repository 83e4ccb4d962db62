import type { Handlers } from './create-vault-api';
import type { VaultState } from './vault-state';
import type { Host } from '../host';
import { listRows, searchTestimonyIds } from '../records/testimony-search';
import { recordView } from '../records/record-view';
import {
  linkPerson,
  removeEvent,
  removeSession,
  saveEvent,
  saveSession,
  unlinkPerson,
  updateConsent,
  updateOverview,
  updateSource,
  withdrawConsent,
} from '../records/record-service';
import { createPerson, findPeople, updatePersonDetails } from '../records/people-service';
import { addCustomTerm, customTerms } from '../records/vocabulary-service';
import { importRecords, writeExport } from '../records/records-io';

type RecordHandlerNames =
  | 'testimonies.query'
  | 'testimonies.rows'
  | 'records.get'
  | 'records.updateOverview'
  | 'records.updateSource'
  | 'records.updateConsent'
  | 'records.withdrawConsent'
  | 'records.saveSession'
  | 'records.deleteSession'
  | 'records.saveEvent'
  | 'records.deleteEvent'
  | 'records.linkPerson'
  | 'records.unlinkPerson'
  | 'records.import'
  | 'records.export'
  | 'people.create'
  | 'people.update'
  | 'people.find'
  | 'vocabularies.list'
  | 'vocabularies.addTerm';

const OK = { ok: true as const };

/** Handlers of the testimony record (issue 3). */
export function createRecordHandlers(state: VaultState, host: Host): Pick<Handlers, RecordHandlerNames> {
  const s = () => state.current();
  return {
    'testimonies.query': async (input) => searchTestimonyIds(s().db, input),
    'testimonies.rows': async ({ ids }) => {
      const rows = listRows(s().db, ids);
      return { items: ids.flatMap((id) => rows.get(id) ?? []) };
    },
    'records.get': async ({ testimonyId }) => recordView(s(), testimonyId),
    'records.updateOverview': async ({ testimonyId, overview }) => (await updateOverview(s(), testimonyId, overview), OK),
    'records.updateSource': async ({ testimonyId, source }) => (await updateSource(s(), testimonyId, source), OK),
    'records.updateConsent': async ({ testimonyId, consent }) => (await updateConsent(s(), testimonyId, consent), OK),
    'records.withdrawConsent': async ({ testimonyId, withdrawal }) => (await withdrawConsent(s(), testimonyId, withdrawal), OK),
    'records.saveSession': async ({ testimonyId, session }) => (await saveSession(s(), testimonyId, session), OK),
    'records.deleteSession': async ({ testimonyId, sessionId }) => (await removeSession(s(), testimonyId, sessionId), OK),
    'records.saveEvent': async ({ testimonyId, event }) => (await saveEvent(s(), testimonyId, event), OK),
    'records.deleteEvent': async ({ testimonyId, eventId }) => (await removeEvent(s(), testimonyId, eventId), OK),
    'records.linkPerson': async ({ testimonyId, link }) => (await linkPerson(s(), testimonyId, link), OK),
    'records.unlinkPerson': async ({ testimonyId, personId }) => (await unlinkPerson(s(), testimonyId, personId), OK),
    'records.import': async () => {
      s();
      const [file] = await host.pickImportFiles();
      if (!file) return { status: 'cancelled' as const };
      return importRecords(s(), file);
    },
    'records.export': async ({ format }) => {
      s();
      const target = await host.pickSavePath(`testimonies.${format}`);
      if (!target) return { saved: false as const };
      const count = await writeExport(s(), target, format);
      return { saved: true as const, path: target, testimonies: count };
    },
    'people.create': async (input) => createPerson(s(), input),
    'people.update': async ({ personId, code, identity }) => updatePersonDetails(s(), personId, { code, identity }),
    'people.find': async ({ query }) => ({ matches: findPeople(s(), query) }),
    'vocabularies.list': async () => ({ custom: customTerms(s().db) }),
    'vocabularies.addTerm': async (term) => addCustomTerm(s(), term),
  };
}

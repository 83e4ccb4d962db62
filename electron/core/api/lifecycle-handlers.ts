import type { Handlers } from './create-vault-api';
import type { VaultState } from './vault-state';
import type { Host } from '../host';
import type { LIFECYCLE_OPERATION_NAMES } from '../../../shared/contract/names-lifecycle';
import { checkDeletion, deleteTestimony } from '../lifecycle/delete-testimony';
import { statement } from '../db/statements';

type Names = (typeof LIFECYCLE_OPERATION_NAMES)[number];

/** Handlers of issue 7: deleting a testimony (crypto-shredding) and other whole-testimony lifecycle operations. */
export function createLifecycleHandlers(state: VaultState, host: Host): Pick<Handlers, Names> {
  void host;
  return {
    // Exclusive: a lock cannot close the database half-way through a deletion.
    'testimonies.delete': (input) =>
      state.exclusive(async () => {
        const session = state.current();
        checkDeletion(session, input.testimonyId, input.confirmCode);
        // A recording still being made for it stops first (its writer holds the journal open).
        const recordings = state.recordingsOf();
        const open = statement<[string], string>(session.db, 'SELECT id FROM recordings WHERE testimony_id = ?').pluck().all(input.testimonyId);
        for (const id of open) await recordings.discard(id);
        return deleteTestimony(session, input.testimonyId, input.confirmCode);
      }),
  };
}

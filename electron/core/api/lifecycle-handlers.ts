import type { Handlers } from './create-vault-api';
import type { VaultState } from './vault-state';
import type { Host } from '../host';
import type { LIFECYCLE_OPERATION_NAMES } from '../../../shared/contract/names-lifecycle';

type Names = (typeof LIFECYCLE_OPERATION_NAMES)[number];

/** Handlers of issue 7: deleting a testimony (crypto-shredding) and other whole-testimony lifecycle operations. */
export function createLifecycleHandlers(state: VaultState, host: Host): Pick<Handlers, Names> {
  void state;
  void host;
  return {};
}

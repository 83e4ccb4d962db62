import type { Handlers } from './create-vault-api';
import type { VaultState } from './vault-state';
import type { Host } from '../host';
import type { USER_OPERATION_NAMES } from '../../../shared/contract/names-users';

type Names = (typeof USER_OPERATION_NAMES)[number];

/** Handlers of issue 7: users, roles and the identity key. */
export function createUsersHandlers(state: VaultState, host: Host): Pick<Handlers, Names> {
  void state;
  void host;
  return {};
}

import type { Handlers } from './create-vault-api';
import type { VaultState } from './vault-state';
import type { Host } from '../host';
import type { CUSTODY_EXPORT_OPERATION_NAMES } from '../../../shared/contract/names-custody-export';

type Names = (typeof CUSTODY_EXPORT_OPERATION_NAMES)[number];

/** Handlers of issue 5: the address book of recipients, vault details for bag-info, custody export and handover receipts. */
export function createCustodyExportHandlers(state: VaultState, host: Host): Pick<Handlers, Names> {
  void state;
  void host;
  return {};
}

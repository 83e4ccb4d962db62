import type { Handlers } from './create-vault-api';
import type { VaultState } from './vault-state';
import type { Host } from '../host';
import type { PUBLISH_OPERATION_NAMES } from '../../../shared/contract/names-publish';

type Names = (typeof PUBLISH_OPERATION_NAMES)[number];

/** Handlers of issue 6: narratives, redaction, review workflow, audio redaction and publication export. */
export function createPublishHandlers(state: VaultState, host: Host): Pick<Handlers, Names> {
  void state;
  void host;
  return {};
}

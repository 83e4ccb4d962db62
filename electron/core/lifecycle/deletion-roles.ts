import { VaultError } from '../../../shared/errors';
import { OPERATION_ROLES } from '../../../shared/contract/roles';
import type { VaultSession } from '../vault/session';

/**
 * Enforced in core as well as by the router's role table: deletion destroys evidence for
 * good, so the check sits beside the deletion itself and no other caller (CLI, a future
 * operation) can skip it. The session's role is the one its key slot decided at unlock.
 */
export function assertMayDelete(session: VaultSession): void {
  const role = session.user.role;
  if (!OPERATION_ROLES['testimonies.delete'].includes(role)) {
    throw new VaultError('FORBIDDEN_ROLE', 'Only an administrator or a custodian may delete a testimony.', { role });
  }
}

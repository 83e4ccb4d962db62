import { VaultError } from '../../../shared/errors';
import type { OperationName } from '../../../shared/contract/names';
import { PUBLIC_OPERATIONS, rolesFor, type Role } from '../../../shared/contract/roles';

/**
 * The router's role check (shared/contract/roles.ts), before input parsing and before any
 * handler: a refused call changes nothing and learns nothing. Default deny: an operation
 * with no roles listed is refused to everyone. `role` is null when the vault is locked: then
 * only the operations of the unlock screen pass here (the handlers of the others say
 * VAULT_LOCKED).
 */
export function assertRoleAllows(operation: OperationName, role: Role | null): void {
  if (PUBLIC_OPERATIONS.has(operation)) return;
  if (role === null) return;
  const allowed = rolesFor(operation);
  if (allowed.includes(role)) return;
  throw new VaultError(
    'FORBIDDEN_ROLE',
    allowed.length === 0
      ? `No role may call ${operation}.`
      : `${operation} needs the role ${allowed.join(' or ')}; you are signed in as ${role}.`,
    { operation, role, allowed: allowed.join(', ') },
  );
}

import type { OperationName } from '../../../../shared/contract/names';
import { rolesFor } from '../../../../shared/contract/roles';
import { useCurrentUser } from './use-current-user';

/**
 * Whether the person working may ask for `operation`, from the same role table the core
 * enforces: screens hide what the role cannot do rather than offer it and be refused. False
 * until the user is known (nothing is offered to someone the app has not identified yet).
 */
export function useMay(...operations: OperationName[]): boolean {
  const me = useCurrentUser();
  return me !== null && operations.some((operation) => rolesFor(operation).includes(me.role));
}

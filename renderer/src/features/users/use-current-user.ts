import { useEffect, useState } from 'react';
import { useVault } from '../../app/vault-client';
import type { OperationOutput } from '../../../../shared/contract/operations';

export type CurrentUser = OperationOutput<'users.me'>;

/**
 * Who is working, for screens that hide what the role cannot do (the core refuses it anyway,
 * with FORBIDDEN_ROLE). Null until known, and while the vault is locked.
 */
export function useCurrentUser(): CurrentUser | null {
  const vault = useVault();
  const [me, setMe] = useState<CurrentUser | null>(null);
  useEffect(() => {
    let current = true;
    vault.call('users.me', {}).then(
      (user) => {
        if (current) setMe(user);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [vault]);
  return me;
}

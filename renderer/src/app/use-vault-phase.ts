import { useCallback, useEffect, useRef, useState } from 'react';
import type { VaultClient } from '../../../shared/contract/bridge';

export type Phase =
  | { name: 'loading' }
  | { name: 'unreachable'; error: unknown }
  | { name: 'absent' }
  | { name: 'locked'; lockError?: unknown }
  | { name: 'unlocked'; session: number };

export interface VaultPhase {
  phase: Phase;
  /** Asks the vault where it stands (start, retry, end of the create wizard). */
  refresh: () => void;
  unlocked: () => void;
  /** Hides everything at once, then asks the vault to drop its keys. */
  lock: () => void;
  /** The vault said it is locked (event or VAULT_LOCKED answer). */
  lockedByVault: () => void;
}

/**
 * Which screen the app is on. Testimony data lives only under the unlocked screen, keyed by
 * `session`: leaving that phase unmounts it, so nothing read from the vault survives a lock.
 */
export function useVaultPhase(client: VaultClient): VaultPhase {
  const [phase, setPhase] = useState<Phase>({ name: 'loading' });
  const sessions = useRef(0);

  const unlocked = useCallback(() => {
    sessions.current += 1;
    setPhase({ name: 'unlocked', session: sessions.current });
  }, []);

  const query = useCallback(() => {
    client.call('vault.status', {}).then(
      ({ state }) => (state === 'unlocked' ? unlocked() : setPhase(state === 'absent' ? { name: 'absent' } : { name: 'locked' })),
      (error: unknown) => setPhase({ name: 'unreachable', error }),
    );
  }, [client, unlocked]);

  const refresh = useCallback(() => {
    setPhase({ name: 'loading' });
    query();
  }, [query]);

  const lockedByVault = useCallback(() => {
    setPhase((p) => (p.name === 'loading' || p.name === 'locked' ? p : { name: 'locked' }));
  }, []);

  const lock = useCallback(() => {
    setPhase({ name: 'locked' });
    client.call('vault.lock', {}).catch((lockError: unknown) => setPhase({ name: 'locked', lockError }));
  }, [client]);

  useEffect(() => client.on('vault.locked', lockedByVault), [client, lockedByVault]);
  // The first state is already 'loading': only ask.
  useEffect(() => query(), [query]);

  return { phase, refresh, unlocked, lock, lockedByVault };
}

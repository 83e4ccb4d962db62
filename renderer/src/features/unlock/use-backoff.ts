import { useCallback, useEffect, useState } from 'react';
import { VaultError } from '../../../../shared/errors';
import { useVault } from '../../app/vault-client';

/**
 * The unlock back-off as the screen shows it: seconds left before the next attempt, counted
 * down locally from what the core said (the core enforces it; this only spares a doomed try).
 */
export function useBackoff(): { waitSeconds: number; noteError: (error: unknown) => void } {
  const vault = useVault();
  const [waitSeconds, setWaitSeconds] = useState(0);

  useEffect(() => {
    let current = true;
    vault.call('users.unlockStatus', {}).then(
      (status) => {
        if (current) setWaitSeconds(status.waitSeconds);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [vault]);

  useEffect(() => {
    if (waitSeconds <= 0) return;
    const timer = setTimeout(() => setWaitSeconds((s) => Math.max(0, s - 1)), 1000);
    return () => clearTimeout(timer);
  }, [waitSeconds]);

  const noteError = useCallback(
    (error: unknown) => {
      if (error instanceof VaultError && error.code === 'UNLOCK_BACKOFF' && typeof error.details?.waitSeconds === 'number') {
        setWaitSeconds(error.details.waitSeconds);
        return;
      }
      // A wrong passphrase may have started a wait: ask.
      vault.call('users.unlockStatus', {}).then(
        (status) => setWaitSeconds(status.waitSeconds),
        () => undefined,
      );
    },
    [vault],
  );

  return { waitSeconds, noteError };
}

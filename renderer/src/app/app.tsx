import { useCallback, useMemo, useState } from 'react';
import type { VaultClient } from '../../../shared/contract/bridge';
import { changeLanguage } from '../i18n/setup';
import type { Language } from '../i18n/languages';
import { ErrorText } from '../ui/error-text';
import { AppBar } from './app-bar';
import { PhaseScreen } from './phase-screen';
import { useVaultPhase } from './use-vault-phase';
import { VaultClientContext, notifyOnLocked } from './vault-client';

export function App({ client }: { client: VaultClient }) {
  const vault = useVaultPhase(client);
  const { lockedByVault } = vault;
  const guarded = useMemo(() => notifyOnLocked(client, lockedByVault), [client, lockedByVault]);
  const [languageError, setLanguageError] = useState<unknown>(null);

  const onLanguageChange = useCallback(
    (language: Language) => {
      setLanguageError(null);
      // Switch at once; persisting is best effort and reported if it fails.
      void changeLanguage(language);
      client.call('settings.update', { language }).catch((error: unknown) => setLanguageError(error));
    },
    [client],
  );

  return (
    <VaultClientContext.Provider value={guarded}>
      <div className="app">
        <AppBar onLanguageChange={onLanguageChange} onLock={vault.phase.name === 'unlocked' ? vault.lock : undefined} />
        {languageError ? <ErrorText error={languageError} /> : null}
        <PhaseScreen vault={vault} />
      </div>
    </VaultClientContext.Provider>
  );
}

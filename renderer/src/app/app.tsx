import { useCallback, useMemo, useState } from 'react';
import type { VaultClient } from '../../../shared/contract/bridge';
import { changeLanguage } from '../i18n/setup';
import type { Language } from '../i18n/languages';
import { SettingsProvider } from '../features/settings/settings-provider';
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

  const session = vault.phase.name === 'unlocked' ? vault.phase.session : null;
  return (
    <VaultClientContext.Provider value={guarded}>
      <div className="app">
        {/* Keyed per session like VaultHome: a lock unmounts the settings dialog and what was typed in it. */}
        <SettingsProvider key={session ?? 'locked'} unlocked={session !== null}>
          <AppBar onLanguageChange={onLanguageChange} onLock={session !== null ? vault.lock : undefined} />
          {languageError ? <ErrorText error={languageError} /> : null}
          <PhaseScreen vault={vault} />
        </SettingsProvider>
      </div>
    </VaultClientContext.Provider>
  );
}

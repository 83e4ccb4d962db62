import { useTranslation } from 'react-i18next';
import { CreateVaultWizard } from '../features/create-vault/create-vault-wizard';
import { UnlockScreen } from '../features/unlock/unlock-screen';
import { VaultHome } from '../features/home/vault-home';
import { ErrorText } from '../ui/error-text';
import { Screen } from '../ui/screen';
import type { VaultPhase } from './use-vault-phase';

/** The one screen that matches where the vault stands. */
export function PhaseScreen({ vault }: { vault: VaultPhase }) {
  const { t } = useTranslation();
  const { phase } = vault;
  switch (phase.name) {
    case 'loading':
      return (
        <main className="screen" aria-busy="true">
          <p className="loading" role="status">
            {t('app.loading')}
          </p>
        </main>
      );
    case 'unreachable':
      return (
        <Screen title={t('app.startFailed')} focusHeading>
          <ErrorText error={phase.error} />
          <button type="button" className="button-primary" onClick={vault.refresh}>
            {t('app.retry')}
          </button>
        </Screen>
      );
    case 'absent':
      return <CreateVaultWizard onDone={vault.refresh} />;
    case 'locked':
      return <UnlockScreen onUnlocked={vault.unlocked} lockError={phase.lockError} />;
    case 'unlocked':
      // A new key per unlock: nothing from a previous session can be reused.
      return <VaultHome key={phase.session} onLock={vault.lock} />;
  }
}

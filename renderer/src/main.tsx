// First: configures zod before shared/ builds its schemas (see the file).
import './app/zod-csp';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-600.css';
import './styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { VaultClient } from '../../shared/contract/bridge';
import { App } from './app/app';
import { connectVault } from './app/vault-client';
import { NoBridge } from './app/no-bridge';
import { initI18n } from './i18n/setup';
import { isLanguage, type Language } from './i18n/languages';

/** The saved language, else the system's if we ship it, else English. */
async function startLanguage(client: VaultClient | null): Promise<Language> {
  if (client) {
    try {
      return (await client.call('settings.get', {})).language;
    } catch {
      // Unreadable settings must not keep the vault closed: fall through to a default.
    }
  }
  const system = navigator.language.slice(0, 2);
  return isLanguage(system) ? system : 'en';
}

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root.');
  const client = connectVault();
  await initI18n(await startLanguage(client));
  createRoot(root).render(<StrictMode>{client ? <App client={client} /> : <NoBridge />}</StrictMode>);
}

void start();

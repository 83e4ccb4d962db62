import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/languages';
import { LanguageSwitch } from '../features/language/language-switch';
import { SettingsButton } from '../features/settings/settings-button';
import { CustodyButton } from '../features/custody/custody-button';
import { UsersButton } from '../features/users/users-button';
import { ShortcutButton } from './shortcut-button';

interface AppBarProps {
  onLanguageChange: (language: Language) => void;
  /** Present only while the vault is unlocked. */
  onLock?: () => void;
}

export function AppBar({ onLanguageChange, onLock }: AppBarProps) {
  const { t } = useTranslation();
  return (
    <header className="app-bar">
      <p className="app-name">{t('app.name')}</p>
      <div className="app-bar-actions">
        <LanguageSwitch onChange={onLanguageChange} />
        {onLock ? (
          <>
            <CustodyButton />
            <UsersButton />
            <SettingsButton />
            <ShortcutButton label={t('home.lock')} shortcutKey="L" className="button-lock" onClick={onLock} />
          </>
        ) : null}
      </div>
    </header>
  );
}

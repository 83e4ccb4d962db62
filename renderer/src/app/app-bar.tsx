import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/languages';
import { LanguageSwitch } from '../features/language/language-switch';
import { isMac, lockShortcutLabel } from './use-lock-shortcut';

interface AppBarProps {
  onLanguageChange: (language: Language) => void;
  /** Present only while the vault is unlocked. */
  onLock?: () => void;
}

export function AppBar({ onLanguageChange, onLock }: AppBarProps) {
  const { t } = useTranslation();
  const shortcut = lockShortcutLabel();
  return (
    <header className="app-bar">
      <p className="app-name">{t('app.name')}</p>
      <div className="app-bar-actions">
        <LanguageSwitch onChange={onLanguageChange} />
        {onLock ? (
          <button
            type="button"
            className="button-lock"
            onClick={onLock}
            title={t('home.lockShortcut', { shortcut })}
            aria-keyshortcuts={isMac() ? 'Meta+L' : 'Control+L'}
          >
            <span>{t('home.lock')}</span>
            <kbd dir="ltr" aria-hidden="true">
              {shortcut}
            </kbd>
          </button>
        ) : null}
      </div>
    </header>
  );
}

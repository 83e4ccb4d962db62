import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ShortcutButton } from '../../app/shortcut-button';
import { useModifierShortcut } from '../../app/use-shortcut';
import { useSettings } from './settings-context';

/** The header's Settings button; Ctrl/Cmd+, opens the dialog from anywhere in the unlocked app. */
export function SettingsButton() {
  const { t } = useTranslation();
  const settings = useSettings();
  const open = settings?.open;
  const registerButton = settings?.settingsButton;
  const fromShortcut = useCallback(() => {
    const active = document.activeElement;
    open?.('title', active instanceof HTMLElement && active !== document.body ? active : null);
  }, [open]);
  useModifierShortcut('Comma', fromShortcut);
  if (!open) return null;
  return (
    <ShortcutButton
      label={t('settings.open')}
      shortcutKey=","
      className="button-settings"
      buttonRef={registerButton}
      onClick={(event) => open('title', event.currentTarget)}
      opensDialog
    />
  );
}

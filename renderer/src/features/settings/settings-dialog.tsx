import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../ui/modal-dialog';
import { AutoLockSection } from './auto-lock-section';
import { PassphraseSection, type PassphraseMode } from './passphrase-section';
import type { SettingsFocus } from './settings-context';

interface SettingsDialogProps {
  focus: SettingsFocus;
  passphraseMode: PassphraseMode;
  onClose: () => void;
  onPassphraseReset: () => void;
}

/** Auto-lock and the passphrase, in one modal dialog. */
export function SettingsDialog({ focus, passphraseMode, onClose, onPassphraseReset }: SettingsDialogProps) {
  const { t } = useTranslation();
  // While the vault derives keys the dialog cannot be closed: the person must see the outcome.
  const [busy, setBusy] = useState(false);
  const passphraseStart = useRef<HTMLInputElement>(null);
  return (
    <ModalDialog
      title={t('settings.title')}
      onClose={onClose}
      closable={!busy}
      initialFocus={focus === 'passphrase' ? passphraseStart : undefined}
      className="settings-dialog"
    >
      <AutoLockSection />
      {/* A new mode is a new form: nothing typed for the other one carries over. */}
      <PassphraseSection key={passphraseMode} mode={passphraseMode} firstFieldRef={passphraseStart} onBusyChange={setBusy} onReset={onPassphraseReset} />
    </ModalDialog>
  );
}

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useVault } from '../../app/vault-client';
import { SettingsContext, type SettingsControl, type SettingsFocus } from './settings-context';
import { SettingsDialog } from './settings-dialog';

interface SettingsProviderProps {
  /** Settings are offered only while the vault is unlocked. */
  unlocked: boolean;
  children: ReactNode;
}

/**
 * Owns the Settings dialog of one unlocked session. The app keys it per session, so a lock
 * unmounts it with everything typed into the dialog; nothing in it outlives the session.
 */
export function SettingsProvider({ unlocked, children }: SettingsProviderProps) {
  const vault = useVault();
  const [dialog, setDialog] = useState<{ focus: SettingsFocus } | null>(null);
  const [recoverySession, setRecoverySession] = useState(false);
  const [passphraseReset, setPassphraseReset] = useState(false);
  // Set by the dialog on success, applied when it closes: the form that succeeded keeps
  // showing its confirmation instead of turning into the change-passphrase form under the person.
  const resetDone = useRef(false);
  const isOpen = useRef(false);
  const opener = useRef<HTMLElement | null>(null);
  const returnFocus = useRef(false);
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  const settingsButton = useCallback((button: HTMLButtonElement | null) => {
    buttonRef.current = button;
  }, []);

  useEffect(() => {
    if (!unlocked) return;
    let current = true;
    vault.call('vault.status', {}).then(
      ({ unlockedWith }) => {
        if (current) setRecoverySession(unlockedWith === 'recoveryKey');
      },
      // Only the offer depends on this answer; a locked vault is handled by the app already.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [vault, unlocked]);

  const open = useCallback(
    (focus: SettingsFocus, from: HTMLElement | null) => {
      if (!unlocked || isOpen.current) return;
      isOpen.current = true;
      opener.current = from;
      setDialog({ focus });
    },
    [unlocked],
  );

  const close = useCallback(() => {
    isOpen.current = false;
    returnFocus.current = true;
    if (resetDone.current) setPassphraseReset(true);
    setDialog(null);
  }, []);

  useEffect(() => {
    if (dialog || !returnFocus.current) return;
    returnFocus.current = false;
    // The opener may be gone (the offer disappears once a new passphrase is set).
    const target = opener.current?.isConnected ? opener.current : buttonRef.current;
    opener.current = null;
    target?.focus();
  }, [dialog]);

  const offerNewPassphrase = recoverySession && !passphraseReset;
  const control = useMemo<SettingsControl | null>(
    () => (unlocked ? { open, offerNewPassphrase, settingsButton } : null),
    [unlocked, open, offerNewPassphrase, settingsButton],
  );

  return (
    <SettingsContext.Provider value={control}>
      {children}
      {unlocked && dialog ? (
        <SettingsDialog
          focus={dialog.focus}
          passphraseMode={offerNewPassphrase ? 'reset' : 'change'}
          onClose={close}
          onPassphraseReset={() => {
            resetDone.current = true;
          }}
        />
      ) : null}
    </SettingsContext.Provider>
  );
}

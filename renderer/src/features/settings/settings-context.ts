import { createContext, useContext } from 'react';

/** Where focus goes when the dialog opens: its title, or straight to the passphrase form. */
export type SettingsFocus = 'title' | 'passphrase';

export interface SettingsControl {
  /** Opens the dialog; when it closes, focus goes back to `from` (else to the header button). */
  open: (focus: SettingsFocus, from: HTMLElement | null) => void;
  /**
   * The session was opened with the recovery key and no new passphrase was set since: the
   * person has probably forgotten theirs.
   */
  offerNewPassphrase: boolean;
  /** Ref callback for the header's Settings button, where focus returns when the opener is gone. */
  settingsButton: (button: HTMLButtonElement | null) => void;
}

export const SettingsContext = createContext<SettingsControl | null>(null);

/** The settings of the unlocked session, or null while the vault is not unlocked. */
export function useSettings(): SettingsControl | null {
  return useContext(SettingsContext);
}

import { NEW_PASSPHRASE_MIN_LENGTH, passphraseLength, passphraseStrength } from '../../../../shared/domain/passphrase';

/** Why a new passphrase is refused before it reaches the vault, in the order they are checked. */
export type NewPassphraseProblem = 'tooShort' | 'tooWeak' | 'mismatch' | 'sameAsCurrent';

/**
 * The checks every new passphrase passes in the UI (create wizard, change, reset). Weak and
 * short ones are refused here already; the core refuses short ones again, whatever the UI said.
 * `current` is given only where the person typed their current passphrase: keeping it would
 * look like a change to them and be none.
 */
export function checkNewPassphrase(passphrase: string, confirmation: string, current?: string): NewPassphraseProblem | null {
  if (passphraseLength(passphrase) < NEW_PASSPHRASE_MIN_LENGTH) return 'tooShort';
  if (passphraseStrength(passphrase) < 2) return 'tooWeak';
  if (passphrase !== confirmation) return 'mismatch';
  if (current !== undefined && passphrase.normalize('NFC') === current.normalize('NFC')) return 'sameAsCurrent';
  return null;
}

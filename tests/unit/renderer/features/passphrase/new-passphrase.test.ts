import { describe, expect, it } from 'vitest';
import { checkNewPassphrase } from '../../../../../renderer/src/features/passphrase/new-passphrase';

const GOOD = 'correct horse battery staple';

describe('checks on a new passphrase (wizard, change and reset)', () => {
  it('accepts a long, varied passphrase typed twice the same, in Latin or Arabic script', () => {
    expect(checkNewPassphrase(GOOD, GOOD)).toBeNull();
    expect(checkNewPassphrase('حصان صحيح بطارية دبّوس', 'حصان صحيح بطارية دبّوس')).toBeNull();
  });

  it('refuses a short one first, then a guessable one, then a mistyped repetition', () => {
    expect(checkNewPassphrase('Ab1!x', 'Ab1!x')).toBe('tooShort');
    expect(checkNewPassphrase('aaaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaaa')).toBe('tooWeak');
    expect(checkNewPassphrase('1234567890123', 'different')).toBe('tooWeak');
    expect(checkNewPassphrase(GOOD, `${GOOD} `)).toBe('mismatch');
  });

  it('refuses keeping the current passphrase when the person typed it', () => {
    expect(checkNewPassphrase(GOOD, GOOD, GOOD)).toBe('sameAsCurrent');
    // Composed and decomposed forms are the same passphrase to the vault (it derives from NFC).
    const composed = 'café au lait tous les matins';
    expect(checkNewPassphrase(composed, composed, composed.normalize('NFD'))).toBe('sameAsCurrent');
    expect(checkNewPassphrase(GOOD, GOOD, 'the old passphrase')).toBeNull();
    // Without a current passphrase (reset after a recovery-key unlock) there is nothing to compare.
    expect(checkNewPassphrase(GOOD, GOOD, undefined)).toBeNull();
  });
});

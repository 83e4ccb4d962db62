/** English strings of security (auto-lock, unlock back-off, clipboard) (one file per feature so features can grow apart). */
export const security = {
  clipboard: {
    /** Shown after the recovery key is copied (electron/main/clipboard-guard.ts does what it says). */
    recoveryKeyCopied: 'Copied. Paste it where you keep it: the app removes it from the clipboard after a minute, and at once when the vault locks.',
  },
  backoff: {
    /** Shown on the unlock screen while repeated failures make the next attempt wait. */
    wait: 'Too many wrong attempts. You can try again in {{seconds, number}} seconds.',
  },
};

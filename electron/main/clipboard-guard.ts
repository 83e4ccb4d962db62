import { createHash } from 'node:crypto';
import type { Clipboard } from 'electron';
import { parseRecoveryKey } from '../core/crypto/recovery-key';
import type { Host } from '../core/host';

/** How long a recovery key may stay on the clipboard: long enough to paste it once. */
export const RECOVERY_KEY_CLIPBOARD_MS = 60_000;
/** How often the clipboard is looked at. The key goes at most this much later than promised. */
export const CLIPBOARD_POLL_MS = 5_000;
/** A recovery key is 56 characters plus separators; anything much longer is not one. */
const MAX_KEY_TEXT = 200;

export interface ClipboardGuard {
  /** Clears the clipboard now if it holds a recovery key (lock, quit). Never rejects. */
  sweep: () => Promise<void>;
  stop: () => void;
}

/** What the guard uses of a clipboard (Electron's is asynchronous since 45). */
export type GuardedClipboard = Pick<Clipboard, 'readText' | 'clear'>;

/**
 * A copied recovery key must not sit on the clipboard, where every other program (and
 * clipboard history tools) can read it long after the person pasted it. Main does this, not
 * the page: the page may write to the clipboard but is refused clipboard reads
 * (permissions.ts), so it could only clear blindly and wipe whatever the person copied
 * since. Main reads the clipboard every few seconds and clears it only when it still holds
 * a recovery key (the checksum makes a false match practically impossible) that has been
 * there for `clearAfterMs`, and at once on every lock. On Linux the same goes for the
 * selection clipboard, which holds whatever was last highlighted with the mouse (the key
 * groups on screen, for one). The text itself is never kept: only its SHA-256, to tell
 * "the same key, still there" from a new copy.
 */
export function startClipboardGuard(
  clipboards: readonly GuardedClipboard[],
  options: { clearAfterMs?: number; pollMs?: number; now?: () => number } = {},
): ClipboardGuard {
  const clearAfterMs = options.clearAfterMs ?? RECOVERY_KEY_CLIPBOARD_MS;
  const now = options.now ?? Date.now;
  const seen = new Map<GuardedClipboard, { digest: string; since: number }>();
  let polling = false;

  const recoveryKeyDigest = async (clipboard: GuardedClipboard): Promise<string | null> => {
    const text = await clipboard.readText();
    if (text.length === 0 || text.length > MAX_KEY_TEXT || !isRecoveryKey(text)) return null;
    return createHash('sha256').update(text).digest('hex');
  };

  const clear = (clipboard: GuardedClipboard): void => {
    clipboard.clear();
    seen.delete(clipboard);
  };

  const pollOne = async (clipboard: GuardedClipboard): Promise<void> => {
    const digest = await recoveryKeyDigest(clipboard);
    const before = seen.get(clipboard);
    if (digest === null) seen.delete(clipboard);
    else if (before === undefined || before.digest !== digest) seen.set(clipboard, { digest, since: now() });
    else if (now() - before.since >= clearAfterMs) clear(clipboard);
  };

  const sweepOne = async (clipboard: GuardedClipboard): Promise<void> => {
    if ((await recoveryKeyDigest(clipboard)) !== null) clear(clipboard);
  };

  // Each clipboard on its own: one that cannot be read (no display, another program holding
  // it) is retried at the next poll. Only the error name is logged, never the content.
  const each = async (run: (clipboard: GuardedClipboard) => Promise<void>): Promise<void> => {
    for (const clipboard of clipboards) {
      try {
        await run(clipboard);
      } catch (error) {
        console.error('Testimony Vault: the clipboard could not be checked.', error instanceof Error ? error.name : 'error');
      }
    }
  };

  const timer = setInterval(() => {
    // A slow clipboard owner must not pile up reads.
    if (polling) return;
    polling = true;
    void each(pollOne).finally(() => {
      polling = false;
    });
  }, options.pollMs ?? CLIPBOARD_POLL_MS);
  return {
    sweep: () => each(sweepOne),
    stop: () => clearInterval(timer),
  };
}

/** The clipboards to guard: the system clipboard, and on Linux the selection clipboard. */
export function guardedClipboards(clipboard: Pick<Clipboard, 'readText' | 'clear' | 'selection'>): GuardedClipboard[] {
  // `selection` is undefined off Linux, whatever the typings say.
  const selection = clipboard.selection as Clipboard | undefined;
  return selection ? [clipboard, selection] : [clipboard];
}

function isRecoveryKey(text: string): boolean {
  try {
    parseRecoveryKey(text).fill(0);
    return true;
  } catch {
    return false;
  }
}

/** Core's host, with a clipboard sweep on every `vault.locked` (whatever locked the vault). */
export function sweepClipboardOnLock(host: Host, guard: Pick<ClipboardGuard, 'sweep'>): Host {
  return {
    ...host,
    emit(event, payload) {
      if (event === 'vault.locked') void guard.sweep();
      host.emit(event, payload);
    },
  };
}

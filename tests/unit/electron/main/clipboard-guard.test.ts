import type { Clipboard } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Host } from '../../../../electron/core/host';
import { generateRecoveryKey } from '../../../../electron/core/crypto/recovery-key';
import {
  CLIPBOARD_POLL_MS,
  RECOVERY_KEY_CLIPBOARD_MS,
  guardedClipboards,
  startClipboardGuard,
  sweepClipboardOnLock,
  type ClipboardGuard,
} from '../../../../electron/main/clipboard-guard';
import { clipboard, resetElectronMock } from '../../../mocks/electron';

vi.mock('electron', () => import('../../../mocks/electron'));

// The clipboards are the system's text slots (the mock keeps them); the keys are real ones
// from core's generator, so the checksum test inside the guard is the real one.

let guard: ClipboardGuard;

/** Fake timers move Date.now with them: the guard's clock and its poll advance together. */
async function advance(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  resetElectronMock();
  vi.useFakeTimers();
  guard = startClipboardGuard(guardedClipboards(clipboard as unknown as Clipboard));
});

afterEach(() => {
  guard.stop();
  vi.useRealTimers();
});

describe('clipboard guard', () => {
  it('clears a copied recovery key once it has been on the clipboard for a minute', async () => {
    const { text } = generateRecoveryKey();
    clipboard.text = text;
    await advance(CLIPBOARD_POLL_MS);
    await advance(RECOVERY_KEY_CLIPBOARD_MS - CLIPBOARD_POLL_MS);
    expect(clipboard.text).toBe(text);
    await advance(CLIPBOARD_POLL_MS);
    expect(clipboard.text).toBe('');
  });

  it('clears the key from the Linux selection clipboard too (text highlighted on screen)', async () => {
    clipboard.selection.text = generateRecoveryKey().text;
    clipboard.text = 'something else';
    await advance(RECOVERY_KEY_CLIPBOARD_MS + 2 * CLIPBOARD_POLL_MS);
    expect(clipboard.selection.text).toBe('');
    expect(clipboard.text).toBe('something else');
  });

  it('recognises the key however it was copied (lower case, spaces)', async () => {
    clipboard.text = generateRecoveryKey().text.toLowerCase().replace(/-/g, ' ');
    await advance(RECOVERY_KEY_CLIPBOARD_MS + 2 * CLIPBOARD_POLL_MS);
    expect(clipboard.text).toBe('');
  });

  it('leaves alone whatever the person copied after the key', async () => {
    clipboard.text = generateRecoveryKey().text;
    await advance(CLIPBOARD_POLL_MS * 3);
    clipboard.text = 'a note copied from another program';
    await advance(RECOVERY_KEY_CLIPBOARD_MS * 2);
    expect(clipboard.text).toBe('a note copied from another program');
    expect(clipboard.clear).not.toHaveBeenCalled();
  });

  it('leaves alone text that only looks like a key (a typo breaks the checksum)', async () => {
    const key = generateRecoveryKey().text;
    const almost = key.slice(0, -1) + (key.at(-1) === '0' ? '1' : '0');
    clipboard.text = almost;
    await advance(RECOVERY_KEY_CLIPBOARD_MS * 2);
    expect(clipboard.text).toBe(almost);
  });

  it('gives a newly copied key its own minute', async () => {
    clipboard.text = generateRecoveryKey().text;
    await advance(RECOVERY_KEY_CLIPBOARD_MS - CLIPBOARD_POLL_MS);
    const second = generateRecoveryKey().text;
    clipboard.text = second;
    await advance(CLIPBOARD_POLL_MS * 2);
    expect(clipboard.text).toBe(second);
  });

  it('clears a key at once on a lock, from any source, and passes the event on', async () => {
    const emitted: string[] = [];
    const host = { emit: (event: string) => emitted.push(event) } as unknown as Host;
    const wrapped = sweepClipboardOnLock(host, guard);
    clipboard.text = 'not a key';
    wrapped.emit('vault.locked', { reason: 'suspend' });
    await vi.waitFor(() => expect(clipboard.readText).toHaveBeenCalled());
    expect(clipboard.text).toBe('not a key');
    clipboard.text = generateRecoveryKey().text;
    wrapped.emit('vault.locked', { reason: 'screen-lock' });
    await vi.waitFor(() => expect(clipboard.text).toBe(''));
    expect(emitted).toEqual(['vault.locked', 'vault.locked']);
  });

  it('survives a clipboard that cannot be read and tries again later', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    clipboard.readText.mockImplementationOnce(() => Promise.reject(new Error('no display')));
    await advance(CLIPBOARD_POLL_MS);
    expect(error).toHaveBeenCalledWith('Testimony Vault: the clipboard could not be checked.', 'Error');
    clipboard.text = generateRecoveryKey().text;
    await advance(RECOVERY_KEY_CLIPBOARD_MS + 2 * CLIPBOARD_POLL_MS);
    expect(clipboard.text).toBe('');
    error.mockRestore();
  });

  it('guards only the system clipboard where there is no selection clipboard (macOS, Windows)', () => {
    const plain = { readText: () => Promise.resolve(''), clear: () => undefined, selection: undefined } as unknown as Clipboard;
    expect(guardedClipboards(plain)).toEqual([plain]);
    expect(guardedClipboards(clipboard as unknown as Clipboard)).toEqual([clipboard, clipboard.selection]);
  });
});

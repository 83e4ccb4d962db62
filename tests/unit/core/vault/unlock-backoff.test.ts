import { describe, expect, it } from 'vitest';
import { passphraseBytes } from '../../../../electron/core/crypto/passphrase';
import { unlockWithPassphrase, unlockWithRecoveryKey } from '../../../../electron/core/vault/open-vault';
import { backoffDelaySeconds, FREE_FAILURES, unlockWait } from '../../../../electron/core/vault/unlock-backoff';
import { newVault, PASSPHRASE } from '../../helpers/vault';

/** A clock the test moves by hand: the back-off is about wall time, the test must not wait for it. */
function manualClock(start = Date.UTC(2026, 0, 1)) {
  let t = start;
  return { now: () => t, advance: (seconds: number) => (t += seconds * 1000) };
}

describe('unlock back-off', () => {
  it('doubles the wait after each failure beyond the free ones, up to an hour', () => {
    expect(Array.from({ length: FREE_FAILURES }, (_, i) => backoffDelaySeconds(i))).toEqual(Array(FREE_FAILURES).fill(0));
    expect([3, 4, 5, 6].map(backoffDelaySeconds)).toEqual([30, 60, 120, 240]);
    expect(backoffDelaySeconds(40)).toBe(3600);
  });

  it('refuses attempts while waiting (even the right passphrase), says how long, persists across sessions, and resets on success', async () => {
    const { dir, session } = await newVault();
    await session.close();
    const clock = manualClock();
    const wrong = () => unlockWithPassphrase(dir, passphraseBytes('not the passphrase at all'), { now: clock.now });
    for (let i = 0; i < FREE_FAILURES; i++) await expect(wrong()).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    // The count is in the vault folder: a fresh read (as after a restart) sees it.
    expect(await unlockWait(dir, clock.now)).toEqual({ failures: 3, waitSeconds: 30 });
    const refused = unlockWithPassphrase(dir, passphraseBytes(PASSPHRASE), { now: clock.now });
    await expect(refused).rejects.toMatchObject({ code: 'UNLOCK_BACKOFF', details: { waitSeconds: 30, failures: 3 }, message: expect.stringMatching(/wait 30 seconds/) });
    // The recovery key waits too.
    await expect(unlockWithRecoveryKey(dir, 'AAAA', { now: clock.now })).rejects.toMatchObject({ code: 'UNLOCK_BACKOFF' });
    clock.advance(20);
    expect((await unlockWait(dir, clock.now)).waitSeconds).toBe(10);
    clock.advance(10);
    await expect(wrong()).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(await unlockWait(dir, clock.now)).toEqual({ failures: 4, waitSeconds: 60 });
    clock.advance(60);
    const opened = await unlockWithPassphrase(dir, passphraseBytes(PASSPHRASE), { now: clock.now });
    await opened.close();
    expect(await unlockWait(dir, clock.now)).toEqual({ failures: 0, waitSeconds: 0 });
  });
});

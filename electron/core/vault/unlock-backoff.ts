import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { VaultError } from '../../../shared/errors';
import { writeFileAtomic } from '../fs/atomic-write';

/**
 * Unlock back-off (issue 7): after a few wrong passphrases or recovery keys, each further
 * attempt must wait, twice as long each time (30 s, 1 min, 2 min, … at most an hour). The
 * count lives in the vault folder (unlock-attempts.json), so it is per vault, survives a
 * restart of the app, and the CLI obeys it too. It slows guessing through the app; someone
 * who copies the files can skip it, which is what Argon2id's cost per guess is for.
 */
export const ATTEMPTS_FILE = 'unlock-attempts.json';
export const FREE_FAILURES = 3;
const FIRST_DELAY_SECONDS = 30;
const MAX_DELAY_SECONDS = 3600;

const stateSchema = z.object({ failures: z.number().int().nonnegative(), lastFailureAt: z.number().nonnegative() });
type AttemptState = z.infer<typeof stateSchema>;

export type Clock = () => number;

/** Seconds to wait after `failures` wrong attempts in a row before the next one. */
export function backoffDelaySeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - FREE_FAILURES));
}

async function readState(dir: string): Promise<AttemptState> {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(await fs.readFile(path.join(dir, ATTEMPTS_FILE), 'utf8')));
    return parsed.success ? parsed.data : { failures: 0, lastFailureAt: 0 };
  } catch {
    // Missing or unreadable: nothing failed yet (deleting the file is no stronger than copying the vault).
    return { failures: 0, lastFailureAt: 0 };
  }
}

export async function unlockWait(dir: string, now: Clock = Date.now): Promise<{ failures: number; waitSeconds: number }> {
  const state = await readState(dir);
  const delayMs = backoffDelaySeconds(state.failures) * 1000;
  // A clock set backwards does not shorten the wait below a full delay, nor lengthen it past one.
  const elapsed = Math.max(0, now() - state.lastFailureAt);
  return { failures: state.failures, waitSeconds: Math.ceil(Math.max(0, delayMs - elapsed) / 1000) };
}

export async function assertUnlockAllowed(dir: string, now: Clock = Date.now): Promise<void> {
  const { failures, waitSeconds } = await unlockWait(dir, now);
  if (waitSeconds > 0) {
    throw new VaultError('UNLOCK_BACKOFF', `${failures} wrong attempts in a row: wait ${waitSeconds} seconds before trying again.`, { waitSeconds, failures });
  }
}

export async function recordUnlockFailure(dir: string, now: Clock = Date.now): Promise<void> {
  const state = await readState(dir);
  await writeFileAtomic(path.join(dir, ATTEMPTS_FILE), `${JSON.stringify({ failures: state.failures + 1, lastFailureAt: now() })}\n`);
}

export async function clearUnlockFailures(dir: string): Promise<void> {
  await fs.rm(path.join(dir, ATTEMPTS_FILE), { force: true });
}

import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { VaultError } from '../../../shared/errors';
import type { FixityFailure, FixityProgress, FixityReport } from '../../../shared/contract/custody-operations';
import { getTestimonyKey } from '../db/queries/testimonies';
import { decodeIdentity } from '../crypto/age/identity';
import { blobAbsolutePath } from '../media/blob-paths';
import type { VaultSession } from '../vault/session';
import { fixityPlan, judge, keyMissing, type FixityItem, type FixityResult } from './fixity-plan';
import { BlobVerifier } from './fixity-verifier';

export interface FixityOptions {
  onProgress?: (progress: FixityProgress) => void;
  /** Aborting it cancels the audit: the originals checked so far are recorded and reported. */
  signal?: AbortSignal;
  /** Blobs checked at once, each in its own worker. */
  concurrency?: number;
}

/** Results are recorded in batches: one signed checkpoint per batch, not per original. */
const BATCH_SIZE = 200;
const BATCH_MS = 2000;
const PROGRESS_EVERY_MS = 100;

/** PREMIS messageDigestAlgorithm names of what is compared. */
const ALGORITHMS = ['SHA-256', 'SHA-512'];

function eventDetail(result: FixityResult, auditRun: string): Record<string, string | string[]> {
  // No original name here: a file name can name a person, and the log is kept forever.
  const detail: Record<string, string | string[]> = { outcome: result.pass ? 'pass' : 'fail', algorithms: ALGORITHMS, auditRun };
  if (!result.pass) {
    detail.reason = result.failure.reason;
    if (result.failure.ageErrorCode) detail.ageErrorCode = result.failure.ageErrorCode;
  }
  return detail;
}

/** Collects results and records them as PREMIS "fixity check" events, one per original. */
class FixityEvents {
  private pending: FixityResult[] = [];
  private lastFlush = Date.now();

  constructor(
    private readonly session: VaultSession,
    private readonly auditRun: string,
  ) {}

  async add(result: FixityResult): Promise<void> {
    this.pending.push(result);
    if (this.pending.length >= BATCH_SIZE || Date.now() - this.lastFlush >= BATCH_MS) await this.flush();
  }

  async flush(): Promise<void> {
    const batch = this.pending.splice(0);
    this.lastFlush = Date.now();
    if (batch.length === 0) return;
    await this.session.commit((record) => {
      for (const result of batch) record({ type: 'fixity check', objectType: 'media', objectId: result.item.mediaId, detail: eventDetail(result, this.auditRun) });
    });
  }
}

class ProgressMeter {
  private filesDone = 0;
  private bytesDone = 0;
  private failed = 0;
  private readonly inFlight = new Map<string, number>();
  private last = 0;

  constructor(
    private readonly plan: readonly FixityItem[],
    private readonly onProgress: ((progress: FixityProgress) => void) | undefined,
  ) {}

  reading(mediaId: string, bytes: number): void {
    this.inFlight.set(mediaId, bytes);
    this.emit(false);
  }

  finished(result: FixityResult): void {
    this.inFlight.delete(result.item.mediaId);
    this.filesDone++;
    this.bytesDone += result.item.size;
    if (!result.pass) this.failed++;
    this.emit(false);
  }

  emit(force: boolean): void {
    if (!this.onProgress || (!force && Date.now() - this.last < PROGRESS_EVERY_MS)) return;
    this.last = Date.now();
    let reading = 0;
    for (const bytes of this.inFlight.values()) reading += bytes;
    this.onProgress({
      filesDone: this.filesDone,
      filesTotal: this.plan.length,
      bytesDone: this.bytesDone + reading,
      bytesTotal: this.plan.reduce((sum, item) => sum + item.size, 0),
      failed: this.failed,
    });
  }
}

async function check(session: VaultSession, verifier: BlobVerifier, item: FixityItem, meter: ProgressMeter): Promise<FixityResult> {
  const key = getTestimonyKey(session.db, item.testimonyId);
  if (!key) return keyMissing(item);
  let blobPath: string;
  try {
    blobPath = blobAbsolutePath(session.dir, item.blobPath);
  } catch {
    return judge(item, { ok: false, problem: { kind: 'unreadable', errno: 'OUTSIDE_VAULT', message: 'The database records this blob outside the vault folder.' } });
  }
  return judge(item, await verifier.verify(blobPath, decodeIdentity(key.identity), (bytes) => meter.reading(item.mediaId, bytes)));
}

/**
 * The fixity audit (issue 5): every original is decrypted and rehashed with SHA-256 and
 * SHA-512 in worker threads and compared with the hashes recorded at ingest; each result is a
 * PREMIS "fixity check" event on the original. Locking stops it (nothing more is recorded);
 * cancelling records and reports what was checked until then.
 */
export function runFixityAudit(session: VaultSession, options: FixityOptions = {}): Promise<FixityReport> {
  return session.runTask(async (lockSignal) => {
    const plan = fixityPlan(session.db);
    const events = new FixityEvents(session, randomUUID());
    const meter = new ProgressMeter(plan, options.onProgress);
    const results: (FixityResult | undefined)[] = new Array<FixityResult | undefined>(plan.length);
    const stop = AbortSignal.any(options.signal ? [lockSignal, options.signal] : [lockSignal]);
    const verifiers = Array.from({ length: Math.min(options.concurrency ?? Math.min(2, os.availableParallelism()), plan.length) }, () => new BlobVerifier());
    const stopAll = () => {
      const reason = lockSignal.reason instanceof Error ? lockSignal.reason : new VaultError('CANCELLED', 'The fixity audit was cancelled.');
      for (const verifier of verifiers) void verifier.stop(reason);
    };
    stop.addEventListener('abort', stopAll, { once: true });
    meter.emit(true);

    let next = 0;
    const drain = async (verifier: BlobVerifier): Promise<void> => {
      while (next < plan.length && !stop.aborted) {
        const index = next++;
        const item = plan[index]!;
        const result = await check(session, verifier, item, meter);
        results[index] = result;
        meter.finished(result);
        await events.add(result);
      }
    };
    // A worker that dies is a bug: stop the others too rather than report a partial pass.
    const outcomes = await Promise.allSettled(
      verifiers.map((verifier) =>
        drain(verifier).catch((error: unknown) => {
          for (const other of verifiers) void other.stop(error instanceof Error ? error : new Error(String(error)));
          throw error;
        }),
      ),
    );
    stop.removeEventListener('abort', stopAll);
    await Promise.all(verifiers.map((v) => v.stop(new VaultError('CANCELLED', 'The fixity audit is over.'))));
    if (lockSignal.aborted) throw new VaultError('VAULT_LOCKED', 'The vault was locked during the fixity audit; run it again to check every original.');
    // Whatever happened, the checks that were made are recorded.
    await events.flush();
    const crashed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected' && !(o.reason instanceof VaultError && o.reason.code === 'CANCELLED'));
    if (crashed) throw crashed.reason;
    meter.emit(true);
    const done = results.filter((r): r is FixityResult => r !== undefined);
    const failed: FixityFailure[] = done.flatMap((r) => (r.pass ? [] : [r.failure]));
    return { checked: done.length, passed: done.length - failed.length, failed, cancelled: options.signal?.aborted === true && done.length < plan.length };
  });
}

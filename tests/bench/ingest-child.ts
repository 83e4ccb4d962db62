import path from 'node:path';
import { readFileSync } from 'node:fs';
import { configureRuntime } from '../../electron/core/runtime';
import { unlockWithRecoveryKey } from '../../electron/core/vault/open-vault';
import { getTestimonyByCode } from '../../electron/core/db/queries/testimonies';
import { startIngest } from '../../electron/core/media/ingest';
import { MediaAccess } from '../../electron/core/media/media-access';
import { median, peakRssBytes, resetPeakRss } from './measure';

/**
 * One ingest in a fresh process, so its peak memory is its own:
 *   ingest-child.ts VAULT RECOVERY_KEY_FILE CODE FILE [--range-reads]
 * Unlocks with the recovery key (no Argon2id, whose 256 MiB would mask the ingest's peak),
 * resets the peak-RSS counter, ingests, and prints one JSON line.
 */
const [vault = '', keyFile = '', code = '', file = '', flag] = process.argv.slice(2);
configureRuntime({ workerDir: path.resolve(import.meta.dirname, '../../dist/workers') });

const session = await unlockWithRecoveryKey(vault, readFileSync(keyFile, 'utf8').trim());
const testimony = getTestimonyByCode(session.db, code);
if (!testimony) throw new Error(`no testimony ${code}`);
global.gc?.();
const resetWorked = resetPeakRss();
const baseline = peakRssBytes();
const start = process.hrtime.bigint();
const job = await startIngest(session, testimony.id, path.resolve(file), () => undefined);
const record = await job.done;
const ingestMs = Number(process.hrtime.bigint() - start) / 1e6;
const peak = peakRssBytes();

let rangeRead: { firstOpenAndReadMs: number; openAndReadMedianMs: number; cachedReadMedianMs: number } | undefined;
if (flag === '--range-reads') {
  // Three figures for a 64 KiB read at the end of the blob: the very first in this process
  // (JIT and WebAssembly warm-up included), a blob not yet open (header, X25519 unwrap, final
  // chunk authentication, then the read), and a blob already open (what seeking costs).
  const at = Math.max(0, record.size - 64 * 1024);
  const timeIt = async (media: MediaAccess) => {
    const t = process.hrtime.bigint();
    const { reader } = await media.reader(record.id);
    await reader.read(at, record.size);
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  let media = new MediaAccess(session);
  const firstOpenAndReadMs = await timeIt(media);
  const cached: number[] = [];
  for (let i = 0; i < 50; i++) cached.push(await timeIt(media));
  await media.close();
  const fresh: number[] = [];
  for (let i = 0; i < 30; i++) {
    media = new MediaAccess(session);
    fresh.push(await timeIt(media));
    await media.close();
  }
  rangeRead = { firstOpenAndReadMs, openAndReadMedianMs: median(fresh), cachedReadMedianMs: median(cached) };
}
await session.close();
process.stdout.write(`${JSON.stringify({ ingestMs, size: record.size, peakRssBytes: peak, baselineRssBytes: baseline, peakResetWorked: resetWorked, rangeRead })}\n`);

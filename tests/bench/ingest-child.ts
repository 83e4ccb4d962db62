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

let rangeRead: { coldMs: number; warmMedianMs: number } | undefined;
if (flag === '--range-reads') {
  const media = new MediaAccess(session);
  const at = Math.max(0, record.size - 64 * 1024);
  const t0 = process.hrtime.bigint();
  const { reader } = await media.reader(record.id);
  await reader.read(at, record.size);
  const coldMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const warm: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = process.hrtime.bigint();
    const { reader: r } = await media.reader(record.id);
    await r.read(at, record.size);
    warm.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  rangeRead = { coldMs, warmMedianMs: median(warm) };
  await media.close();
}
await session.close();
process.stdout.write(`${JSON.stringify({ ingestMs, size: record.size, peakRssBytes: peak, baselineRssBytes: baseline, peakResetWorked: resetWorked, rangeRead })}\n`);

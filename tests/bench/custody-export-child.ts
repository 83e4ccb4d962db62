import path from 'node:path';
import { readFileSync } from 'node:fs';
import { configureRuntime } from '../../electron/core/runtime';
import { unlockWithRecoveryKey } from '../../electron/core/vault/open-vault';
import { runCustodyExport, testimonyIdsByCode } from '../../electron/core/custody/custody-export';
import { peakRssBytes, resetPeakRss } from './measure';

/**
 * One custody export in a fresh process, so its peak memory is its own:
 *   custody-export-child.ts VAULT RECOVERY_KEY_FILE CODE RECIPIENT OUT
 * Unlocks with the recovery key (no Argon2id, whose 256 MiB would mask the export's peak),
 * resets the peak-RSS counter, exports the testimony's originals to the age recipient, and
 * prints one JSON line. The package worker is a thread of this process: its memory counts.
 */
const [vault = '', keyFile = '', code = '', recipient = '', out = ''] = process.argv.slice(2);
configureRuntime({ workerDir: path.resolve(import.meta.dirname, '../../dist/workers') });

const session = await unlockWithRecoveryKey(vault, readFileSync(keyFile, 'utf8').trim());
global.gc?.();
const resetWorked = resetPeakRss();
const baseline = peakRssBytes();
const start = process.hrtime.bigint();
const outcome = await runCustodyExport(
  session,
  { testimonyIds: testimonyIdsByCode(session, [code]), parts: ['originals'], recipients: { kind: 'keys', recipientKind: 'archive', publicKeys: [recipient] } },
  { target: async () => path.resolve(out), overwrite: true },
);
const exportMs = Number(process.hrtime.bigint() - start) / 1e6;
const peak = peakRssBytes();
await session.close();
if (outcome.status !== 'exported') throw new Error(`export ${outcome.status}`);
process.stdout.write(`${JSON.stringify({ exportMs, packageBytes: outcome.receipt.packageBytes, peakRssBytes: peak, baselineRssBytes: baseline, peakResetWorked: resetWorked })}\n`);

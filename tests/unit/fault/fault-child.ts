/**
 * The victim of the fault-injection test (kill-during-work.test.ts): unlocks the vault and
 * works without pause (new testimonies, imports, record and transcript edits, recordings
 * chunk by chunk, exports) until the parent kills it with SIGKILL. Bundled by the test with
 * esbuild and run by plain node, as the CLI is. Prints one line per step (the parent does
 * not rely on them to pick the moment; they show how far a run got).
 *
 * argv: vaultDir recoveryKey workDir seed
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { configureRuntime } from '../../../electron/core/runtime';
import { unlockWithRecoveryKey } from '../../../electron/core/vault/open-vault';
import { createTestimony, testimonies } from '../../../electron/core/records/testimonies';
import { updateOverview } from '../../../electron/core/records/record-service';
import { testimonyOverviewSchema } from '../../../shared/domain/record';
import { createTranscript, saveTranscript, transcriptsOf } from '../../../electron/core/originals/transcripts-service';
import { startIngest } from '../../../electron/core/media/ingest';
import { exportOriginal } from '../../../electron/core/media/export-original';
import { MediaAccess } from '../../../electron/core/media/media-access';
import { Recordings } from '../../../electron/core/originals/recording-service';
import { listMedia } from '../../../electron/core/db/queries/media';

configureRuntime({ workerDir: process.env.TV_WORKER_DIR ?? '' });

const [vaultDir = '', recoveryKey = '', workDir = '', seedText = '1'] = process.argv.slice(2);
let seed = Number(seedText) >>> 0 || 1;
function random(n: number): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
}

async function main(): Promise<void> {
  const session = await unlockWithRecoveryKey(vaultDir, recoveryKey);
  const media = new MediaAccess(session);
  const recordings = new Recordings(session);
  const sources = (await fs.readdir(path.join(workDir, 'sources'))).filter((n) => n.endsWith('.wav')).map((n) => path.join(workDir, 'sources', n));
  const webm = await fs.readFile(path.join(workDir, 'sources', 'recording.webm'));
  process.stdout.write('ready\n');
  for (let step = 0; ; step++) {
    const list = testimonies(session);
    const op = list.length === 0 ? 0 : random(6);
    const target = list[random(Math.max(1, list.length))];
    if (op === 0 || !target) {
      await createTestimony(session, { code: `F${seedText}-${step}`, title: `Fault ${seedText} ${step}` });
    } else if (op === 1) {
      const job = await startIngest(session, target.id, sources[random(sources.length)]!, () => undefined);
      await job.done;
    } else if (op === 2) {
      await updateOverview(session, target.id, testimonyOverviewSchema.parse({ code: target.code, title: `Edited ${seedText} ${step}`, summary: 'x'.repeat(random(5000)) }));
    } else if (op === 3) {
      const existing = transcriptsOf(session, target.id)[0] ?? (await createTranscript(session, { testimonyId: target.id, mediaId: null, kind: 'transcript', language: 'en', sourceId: null }));
      const paragraphs = Array.from({ length: 1 + random(20) }, () => ({ id: randomUUID(), start: null, speaker: '', text: `paragraph ${step} `.repeat(1 + random(50)) }));
      await saveTranscript(session, existing.id, existing.latestVersion, paragraphs);
    } else if (op === 4) {
      const id = await recordings.start(target.id, 'audio/webm;codecs=opus');
      const size = 4096;
      for (let seq = 0; seq * size < webm.length; seq++) await recordings.chunk(id, seq, webm.subarray(seq * size, (seq + 1) * size));
      // Half are finished, half left open: the next run finds them interrupted.
      if (random(2) === 0) await recordings.finish(id);
    } else {
      const originals = listMedia(session.db, target.id);
      const chosen = originals[random(Math.max(1, originals.length))];
      if (chosen) await exportOriginal(session, media, chosen.id, path.join(workDir, 'exports', `${seedText}-${step}.bin`), { overwrite: false });
    }
    process.stdout.write(`step ${step} op ${op}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`fault-child: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
  process.exit(1);
});

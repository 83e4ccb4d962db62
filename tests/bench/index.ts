import { execFileSync } from 'node:child_process';
import { createWriteStream, promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { configureRuntime } from '../../electron/core/runtime';
import { passphraseBytes } from '../../electron/core/crypto/passphrase';
import { createVault, unlockWithPassphrase } from '../../electron/core/vault/open-vault';
import { createTestimony } from '../../electron/core/records/testimonies';
import { getTestimonyKey } from '../../electron/core/db/queries/testimonies';
import { currentRssBytes, MiB, median, round, runJsonChild, timeCommand } from './measure';
import { listRenderBench } from './list-render-bench';
import { searchBench } from './search-bench';
import { originalsBench } from './originals-bench';
import { argon2idBench } from './argon2id-bench';
import { custodyBench } from './custody-bench';

/**
 * `npm run bench`: prints one JSON object. Every timing of ours is set against a peer run in
 * the same process tree on the same file (cp, the stock age tool), so the ratios mean
 * something on a shared, noisy machine. Environment: BENCH_ONLY (comma-separated sections:
 * argon2id (the cost of one passphrase guess), ingest, search, render (the list's first render in Chromium), originals (a 3-hour recording: ingest, peaks, opening,
 * seeking; originals-bench.ts), custody (export of BIG_MIB of originals vs tar | age -r; custody-bench.ts); default all), BENCH_BIG_MIB (default 1024), BENCH_RUNS (default 3),
 * BENCH_TESTIMONIES (default 10000), BENCH_DIR (default the OS temp folder).
 */
const ONLY = new Set((process.env.BENCH_ONLY ?? 'argon2id,ingest,search,render,originals,custody').split(',').map((s) => s.trim()));
const BIG_MIB = Number(process.env.BENCH_BIG_MIB ?? 1024);
const SMALL_MIB = 32;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PASSPHRASE = 'benchmark passphrase';
const root = path.resolve(import.meta.dirname, '../..');

configureRuntime({ workerDir: path.join(root, 'dist/workers') });

async function randomFile(file: string, mib: number): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < mib; i++) {
    if (!out.write(randomBytes(MiB))) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

interface ChildResult {
  ingestMs: number;
  size: number;
  peakRssBytes: number;
  baselineRssBytes: number;
  peakResetWorked: boolean;
  rangeRead?: { firstOpenAndReadMs: number; openAndReadMedianMs: number; cachedReadMedianMs: number };
}

function ingestChild(vault: string, keyFile: string, file: string, rangeReads: boolean): Promise<ChildResult> {
  const args = ['--expose-gc', '--import', 'tsx', path.join(root, 'tests/bench/ingest-child.ts'), vault, keyFile, 'BENCH', file];
  if (rangeReads) args.push('--range-reads');
  return runJsonChild<ChildResult>(process.execPath, args);
}

async function ingestBench(): Promise<Record<string, unknown>> {
  const work = await fs.mkdtemp(path.join(process.env.BENCH_DIR ?? os.tmpdir(), 'tv-bench-'));
  try {
    const big = path.join(work, 'big.bin');
    const small = path.join(work, 'small.bin');
    await randomFile(big, BIG_MIB);
    await randomFile(small, SMALL_MIB);

    // Argon2id: the cost of one guess, and whether its 256 MiB leave the main process.
    const vault = path.join(work, 'vault');
    const created = await createVault(vault, passphraseBytes(PASSPHRASE));
    const testimony = await createTestimony(created.session, { code: 'BENCH', title: 'Benchmark' });
    const recipient = getTestimonyKey(created.session.db, testimony.id)!.recipient;
    await created.session.close();
    const keyFile = path.join(work, 'recovery.txt');
    await fs.writeFile(keyFile, created.recoveryKey, { mode: 0o600 });
    global.gc?.();
    const rssBefore = currentRssBytes();
    const unlockStart = process.hrtime.bigint();
    const unlocked = await unlockWithPassphrase(vault, passphraseBytes(PASSPHRASE));
    const unlockMs = Number(process.hrtime.bigint() - unlockStart) / 1e6;
    await unlocked.close();
    global.gc?.();
    const rssAfter = currentRssBytes();

    const cpMs: number[] = [];
    const ageMs: number[] = [];
    const ingestMs: number[] = [];
    let bigRun: ChildResult | undefined;
    for (let run = 0; run < RUNS; run++) {
      cpMs.push(await timeCommand('cp', [big, path.join(work, 'copy.bin')]));
      await fs.rm(path.join(work, 'copy.bin'));
      ageMs.push(await timeCommand('age', ['-r', recipient, '-o', path.join(work, 'big.age'), big]));
      await fs.rm(path.join(work, 'big.age'));
      const result = await ingestChild(vault, keyFile, big, run === RUNS - 1);
      ingestMs.push(result.ingestMs);
      bigRun = result;
    }
    const smallRun = await ingestChild(vault, keyFile, small, false);
    const ingestMedian = median(ingestMs);
    const ageMedian = median(ageMs);
    const rssDelta = bigRun!.peakRssBytes - smallRun.peakRssBytes;

    return {
      file: { bytes: BIG_MIB * MiB, runs: RUNS },
      cp: { medianMs: round(median(cpMs)), runsMs: cpMs.map((v) => round(v)) },
      ageEncrypt: { medianMs: round(ageMedian), runsMs: ageMs.map((v) => round(v)) },
      ingest: {
        medianMs: round(ingestMedian),
        runsMs: ingestMs.map((v) => round(v)),
        mibPerSecond: round((BIG_MIB * 1000) / ingestMedian),
        ratioToAge: round(ingestMedian / ageMedian, 3),
        target: 1.15,
        pass: ingestMedian / ageMedian <= 1.15,
      },
      memory: {
        peakRssIngestSmallMiB: round(smallRun.peakRssBytes / MiB),
        peakRssIngestBigMiB: round(bigRun!.peakRssBytes / MiB),
        deltaMiB: round(rssDelta / MiB),
        targetMiB: 32,
        pass: rssDelta <= 32 * MiB,
        peakMeasuredPerPhase: bigRun!.peakResetWorked && smallRun.peakResetWorked,
      },
      rangeRead64KiBAtEnd: {
        openAndReadMedianMs: round(bigRun!.rangeRead!.openAndReadMedianMs, 3),
        cachedReadMedianMs: round(bigRun!.rangeRead!.cachedReadMedianMs, 3),
        firstInProcessMs: round(bigRun!.rangeRead!.firstOpenAndReadMs, 3),
        targetMs: 5,
        pass: bigRun!.rangeRead!.openAndReadMedianMs <= 5,
      },
      // The whole unlock (Argon2id, unwrap, open the database); one guess alone: section argon2id.
      unlockWithPassphrase: {
        unlockMs: round(unlockMs),
        mainProcessRssBeforeMiB: round(rssBefore / MiB),
        mainProcessRssAfterMiB: round(rssAfter / MiB),
      },
    };
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

const report: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? 'unknown', node: process.version, age: execFileSync('age', ['--version']).toString().trim() },
};
if (ONLY.has('argon2id')) report.argon2id = await argon2idBench(RUNS);
if (ONLY.has('ingest')) Object.assign(report, await ingestBench());
if (ONLY.has('search')) report.search = await searchBench();
if (ONLY.has('render')) report.render = await listRenderBench();
if (ONLY.has('originals')) report.originals = await originalsBench();
if (ONLY.has('custody')) report.custodyExport = await custodyBench(BIG_MIB, RUNS);
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);

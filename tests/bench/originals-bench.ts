import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createVaultApi, type VaultApi, type VaultApiOptions } from '../../electron/core/api';
import { passphraseBytes } from '../../electron/core/crypto/passphrase';
import { createTestimony } from '../../electron/core/records/testimonies';
import { createVault } from '../../electron/core/vault/open-vault';
import { en } from '../../renderer/src/i18n/en';
import type { MediaItem } from '../../shared/domain/media';
import type { Peaks } from '../../shared/contract/media-operations';
import { launchE2E } from '../harness/vault-harness';
import { until } from './list-render-bench';
import { MiB, median, peakRssBytes, resetPeakRss, round, runJsonChild } from './measure';
import { decodeIsolated } from './originals-decode-isolated';
import { ChromiumMemory, profileTop } from './originals-memory';
import { openingProbe, seeksProbe } from './originals-probes';

const run = promisify(execFile);

/**
 * Issue 4's benchmark: a 3-hour interview (BENCH_AUDIO_HOURS), made here from espeak-ng
 * speech in English and Arabic looped into one MP3 (32 kb/s mono, what a field recorder or a
 * phone hands over; stream-copied, so making it takes seconds).
 * - ingest: core in a child process of its own (tests/bench/ingest-child.ts), peak RSS;
 * - peaks: the first opening in Chromium computes them (the renderer's waveform worker,
 *   WebCodecs) and saves them; the renderer process's peak RSS (/proc) and the page's JS heap
 *   (CDP Performance.getMetrics) while it does;
 * - waveform visible: later openings of the testimony (peaks stored), row click -> painted;
 * - seek: a random position set on the <audio> -> its `playing` event (vault-media:// Range
 *   requests, answered by core through the harness's route).
 * Figures only: the targets are reported with their ratios, nothing asserts on time.
 * Environment: BENCH_AUDIO_HOURS (3), BENCH_SEEKS (20), BENCH_OPENINGS (5), BENCH_DECODE_ALONE=0
 * skips the attribution runs (originals-decode-isolated.ts), BENCH_PROFILE=1 adds the page's CPU
 * profile of the last opening.
 */
const PASSPHRASE = 'originals benchmark passphrase';
const CODE = 'BENCH-AUDIO';
const NAME = 'interview-3h.mp3';
const HOURS = Number(process.env.BENCH_AUDIO_HOURS ?? 3);
const SEEKS = Number(process.env.BENCH_SEEKS ?? 20);
const OPENINGS = Number(process.env.BENCH_OPENINGS ?? 5);
const PROFILE = process.env.BENCH_PROFILE === '1';
const TARGET = { ingestPeakRssMiB: 300, waveformVisibleMs: 1000, seekToPlayingMs: 150 };
const root = path.resolve(import.meta.dirname, '../..');

/** Speech in both languages with a pause, then looped (stream copy) to `hours`. */
async function longInterview(dir: string, hours: number): Promise<string> {
  const en = path.join(dir, 'en.wav');
  const ar = path.join(dir, 'ar.wav');
  const unit = path.join(dir, 'unit.wav');
  const unitMp3 = path.join(dir, 'unit.mp3');
  const out = path.join(dir, NAME);
  await run('espeak-ng', ['-v', 'en-gb', '-s', '150', '-w', en, 'I was on my way to work when they stopped us at the checkpoint. They took our phones and our identity cards. We waited for hours in the sun.']);
  await run('espeak-ng', ['-v', 'ar', '-s', '150', '-w', ar, 'كنت في طريقي إلى العمل عندما أوقفونا عند الحاجز. أخذوا هواتفنا وبطاقاتنا الشخصية. انتظرنا ساعات تحت الشمس.']);
  await run('sox', ['-R', en, ar, '-r', '22050', '-c', '1', unit, 'pad', '0', '1.5']);
  const ffmpeg = ['-hide_banner', '-loglevel', 'error', '-y'];
  await run('ffmpeg', [...ffmpeg, '-i', unit, '-c:a', 'libmp3lame', '-b:a', '32k', unitMp3]);
  await run('ffmpeg', [...ffmpeg, '-stream_loop', '-1', '-i', unitMp3, '-c', 'copy', '-t', String(hours * 3600), out]);
  return out;
}

interface IngestChild {
  ingestMs: number;
  size: number;
  peakRssBytes: number;
  baselineRssBytes: number;
  peakResetWorked: boolean;
}

interface Served {
  range: string | null;
  status: number;
  bytes: number;
  ms: number;
}

/** The real core, with each vault-media:// answer timed where core makes it. */
function timedApi(served: Served[], calls: Map<string, number>): (options: VaultApiOptions) => VaultApi {
  return (options) => {
    const api = createVaultApi(options);
    return {
      dispatch: (operation, input) => {
        calls.set(String(operation), (calls.get(String(operation)) ?? 0) + 1);
        return api.dispatch(operation, input);
      },
      serveMedia: async (url, range, method) => {
        const start = performance.now();
        const answer = await api.serveMedia(url, range, method);
        served.push({ range, status: answer.status, bytes: answer.body?.byteLength ?? 0, ms: performance.now() - start });
        return answer;
      },
      importDroppedFiles: (input) => api.importDroppedFiles(input),
      lock: (reason) => api.lock(reason),
      settings: () => api.settings(),
      isUnlocked: () => api.isUnlocked(),
      close: () => api.close(),
    };
  };
}

async function core<T>(api: VaultApi, operation: string, input: unknown): Promise<T> {
  const reply = await api.dispatch(operation, input);
  if (!reply.ok) throw new Error(`${operation}: ${reply.code} ${reply.message}`);
  return reply.value as T;
}

const mib = (bytes: number) => round(bytes / MiB, 1);
/** Progress on stderr (stdout carries only the JSON). */
const say = (text: string) => process.stderr.write(`originals bench: ${text}\n`);

export async function originalsBench(): Promise<Record<string, unknown>> {
  const work = await fs.mkdtemp(path.join(process.env.BENCH_DIR ?? os.tmpdir(), 'tv-bench-originals-'));
  const vaultDir = path.join(work, 'vault');
  try {
    const madeStart = performance.now();
    const file = await longInterview(work, HOURS);
    const makeMs = performance.now() - madeStart;
    const fileBytes = (await fs.stat(file)).size;
    say(`${HOURS} h recording made (${mib(fileBytes)} MiB) in ${round(makeMs)} ms`);

    const created = await createVault(vaultDir, passphraseBytes(PASSPHRASE));
    await createTestimony(created.session, { code: CODE, title: 'Three-hour interview' });
    await created.session.close();
    const keyFile = path.join(work, 'recovery.txt');
    await fs.writeFile(keyFile, created.recoveryKey, { mode: 0o600 });

    // Ingest in a process of its own: its peak RSS is the ingest's, not Playwright's or Argon2id's.
    const ingest = await runJsonChild<IngestChild>(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(root, 'tests/bench/ingest-child.ts'), vaultDir, keyFile, CODE, file]);

    say(`ingested in ${round(ingest.ingestMs)} ms, peak RSS ${mib(ingest.peakRssBytes)} MiB`);
    const served: Served[] = [];
    const calls = new Map<string, number>();
    const e2e = await launchE2E({ createApi: timedApi(served, calls) });
    let figures: Record<string, unknown>;
    try {
      const vault = await e2e.newVault({ vaultDir });
      const { page } = vault;
      const cdp = await page.context().newCDPSession(page);
      await vault.open();
      const field = page.getByLabel(en.unlock.passphrase, { exact: true });
      await field.fill(PASSPHRASE);
      await field.press('Enter');
      await page.locator(`[data-testimony-code="${CODE}"]`).waitFor({ timeout: 120_000 });
      const testimonyId = (await core<{ items: { id: string; code: string }[] }>(vault.api, 'testimonies.list', {})).items.find((t) => t.code === CODE)!.id;
      const item = (await core<{ items: MediaItem[] }>(vault.api, 'media.list', { testimonyId })).items[0]!;
      const openName = en.originals.openNamed.replace('{{name}}', NAME);

      // First opening: no peaks yet; the renderer computes and stores them.
      await page.locator(`[data-testimony-code="${CODE}"]`).click();
      await page.getByRole('button', { name: openName, exact: true }).waitFor({ timeout: 60_000 });
      const memory = new ChromiumMemory(cdp);
      resetPeakRss();
      await memory.start();
      const reads = calls.get('media.readRange') ?? 0;
      const peaksStart = performance.now();
      await page.getByRole('button', { name: openName, exact: true }).click();
      await until(page, `(() => { const c = document.querySelector('section.record-section-files .waveform-container'); return !!c && !c.hidden; })()`, 30 * 60_000);
      const peaksMs = performance.now() - peaksStart;
      const chromium = await memory.stop();
      const harnessPeak = peakRssBytes();
      say(`peaks computed and shown in ${round(peaksMs)} ms`);
      const stored = await core<{ peaks: Peaks | null }>(vault.api, 'media.peaks', { mediaId: item.id });

      // Later openings: the stored peaks, from the list's row to the waveform painted.
      const openings: { rowClickToPaintedMs: number; openClickToPaintedMs: number }[] = [];
      let openingProfile: { where: string; selfMs: number }[] | undefined;
      for (let i = 0; i < OPENINGS; i++) {
        await page.getByRole('button', { name: en.record.back, exact: true }).click();
        await page.locator(`[data-testimony-code="${CODE}"]`).waitFor();
        await page.evaluate(openingProbe(openName));
        const profiling = PROFILE && i === OPENINGS - 1;
        if (profiling) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
          await cdp.send('Profiler.start');
        }
        await page.locator(`[data-testimony-code="${CODE}"]`).click();
        await until(page, 'globalThis.__originalsBench.painted > 0', 60_000);
        if (profiling) openingProfile = profileTop((await cdp.send('Profiler.stop')).profile);
        const p = await page.evaluate<{ rowClick: number; openClick: number; painted: number }>('globalThis.__originalsBench');
        openings.push({ rowClickToPaintedMs: round(p.painted - p.rowClick, 1), openClickToPaintedMs: round(p.painted - p.openClick, 1) });
      }

      say(`opened ${OPENINGS} times: ${openings.map((o) => o.rowClickToPaintedMs).join(', ')} ms`);
      // Seeks on the open original.
      const servedBefore = served.length;
      const seek = await page.evaluate<{ duration: number; first: number; seeks: { at: number; ms: number }[]; interrupted: number; stuck: unknown[] }>(seeksProbe(SEEKS));
      const seekServed = served.slice(servedBefore);
      if (vault.problems.length > 0) throw new Error(`The page reported problems: ${vault.problems.join('; ')}`);

      const visibleMedian = median(openings.map((o) => o.rowClickToPaintedMs));
      const seekMs = seek.seeks.map((s) => s.ms).filter((ms) => Number.isFinite(ms));
      const seekMedian = median(seekMs);
      const seekMax = Math.max(...seekMs);
      const rssPeak = Math.max(ingest.peakRssBytes, chromium.rendererHwmBytes, chromium.rendererPeakRssBytes);
      figures = {
        /** 1-, 5- and 15-minute load averages when the figures were taken: the machine is shared. */
        loadAverage: os.loadavg().map((l) => round(l, 1)),
        file: { name: NAME, format: 'MP3 32 kb/s mono 22.05 kHz (espeak-ng speech, English and Arabic, looped)', hours: HOURS, bytes: fileBytes, makeMs: round(makeMs) },
        original: { contentType: item.contentType, durationSeconds: item.durationSeconds, damage: item.damage },
        ingest: {
          ms: round(ingest.ingestMs),
          mibPerSecond: round(fileBytes / MiB / (ingest.ingestMs / 1000)),
          nodePeakRssMiB: mib(ingest.peakRssBytes),
          nodeBaselineRssMiB: mib(ingest.baselineRssBytes),
          peakMeasuredAlone: ingest.peakResetWorked,
        },
        peaks: {
          /** Open clicked (no peaks stored) -> waveform shown: read, decoded in Chromium, saved. */
          ms: round(peaksMs),
          realtimeFactor: round((HOURS * 3600 * 1000) / peaksMs, 1),
          readRangeCalls: (calls.get('media.readRange') ?? 0) - reads,
          stored: stored.peaks !== null,
          storedBytes: stored.peaks?.data.byteLength ?? 0,
          durationSeconds: stored.peaks?.durationSeconds ?? null,
          rendererPeakRssMiB: mib(Math.max(chromium.rendererHwmBytes, chromium.rendererPeakRssBytes)),
          rendererHwmResetWorked: chromium.hwmResetWorked,
          chromiumAllProcessesPeakRssMiB: mib(chromium.allProcessesPeakRssBytes),
          rendererRssWhenOpenedMiB: mib(chromium.rendererStartRssBytes),
          pageJsHeapPeakMiB: mib(chromium.pageJsHeapPeakBytes),
          pageJsHeapAfterGcMiB: mib(chromium.pageJsHeapAfterGcBytes),
          /** The test process standing in for Electron's main (core + Playwright), for reference. */
          harnessProcessPeakRssMiB: mib(harnessPeak),
        },
        memory: { peakRssMiB: mib(rssPeak), targetMiB: TARGET.ingestPeakRssMiB, ratio: round(rssPeak / MiB / TARGET.ingestPeakRssMiB, 3), pass: rssPeak <= TARGET.ingestPeakRssMiB * MiB },
        waveformVisible: {
          openings,
          /** Row of the testimony clicked -> its page, the original opened, stored peaks drawn and painted. */
          medianMs: round(visibleMedian, 1),
          maxMs: round(Math.max(...openings.map((o) => o.rowClickToPaintedMs)), 1),
          targetMs: TARGET.waveformVisibleMs,
          ratio: round(visibleMedian / TARGET.waveformVisibleMs, 3),
          pass: Math.max(...openings.map((o) => o.rowClickToPaintedMs)) <= TARGET.waveformVisibleMs,
          /** BENCH_PROFILE=1: the page's CPU profile of the last opening, most self time first. */
          profileTop: openingProfile,
        },
        seek: {
          count: seek.seeks.length,
          playInterruptedByPause: seek.interrupted,
          notPlayingAfter15s: seek.stuck,
          firstPlayFromStartMs: round(seek.first, 1),
          medianMs: round(seekMedian, 1),
          p90Ms: round([...seekMs].sort((a, b) => a - b)[Math.floor(seekMs.length * 0.9)] ?? Number.NaN, 1),
          maxMs: round(seekMax, 1),
          runsMs: seek.seeks.map((s) => round(s.ms, 1)),
          targetMs: TARGET.seekToPlayingMs,
          ratio: round(seekMedian / TARGET.seekToPlayingMs, 3),
          pass: seek.stuck.length === 0 && seekMax <= TARGET.seekToPlayingMs,
          rangeRequests: seekServed.length,
          rangeStatuses: [...new Set(seekServed.map((s) => s.status))],
          coreServeMedianMs: round(median(seekServed.map((s) => s.ms)), 1),
          bytesPerAnswerMedian: median(seekServed.map((s) => s.bytes)),
        },
      };
    } finally {
      await e2e.close();
    }
    // Where the renderer's memory goes: the same decoding alone, bytes by fetch or by the harness's transport.
    if (process.env.BENCH_DECODE_ALONE === '0') return figures;
    say('decoding again alone, to attribute the renderer memory');
    const alone = await decodeIsolated(file);
    figures.decodeAlone = alone;
    // The renderer as Electron would have it: the app's page when the original is opened, plus
    // what decoding adds with the bytes brought in binary (the fetch run), not as base64 text.
    const measured = figures.peaks as { rendererRssWhenOpenedMiB: number };
    const estimate = round(measured.rendererRssWhenOpenedMiB + alone.fetch.rendererPeakRssMiB - alone.fetch.rendererStartRssMiB, 1);
    figures.electronRendererEstimate = { peakRssMiB: estimate, targetMiB: TARGET.ingestPeakRssMiB, ratio: round(estimate / TARGET.ingestPeakRssMiB, 3), pass: estimate <= TARGET.ingestPeakRssMiB };
    return figures;
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

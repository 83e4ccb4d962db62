import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MediaItem } from '../../shared/domain/media';
import { launchE2E, type E2E, type VaultPage } from '../harness/vault-harness';
import { WORKER_POLICY } from '../../renderer/src/features/originals/waveform/worker-policy';
import { callCore } from './record-steps';
import { computeIn, countingApi, int8, serveWaveformPage, showPeaks, type PeaksSummary, type WaveformPages } from './waveform-page';

const run = promisify(execFile);

/** Each format of the issue, made from the same speech by ffmpeg. */
const FORMATS: [string, string[]][] = [
  ['wav', ['-c:a', 'pcm_s16le']],
  ['mp3', ['-c:a', 'libmp3lame', '-b:a', '64k']],
  ['m4a', ['-c:a', 'aac', '-b:a', '64k']],
  ['opus', ['-c:a', 'libopus', '-b:a', '32k']],
  ['flac', ['-c:a', 'flac']],
  ['webm', ['-c:a', 'libopus', '-b:a', '32k']],
];

async function seconds(file: string): Promise<number> {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file]);
  return Number(stdout.trim());
}

/** Speech peaks: loud somewhere, quiet somewhere, never a flat line. */
function expectSpeech(summary: PeaksSummary): void {
  const values = summary.data!;
  const maxima = values.filter((_, i) => i % 2 === 1);
  expect(Math.max(...maxima)).toBeGreaterThan(20);
  expect(maxima.filter((v) => v > 5).length).toBeGreaterThan(maxima.length * 0.3);
  expect(maxima.filter((v) => v < 3).length).toBeGreaterThan(0);
  expect(values.every((v, i) => i % 2 === 1 || v <= values[i + 1]!)).toBe(true); // min ≤ max
}

describe('waveform peaks, computed in Chromium with WebCodecs and kept in the vault', () => {
  let e2e: E2E;
  let vault: VaultPage;
  let pages: WaveformPages;
  const counts = new Map<string, number>();
  const media = new Map<string, MediaItem>();
  let speechSeconds: number;

  beforeAll(async () => {
    e2e = await launchE2E({ createApi: countingApi(counts), fakeMedia: true });
    vault = await e2e.newVault();
    pages = await serveWaveformPage(vault.page.context(), e2e.server.origin, WORKER_POLICY);
    await callCore(vault.api, 'vault.create', { passphrase: 'correct horse battery staple' });
    const testimony = await callCore(vault.api, 'testimonies.create', { code: 'T-2024-001', title: 'Waveform' });
    // English and Arabic speech, one after the other, as interviews mix them.
    const en = path.join(vault.dir, 'en.wav');
    const ar = path.join(vault.dir, 'ar.wav');
    const speech = path.join(vault.dir, 'speech.wav');
    await run('espeak-ng', ['-v', 'en', '-w', en, 'I was stopped at the checkpoint in the morning, and they took my phone.']);
    await run('espeak-ng', ['-v', 'ar', '-w', ar, 'أوقفوني عند الحاجز في الصباح وأخذوا هاتفي.']);
    await run('sox', [en, ar, speech]);
    speechSeconds = await seconds(speech);
    const files = [];
    for (const [ext, args] of FORMATS) {
      const file = path.join(vault.dir, `interview.${ext}`);
      await run('ffmpeg', ['-loglevel', 'error', '-y', '-i', speech, ...args, file]);
      files.push(file);
    }
    vault.host.queueImportFiles(files);
    const { results } = await callCore(vault.api, 'media.import', { testimonyId: testimony.id });
    for (const result of results) {
      if (!result.ok) throw new Error(`${result.fileName}: ${result.message}`);
      media.set(path.extname(result.fileName).slice(1), result.media);
    }
    await vault.page.goto(`${e2e.server.origin}${pages.appCsp}`);
  });

  afterAll(async () => {
    await e2e?.close();
    await pages?.remove();
  });

  it.each(FORMATS.map(([ext]) => ext))('computes the peaks of %s once, saves them in core, and shows the stored ones next time', async (ext) => {
    const item = media.get(ext)!;
    expect(item.hasPeaks).toBe(false);
    const reads = () => counts.get('media.readRange') ?? 0;
    const before = reads();

    const first = await showPeaks(vault.page, item);
    expect(first, first.message).toMatchObject({ status: 'ready', stored: true, bucketsPerSecond: 50, channels: 1 });
    expect(first.seen).toEqual(['loading', 'computing', 'ready']);
    expect(reads()).toBeGreaterThan(before);
    expect(Math.abs(first.durationSeconds! - speechSeconds) / speechSeconds).toBeLessThan(0.02);
    expectSpeech(first);

    // Kept in the vault, exactly as shown, and the original now says so.
    const { peaks } = await callCore(vault.api, 'media.peaks', { mediaId: item.id });
    expect(peaks).not.toBeNull();
    expect(int8(peaks!.data)).toEqual(first.data);
    expect(peaks!.durationSeconds).toBe(first.durationSeconds);
    const { items } = await callCore(vault.api, 'media.list', { testimonyId: item.testimonyId });
    expect(items.find((m) => m.id === item.id)).toMatchObject({ hasPeaks: true });

    // Opened again: the stored peaks at once, nothing read or decoded, nothing saved.
    const saves = counts.get('media.savePeaks');
    const readsBefore = reads();
    const peaksAsked = counts.get('media.peaks') ?? 0;
    const again = await showPeaks(vault.page, item);
    expect(again.seen).toEqual(['loading', 'ready']);
    expect(counts.get('media.peaks')).toBe(peaksAsked + 1);
    expect(again.data).toEqual(first.data);
    expect(counts.get('media.savePeaks')).toBe(saves);
    expect(reads()).toBe(readsBefore);
    expect(vault.problems).toEqual([]);
  });

  it('gives lossless formats the very same peaks, and lossy ones the same in time (encoder delays dropped once)', async () => {
    const maxima = async (ext: string) => int8((await callCore(vault.api, 'media.peaks', { mediaId: media.get(ext)!.id })).peaks!.data).filter((_, i) => i % 2 === 1);
    const wav = await maxima('wav');
    expect(await maxima('flac')).toEqual(wav);
    /** Mean difference of the maxima with the lossy copy shifted by `lag` buckets (20 ms each). */
    const distance = (lossy: number[], lag: number) => {
      let sum = 0;
      for (let b = 10; b < wav.length - 10; b++) sum += Math.abs(lossy[b + lag]! - wav[b]!);
      return sum / (wav.length - 20);
    };
    for (const ext of ['mp3', 'm4a', 'opus', 'webm']) {
      const lossy = await maxima(ext);
      expect(lossy.length, ext).toBe(wav.length);
      // Best aligned as they are, and closely: a delay dropped twice (or not at all) shows.
      const [early, aligned, late] = [-1, 0, 1].map((lag) => distance(lossy, lag)) as [number, number, number];
      expect(aligned, ext).toBeLessThan(2.5);
      expect(aligned * 2, ext).toBeLessThan(Math.min(early, late));
    }
  });

  it('decodes in the waveform worker, where the CSP names its Trusted Types policy, to the same peaks', async () => {
    await vault.page.goto(`${e2e.server.origin}${pages.workerCsp}`);
    for (const [ext] of FORMATS) {
      const item = media.get(ext)!;
      const inWorker = await computeIn(vault.page, item, 'worker');
      const { peaks } = await callCore(vault.api, 'media.peaks', { mediaId: item.id });
      expect(inWorker.data, ext).toEqual(int8(peaks!.data));
    }
    expect(vault.problems).toEqual([]);
    await vault.page.goto(`${e2e.server.origin}${pages.appCsp}`);
  });

  it('takes a recording from the microphone through the bridge byte for byte, and draws it (WebM without Duration)', async () => {
    const testimonyId = media.get('wav')!.testimonyId;
    const recorded = await vault.page.evaluate(async (testimony) => {
      type Bridge = { invoke(op: string, input: unknown): Promise<{ ok: boolean; value?: unknown; message?: string }> };
      const bridge = (globalThis as unknown as { vault: Bridge }).vault;
      const call = async (op: string, input: unknown) => {
        const answer = await bridge.invoke(op, input);
        if (!answer.ok) throw new Error(`${op}: ${answer.message}`);
        return answer.value as Record<string, unknown>;
      };
      // The page's DOM types (this file is type-checked with Node's lib).
      type Recorder = { ondataavailable: (event: { data: Blob }) => void; onstop: () => void; start(ms: number): void; stop(): void };
      type Page = {
        navigator: { mediaDevices: { getUserMedia(c: { audio: boolean }): Promise<{ getTracks(): { stop(): void }[] }> } };
        MediaRecorder: new (stream: unknown, options: { mimeType: string }) => Recorder;
      };
      const page = globalThis as unknown as Page;
      const stream = await page.navigator.mediaDevices.getUserMedia({ audio: true });
      const { recordingId } = (await call('recording.start', { testimonyId: testimony, mimeType: 'audio/webm;codecs=opus' })) as { recordingId: string };
      const recorder = new page.MediaRecorder(stream, { mimeType: 'audio/webm;codecs=opus' });
      const chunks: Uint8Array[] = [];
      let sending = Promise.resolve();
      recorder.ondataavailable = (event) => {
        sending = sending.then(async () => {
          const data = new Uint8Array(await event.data.arrayBuffer());
          chunks.push(data);
          await call('recording.chunk', { recordingId, seq: chunks.length - 1, data });
        });
      };
      const stopped = new Promise<void>((resolve) => (recorder.onstop = resolve));
      recorder.start(250);
      await new Promise((resolve) => setTimeout(resolve, 3000));
      recorder.stop();
      await stopped;
      await sending;
      for (const track of stream.getTracks()) track.stop();
      const { media: item } = (await call('recording.finish', { recordingId })) as { media: { id: string; size: number } };
      // Read back through the bridge: the very bytes sent, as a Uint8Array.
      const sent = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      chunks.reduce((at, c) => (sent.set(c, at), at + c.length), 0);
      const read = (await call('media.readRange', { mediaId: item.id, start: 0, length: sent.length })) as { data: unknown; size: number };
      const same = read.data instanceof Uint8Array && read.data.length === sent.length && read.data.every((b, i) => b === sent[i]);
      return { item, same, size: read.size, sent: sent.length, chunks: chunks.length };
    }, testimonyId);
    expect(recorded.chunks).toBeGreaterThan(3);
    expect(recorded.size).toBe(recorded.sent);
    expect(recorded.same).toBe(true);

    const { items } = await callCore(vault.api, 'media.list', { testimonyId });
    const item = items.find((m) => m.id === recorded.item.id)!;
    const summary = await showPeaks(vault.page, item);
    expect(summary, summary.message).toMatchObject({ status: 'ready', stored: true });
    // About three seconds of the fake microphone's beeps.
    expect(summary.durationSeconds).toBeGreaterThan(2.5);
    expect(summary.durationSeconds).toBeLessThan(3.5);
    expect(Math.max(...summary.data!)).toBeGreaterThan(10);
    expect(vault.problems).toEqual([]);
  });

  it('draws what a damaged file holds, and says why a file has no waveform: not audio, or audio it cannot read', async () => {
    const testimonyId = media.get('wav')!.testimonyId;
    const mp3 = path.join(vault.dir, 'interview.mp3');
    const cut = path.join(vault.dir, 'cut.mp3');
    await run('sh', ['-c', `head -c $(( $(stat -c %s '${mp3}') / 2 )) '${mp3}' > '${cut}'`]);
    const adpcm = path.join(vault.dir, 'adpcm.wav');
    await run('ffmpeg', ['-loglevel', 'error', '-i', path.join(vault.dir, 'interview.wav'), '-c:a', 'adpcm_ms', adpcm]);
    const text = path.join(vault.dir, 'notes.txt');
    await run('sh', ['-c', `printf 'Notes from the interview.\\n' > '${text}'`]);
    vault.host.queueImportFiles([cut, adpcm, text]);
    const { results } = await callCore(vault.api, 'media.import', { testimonyId });
    const [truncated, unreadable, notes] = results.map((r) => {
      if (!r.ok) throw new Error(`${r.fileName}: ${r.message}`);
      return r.media;
    }) as [MediaItem, MediaItem, MediaItem];

    // Evidence as given: the first half of the interview, drawn.
    const half = await showPeaks(vault.page, truncated);
    expect(half, half.message).toMatchObject({ status: 'ready', stored: true });
    expect(half.durationSeconds! / speechSeconds).toBeGreaterThan(0.4);
    expect(half.durationSeconds! / speechSeconds).toBeLessThan(0.6);

    expect(await showPeaks(vault.page, unreadable)).toMatchObject({ status: 'unavailable', reason: 'unsupported', message: expect.stringContaining('format 2') });
    expect(await showPeaks(vault.page, notes)).toMatchObject({ status: 'unavailable', reason: 'not-audio' });
    expect((await callCore(vault.api, 'media.peaks', { mediaId: unreadable.id })).peaks).toBeNull();
    expect(vault.problems).toEqual([]);
  });
});

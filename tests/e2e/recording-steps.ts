import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import type { VaultApi } from '../../electron/core/api';
import type { Translation } from '../../renderer/src/i18n/en';
import type { MediaItem, Segment } from '../../shared/domain/media';
import type { E2E, VaultPage } from '../harness/vault-harness';
import { Journey, toLatinDigits, type Lang } from './journey';
import { PASSPHRASE, RecordSteps, callCore } from './record-steps';

/** A vault folder of the test's own, so that it can be opened again after a page is closed. */
export async function vaultFolder(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'tv-e2e-rec-'));
  return { dir: path.join(parent, 'vault'), remove: () => rm(parent, { recursive: true, force: true }) };
}

/**
 * Opens the vault in `vaultDir` in a new page, in `lang`: created (and so unlocked) the first
 * time, unlocked through the unlock screen afterwards, as a person reopening the app does.
 */
export async function openVault(e2e: E2E, vaultDir: string, lang: Lang, t: Translation, name: string, create: boolean) {
  const vault = await e2e.newVault({ vaultDir });
  if (create) await callCore(vault.api, 'vault.create', { passphrase: PASSPHRASE });
  await callCore(vault.api, 'settings.update', { language: lang });
  const dialogs: string[] = [];
  vault.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await vault.open();
  const journey = new Journey(vault, t, lang, name);
  if (!create) await journey.unlockWithPassphrase(PASSPHRASE);
  await journey.heading(t.home.testimonies).waitFor();
  return { vault, journey, steps: new RecordSteps(journey), recorder: new RecorderSteps(journey), dialogs };
}

/** Steps with the recorder of a testimony's Files section, every string from the journey's language. */
export class RecorderSteps {
  constructor(readonly journey: Journey) {}

  private get t() {
    return this.journey.t;
  }

  private get page() {
    return this.journey.page;
  }

  get panel(): Locator {
    return this.page.locator('section.recorder-panel');
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  meter(): Locator {
    return this.panel.getByRole('meter', { name: this.t.recorder.level, exact: true });
  }

  /** The recorder's clock in seconds, as the page shows it (m:ss, Latin digits). */
  async clockSeconds(): Promise<number> {
    const text = toLatinDigits((await this.panel.getByRole('timer').textContent()) ?? '');
    const [m, s] = text.split(':').map(Number);
    return (m ?? 0) * 60 + (s ?? 0);
  }

  async waitClock(atLeast: number): Promise<void> {
    await expect.poll(() => this.clockSeconds(), { timeout: 30_000 }).toBeGreaterThanOrEqual(atLeast);
  }

  /** Chunks the vault has confirmed (each encrypted and synced), as the page counts them. */
  async savedChunks(): Promise<number> {
    return Number((await this.panel.locator('[data-saved-chunks]').getAttribute('data-saved-chunks')) ?? '0');
  }

  /** "Record audio": the recorder opens, the fake microphone is opened and its level moves. */
  async open(): Promise<void> {
    const { t } = this;
    await this.button(t.recorder.open).click();
    await this.panel.getByRole('heading', { name: t.recorder.heading, exact: true }).waitFor();
    await this.journey.expectFocused(this.panel.getByRole('heading', { name: t.recorder.heading, exact: true }));
    await this.panel.getByText(t.recorder.stateReady, { exact: true }).waitFor({ timeout: 30_000 });
    // Chromium's fake microphone beeps: the meter rises above zero at some point.
    await expect.poll(async () => Number(await this.meter().getAttribute('aria-valuenow')), { timeout: 20_000 }).toBeGreaterThan(0);
    // Device names are shown once the microphone is allowed.
    const options = await this.panel.getByLabel(t.recorder.microphone, { exact: true }).locator('option').allTextContents();
    expect(options.length).toBeGreaterThan(0);
    expect(options.every((o) => o.trim() !== '')).toBe(true);
  }

  async start(): Promise<void> {
    await this.button(this.t.recorder.start).click();
    await this.panel.getByText(this.t.recorder.stateRecording, { exact: true }).waitFor({ timeout: 30_000 });
    // Focus moves to Pause, which took the Start button's place.
    await this.journey.expectFocused(this.button(this.t.recorder.pause));
  }

  /** Drops a marker with the keyboard shortcut (physical keys, whatever the layout). */
  async markerByShortcut(label: string): Promise<void> {
    const field = this.panel.getByLabel(this.t.recorder.markerLabel, { exact: true });
    await field.fill(label);
    await this.page.keyboard.press('Control+Shift+KeyM');
    await this.panel.locator('.recorder-markers li').filter({ hasText: label }).waitFor();
    await expect.poll(() => field.inputValue()).toBe('');
  }

  async markerByButton(): Promise<void> {
    const before = await this.panel.locator('.recorder-markers li').count();
    await this.panel.getByRole('button', { name: new RegExp(`^${this.t.recorder.marker}`) }).click();
    await expect.poll(() => this.panel.locator('.recorder-markers li').count()).toBe(before + 1);
  }

  async markersSaved(): Promise<void> {
    await expect.poll(() => this.panel.locator('.recorder-markers li:not([data-state="saved"])').count()).toBe(0);
  }

  /** Pauses for a while: the clock stands still (paused time is not recorded time). */
  async pauseFor(ms: number): Promise<void> {
    await this.button(this.t.recorder.pause).click();
    await this.panel.getByText(this.t.recorder.statePaused, { exact: true }).waitFor();
    await this.journey.expectFocused(this.button(this.t.recorder.resume));
    const at = await this.clockSeconds();
    await this.page.waitForTimeout(ms);
    expect(await this.clockSeconds()).toBe(at);
    await this.button(this.t.recorder.resume).click();
    await this.panel.getByText(this.t.recorder.stateRecording, { exact: true }).waitFor();
  }

  /**
   * Stop and save: the recorder closes and says what was saved. Returns the recorded time the
   * clock showed when Stop was pressed (whole seconds).
   */
  async stopAndSave(): Promise<number> {
    const shown = await this.clockSeconds();
    await this.button(this.t.recorder.stop).click();
    await this.panel.waitFor({ state: 'detached', timeout: 60_000 });
    await this.page.locator('.recorder-outcome[data-outcome="saved"]').waitFor();
    return shown;
  }

  /** Discard…: asked first; "Keep recording" goes on recording, the confirmation deletes it. */
  async discard(): Promise<void> {
    const { t } = this;
    const dialog = this.page.getByRole('dialog', { name: t.recorder.discardTitle, exact: true });
    await this.button(t.recorder.discard).click();
    await dialog.waitFor();
    await this.journey.screenshot('discard-recording');
    await dialog.getByRole('button', { name: t.recorder.keepRecording, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await this.journey.expectFocused(this.button(t.recorder.discard));
    await this.panel.getByText(t.recorder.stateRecording, { exact: true }).waitFor();
    await this.button(t.recorder.discard).click();
    await dialog.getByRole('button', { name: t.recorder.discardConfirm, exact: true }).click();
    await this.panel.waitFor({ state: 'detached', timeout: 60_000 });
    await this.page.locator('.recorder-outcome[data-outcome="discarded"]').getByText(t.recorder.discarded, { exact: true }).waitFor();
    await this.journey.expectFocused(this.button(t.recorder.open));
  }
}

/** The originals of a testimony and the segments of the one recorded, read from the core. */
export async function recordedOriginal(api: VaultApi, testimonyId: string): Promise<{ media: MediaItem; segments: Segment[] }> {
  const { items } = await callCore(api, 'media.list', { testimonyId });
  expect(items).toHaveLength(1);
  const media = items[0]!;
  const { items: segments } = await callCore(api, 'segments.list', { mediaId: media.id });
  return { media, segments };
}

/**
 * The stored bytes decode as Opus audio from start to end (ffmpeg reads them from a pipe: no
 * plaintext file), and how long ffmpeg finds them to be.
 */
export async function decodedSeconds(api: VaultApi, media: MediaItem): Promise<number> {
  const { data } = await callCore(api, 'media.readRange', { mediaId: media.id, start: 0, length: media.size });
  expect(data.byteLength).toBe(media.size);
  const stderr = await new Promise<string>((resolve, reject) => {
    const child = execFile('ffmpeg', ['-hide_banner', '-v', 'info', '-xerror', '-i', 'pipe:0', '-f', 'null', '-'], { maxBuffer: 1 << 22 }, (error, _out, err) =>
      error ? reject(new Error(`ffmpeg could not decode the recording: ${err}`)) : resolve(err),
    );
    child.stdin?.end(Buffer.from(data));
  });
  expect(stderr).toMatch(/Audio: opus/);
  const times = [...stderr.matchAll(/time=(\d+):(\d+):(\d+\.\d+)/g)].at(-1);
  if (!times) throw new Error(`ffmpeg reported no time: ${stderr}`);
  return Number(times[1]) * 3600 + Number(times[2]) * 60 + Number(times[3]);
}

/** The original plays in the page: a media element on its vault-media:// URL moves forward. */
export async function playsInPage(vault: VaultPage, mediaId: string): Promise<number> {
  return vault.page.evaluate(async (id) => {
    type Reply<T> = { ok: true; value: T } | { ok: false; code: string };
    interface AudioElement {
      muted: boolean;
      currentTime: number;
      play(): Promise<void>;
      pause(): void;
      addEventListener(event: string, listener: () => void): void;
    }
    const g = globalThis as unknown as {
      vault: { invoke<T>(operation: string, input: unknown): Promise<Reply<T>> };
      Audio: new (src: string) => AudioElement;
    };
    const reply = await g.vault.invoke<{ url: string }>('media.playbackUrl', { mediaId: id });
    if (!reply.ok) throw new Error(reply.code);
    const audio = new g.Audio(reply.value.url);
    // Muted: Chromium lets a muted element play without a click.
    audio.muted = true;
    await audio.play();
    await new Promise<void>((resolve, reject) => {
      audio.addEventListener('timeupdate', () => audio.currentTime > 0.5 && resolve());
      audio.addEventListener('error', () => reject(new Error('the media element could not play the recording')));
    });
    audio.pause();
    return audio.currentTime;
  }, mediaId);
}

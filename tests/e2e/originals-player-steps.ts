import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { MEDIA_SCHEME } from '../../shared/contract/schemes';
import type { MediaItem } from '../../shared/domain/media';
import type { Translation } from '../../renderer/src/i18n/en';
import { HARNESS_MEDIA_PATH, type VaultPage } from '../harness/vault-harness';
import type { Journey } from './journey';
import { callCore } from './record-steps';

/** Range headers of the media requests the page made, and the statuses answered. */
export interface MediaTraffic {
  ranges: (string | null)[];
  statuses: number[];
}

/** A vault-media:// address, or its same-origin stand-in in the harness (vault-harness.ts says why). */
function isMediaRequest(url: string): boolean {
  return url.startsWith(`${MEDIA_SCHEME}:`) || new URL(url).pathname.startsWith(HARNESS_MEDIA_PATH);
}

/** Watches the media element's requests (answered by core's range reader through the harness's route). */
export function watchMedia(page: Page): MediaTraffic {
  const traffic: MediaTraffic = { ranges: [], statuses: [] };
  page.on('request', (request) => {
    if (isMediaRequest(request.url())) traffic.ranges.push(request.headers()['range'] ?? null);
  });
  page.on('response', (response) => {
    if (isMediaRequest(response.url())) traffic.statuses.push(response.status());
  });
  return traffic;
}

/** The first byte asked for by a `bytes=N-` or `bytes=N-M` header. */
export function rangeStart(header: string | null): number | null {
  const match = header ? /^bytes=(\d+)-/.exec(header) : null;
  return match ? Number(match[1]) : null;
}

/** What the tests read of the page's <audio> element (the Node typings have no DOM). */
export interface MediaState {
  currentTime: number;
  duration: number;
  paused: boolean;
  playbackRate: number;
  preservesPitch: boolean;
  src: string;
  autoplay: boolean;
}

/** Steps in the Files section of the testimony page, in the journey's language. */
export class OriginalsSteps {
  constructor(
    readonly journey: Journey,
    readonly vault: VaultPage,
  ) {}

  get t(): Translation {
    return this.journey.t;
  }

  get page(): Page {
    return this.journey.page;
  }

  get files(): Locator {
    return this.page.locator('section.record-section-files');
  }

  button(name: string, within: Locator = this.files): Locator {
    return within.getByRole('button', { name, exact: true });
  }

  field(label: string, within: Locator = this.files): Locator {
    return within.getByLabel(label, { exact: true });
  }

  row(fileName: string): Locator {
    return this.files.getByRole('row').filter({ hasText: fileName });
  }

  get audio(): Locator {
    return this.files.locator('audio');
  }

  get slider(): Locator {
    return this.files.getByRole('slider', { name: this.t.originals.player.timeline, exact: true });
  }

  async media(testimonyId: string, fileName: string): Promise<MediaItem> {
    const { items } = await callCore(this.vault.api, 'media.list', { testimonyId });
    const item = items.find((m) => m.originalName === fileName);
    if (!item) throw new Error(`no original named ${fileName}`);
    return item;
  }

  /** A property of the <audio> element, read in the page. */
  async element<K extends keyof MediaState>(key: K): Promise<MediaState[K]> {
    return (await this.audio.evaluate((a, name: string) => (a as unknown as Record<string, unknown>)[name], key)) as MediaState[K];
  }

  async currentTime(): Promise<number> {
    return this.element('currentTime');
  }

  async paused(): Promise<boolean> {
    return this.element('paused');
  }

  async open(fileName: string): Promise<void> {
    await this.button(this.journey.text(this.t.originals.openNamed, { name: fileName })).click();
  }

  /** The opened original's heading (its file name). */
  async waitForOriginal(fileName: string): Promise<void> {
    await this.files.getByRole('heading', { level: 3, name: fileName, exact: true }).waitFor();
  }

  /** The waveform is drawn (wavesurfer's canvases, in its open shadow root). */
  async waitForWaveform(): Promise<void> {
    await this.files.locator('.waveform-container canvas').first().waitFor({ timeout: 30_000 });
  }

  /** Play, wait until the position has passed `from` + 0.3 s, pause; returns where it paused. */
  async playFrom(from: number): Promise<number> {
    await this.button(this.t.originals.player.play).click();
    await expect.poll(() => this.currentTime(), { timeout: 20_000 }).toBeGreaterThan(from + 0.3);
    await this.button(this.t.originals.player.pause).click();
    await expect.poll(() => this.paused()).toBe(true);
    return this.currentTime();
  }

  /** Clicks the waveform at `fraction` of its width (time runs left to right in every language). */
  async clickWaveform(fraction: number): Promise<void> {
    const box = await this.files.locator('.waveform-container').boundingBox();
    if (!box) throw new Error('the waveform is not visible');
    await this.page.mouse.click(box.x + box.width * fraction, box.y + box.height - 8);
  }

  /** Drags the end edge of the first segment's region by `dx` pixels. */
  async dragSegmentEnd(dx: number): Promise<void> {
    const handle = this.files.locator('.waveform-container [part~="region-handle-right"]').first();
    await handle.scrollIntoViewIfNeeded();
    const box = await handle.boundingBox();
    if (!box) throw new Error('the segment has no visible end handle');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    for (let step = 1; step <= 5; step++) await this.page.mouse.move(x + (dx * step) / 5, y);
    await this.page.mouse.up();
  }
}

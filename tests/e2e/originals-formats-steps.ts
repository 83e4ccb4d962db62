import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { MediaItem } from '../../shared/domain/media';
import { durationText, isoDuration } from '../../renderer/src/features/media/media-facts';
import type { Translation } from '../../renderer/src/i18n/en';
import { formatBytes } from '../../renderer/src/i18n/format';
import type { VaultPage } from '../harness/vault-harness';
import { hashesOf, type Original } from './originals-formats-fixtures';
import type { Journey } from './journey';
import type { OriginalsSteps } from './originals-player-steps';

/** Where the page keeps what it saw of the import progress bars (installed by watchProgress). */
const PROBE = '__tvImportProgressSeen';

/**
 * Import steps in the Files section, in the journey's language: import by dialog and by drop,
 * the progress bar of each file, and what each listed original says about itself.
 */
export class FormatsSteps {
  constructor(
    readonly journey: Journey,
    readonly vault: VaultPage,
    readonly originals: OriginalsSteps,
  ) {}

  get t(): Translation {
    return this.journey.t;
  }

  get page(): Page {
    return this.journey.page;
  }

  /**
   * Records the accessible name of every import progress bar that appears. Small files import
   * in milliseconds and their bars go with the import, so the page notes them as they come.
   */
  async watchProgress(): Promise<void> {
    await this.page.evaluate((key) => {
      const g = globalThis as unknown as Record<string, string[]> & { document: { body: unknown; querySelectorAll(s: string): Iterable<{ getAttribute(n: string): string | null }> } };
      if (g[key]) return;
      const seen: string[] = [];
      g[key] = seen;
      const note = () => {
        for (const bar of g.document.querySelectorAll('.import-jobs progress')) {
          const name = bar.getAttribute('aria-label');
          if (name !== null && !seen.includes(name)) seen.push(name);
        }
      };
      const Observer = (globalThis as unknown as { MutationObserver: new (cb: () => void) => { observe(target: unknown, options: object): void } }).MutationObserver;
      new Observer(note).observe(g.document.body, { childList: true, subtree: true });
    }, PROBE);
  }

  /** The progress bars seen since watchProgress, by accessible name. */
  async progressSeen(): Promise<string[]> {
    return this.page.evaluate((key) => [...((globalThis as unknown as Record<string, string[]>)[key] ?? [])], PROBE);
  }

  async expectProgressBarFor(names: readonly string[]): Promise<void> {
    const seen = await this.progressSeen();
    for (const name of names) expect(seen, name).toContain(`${this.t.media.progressLabel} ${name}`);
  }

  /** Imports through the (scripted) file dialog; waits for the outcome notice. */
  async importByDialog(files: readonly Original[], outcome: string): Promise<void> {
    this.vault.host.queueImportFiles(files.map((f) => f.file));
    await this.originals.button(this.t.media.import).click();
    await this.originals.files.getByRole('status').getByText(outcome, { exact: true }).waitFor({ timeout: 120_000 });
  }

  /**
   * Drops one file on the originals, as the person drags it from their file manager: the page
   * holds a File object only; the preload asks Electron (here the harness's shim) for its path.
   */
  async importByDrop(original: Original): Promise<void> {
    await this.vault.registerDroppedFiles({ [original.name]: original.file });
    const zone = this.page.locator('.drop-zone');
    const dataTransfer = await this.page.evaluateHandle((name) => {
      const g = globalThis as unknown as { DataTransfer: new () => { items: { add(f: unknown): void } }; File: new (parts: string[], name: string) => unknown };
      const transfer = new g.DataTransfer();
      transfer.items.add(new g.File(['(the page never reads these bytes)'], name));
      return transfer;
    }, original.name);
    await zone.dispatchEvent('dragenter', { dataTransfer });
    await zone.dispatchEvent('dragover', { dataTransfer });
    await this.originals.files.getByText(this.t.originals.drop.release, { exact: true }).waitFor();
    await this.journey.screenshot('drop-over');
    await zone.dispatchEvent('drop', { dataTransfer });
    await this.originals.files.getByRole('status').getByText(this.journey.text(this.t.media.importDone, { done: 1 }), { exact: true }).waitFor({ timeout: 60_000 });
  }

  /** The row of an original says its kind, content type, size, duration (audio) and SHA-256. */
  async expectListed(original: Original, item: MediaItem): Promise<void> {
    const { t } = this;
    const row = this.originals.row(original.name);
    const bytes = await readFile(original.file);
    const { sha256, sha512 } = await hashesOf(original.file);
    expect(item).toMatchObject({ originalName: original.name, kind: original.kind, contentType: original.contentType, size: bytes.length, sha256, sha512 });
    expect(await row.locator('.media-type').getByText(t.originals.kinds[original.kind], { exact: true }).count(), original.name).toBe(1);
    expect(await row.locator('.media-type code').textContent()).toBe(original.contentType);
    expect(await row.locator('.media-size data').getAttribute('value')).toBe(String(bytes.length));
    expect(await row.locator('.media-size data').textContent()).toBe(formatBytes(bytes.length, this.journey.lang));
    expect(await row.locator('.media-hash code').getAttribute('title')).toBe(sha256);
    expect(await row.locator('.media-hash code').textContent()).toBe(`${sha256.slice(0, 12)}…`);
    const time = row.locator('.media-duration time');
    if (original.seconds !== undefined) {
      // Measured by core from the bytes, as ffprobe measures it (encoder padding aside).
      expect(item.durationSeconds, original.name).not.toBeNull();
      expect(Math.abs(item.durationSeconds! - original.seconds), original.name).toBeLessThan(0.1);
      expect(await time.getAttribute('datetime')).toBe(isoDuration(item.durationSeconds!));
      expect(await time.textContent()).toBe(durationText(item.durationSeconds!));
    } else {
      expect(await time.count(), original.name).toBe(0);
    }
  }

  /** Opens an audio original: its waveform is drawn, it plays, and its SHA-512 is shown. */
  async openAndPlay(original: Original, item: MediaItem): Promise<void> {
    const { originals } = this;
    await originals.open(original.name);
    await originals.waitForOriginal(original.name);
    await originals.waitForWaveform();
    expect(await originals.paused()).toBe(true);
    await originals.playFrom(0);
    await originals.files.getByText(item.sha512, { exact: true }).waitFor();
  }

  /** The line of the import notice that reports a file as not imported. */
  failure(name: string): Locator {
    return this.originals.files.locator('.import-failures li').filter({ hasText: name });
  }

  /** The damage flag of a listed original, with its reason in this language. */
  damageFlag(name: string, reason: string): Locator {
    return this.originals.row(name).getByText(this.journey.text(this.t.originals.damaged, { reason }), { exact: true });
  }
}

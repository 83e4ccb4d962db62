import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import type { Journey } from './journey';

const run = promisify(execFile);

/**
 * A recording of about ten seconds made for the test: an Arabic sentence (espeak-ng's Arabic
 * voice), an English one, then a second of silence, as one 16-bit WAV.
 */
export async function makeInterview(dir: string): Promise<string> {
  const arabic = path.join(dir, 'ar.wav');
  const english = path.join(dir, 'en.wav');
  const out = path.join(dir, 'interview.wav');
  await run('espeak-ng', ['-v', 'ar', '-w', arabic, 'شهد الشاهد اعتقاله عند الحاجز في حلب وقال إنه احتجز ثلاثة أسابيع في فرع الأمن']);
  await run('espeak-ng', ['-v', 'en', '-w', english, 'The witness was held for three weeks.']);
  await run('sox', [arabic, english, out, 'pad', '0', '1']);
  return out;
}

type Media = { currentTime: number; paused: boolean; playbackRate: number };

/** Steps on the transcripts panel beside an opened original, in the journey's language. */
export class TranscriptSteps {
  constructor(readonly journey: Journey) {}

  private get t() {
    return this.journey.t.transcripts;
  }

  private get page() {
    return this.journey.page;
  }

  panel(): Locator {
    return this.page.locator('section.transcripts-panel');
  }

  rows(): Locator {
    return this.panel().locator('.tp-rows > li');
  }

  row(n: number): Locator {
    return this.rows().nth(n - 1);
  }

  text(n: number): Locator {
    return this.panel().getByLabel(this.journey.text(this.t.paragraph.text, { n }), { exact: true });
  }

  translation(n: number): Locator {
    return this.panel().getByLabel(this.journey.text(this.t.translation.text, { n }), { exact: true });
  }

  speaker(n: number): Locator {
    return this.panel().getByLabel(this.journey.text(this.t.paragraph.speaker, { n }), { exact: true });
  }

  start(n: number): Locator {
    return this.panel().getByLabel(this.journey.text(this.t.paragraph.start, { n }), { exact: true });
  }

  button(name: string): Locator {
    return this.panel().getByRole('button', { name, exact: true });
  }

  status(): Locator {
    return this.panel().locator('.tp-status');
  }

  /** The <audio> element of the opened original, as the media element reports it. */
  async media(): Promise<Media> {
    return this.page.locator('audio').evaluate((element) => {
      const audio = element as unknown as Media;
      return { currentTime: audio.currentTime, paused: audio.paused, playbackRate: audio.playbackRate };
    });
  }

  /** Waits until the recording stands at `seconds` (within a tenth). */
  async expectTime(seconds: number): Promise<void> {
    await expect.poll(async () => Math.abs((await this.media()).currentTime - seconds) < 0.1, { timeout: 10_000 }).toBe(true);
  }

  async expectPaused(paused: boolean): Promise<void> {
    await expect.poll(async () => (await this.media()).paused, { timeout: 10_000 }).toBe(paused);
  }

  /** Opens the original from the files section; the panel shows under the player. */
  async openOriginal(name: string): Promise<void> {
    await this.page.getByRole('button', { name: this.journey.text(this.journey.t.originals.openNamed, { name }), exact: true }).click();
    await this.panel().getByRole('heading', { name: this.t.heading, exact: true }).waitFor({ timeout: 30_000 });
  }

  /** Fills one paragraph of the transcript. */
  async write(n: number, values: { start?: string; speaker?: string; text?: string }): Promise<void> {
    if (values.start !== undefined) await this.start(n).fill(values.start);
    if (values.speaker !== undefined) await this.speaker(n).fill(values.speaker);
    if (values.text !== undefined) await this.text(n).fill(values.text);
  }

  /** Save; waits for "Saved as version N." */
  async save(version: number): Promise<void> {
    await this.button(this.t.save).click();
    await expect.poll(() => this.status().textContent()).toBe(this.journey.text(this.t.notice.saved, { version }));
  }

  /** Presses keys with the focus at the end of paragraph n's text (where a transcriber types). */
  async pressIn(n: number, keys: string): Promise<void> {
    const area = this.text(n);
    await area.focus();
    await area.evaluate((element) => {
      const field = element as unknown as { value: string; setSelectionRange(a: number, b: number): void };
      field.setSelectionRange(field.value.length, field.value.length);
    });
    await this.page.keyboard.press(keys);
  }

  /** The words the diff shows as removed and added (without their hidden "removed:"/"added:" labels). */
  async diffWords(version: number): Promise<{ removed: string[]; added: string[] }> {
    const diff = this.panel().locator(`.tp-diff[data-version="${version}"] .tp-diff-text`);
    const read = (selector: string) =>
      diff.locator(selector).evaluateAll((nodes) =>
        nodes.map((node) => [...(node as unknown as { childNodes: Iterable<{ nodeType: number; textContent: string | null }> }).childNodes].filter((c) => c.nodeType === 3).map((c) => c.textContent ?? '').join('')),
      );
    return { removed: await read('del'), added: await read('ins') };
  }

  /** Where an element sits across the page (for right-to-left checks). */
  async x(locator: Locator): Promise<number> {
    const box = await locator.boundingBox();
    if (!box) throw new Error('element not shown');
    return box.x + box.width / 2;
  }

  async direction(locator: Locator): Promise<string> {
    return locator.evaluate((element) => (globalThis as unknown as { getComputedStyle(e: unknown): { direction: string } }).getComputedStyle(element).direction);
  }
}

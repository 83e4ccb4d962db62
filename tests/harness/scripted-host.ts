import type { EventName } from '../../shared/contract/names';
import type { EventPayload } from '../../shared/contract/events';
import type { Host } from '../../electron/core/host';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';

type Sink = (event: EventName, payload: unknown) => void;

/**
 * The Host the harness gives the real core: the file dialogs answer from queues the test
 * fills beforehand (as a person would pick files), and events go to the page.
 */
export class ScriptedHost implements Host {
  private readonly importAnswers: string[][] = [];
  private readonly saveAnswers: (string | null)[] = [];
  private readonly folderAnswers: (string | null)[] = [];
  private sink: Sink | null = null;
  private printer: Promise<Browser> | null = null;
  /** How many times core asked; lets a test check that a dialog was (or was not) shown. */
  dialogsShown = 0;

  /** The next "Import files…" dialog answers these absolute paths. */
  queueImportFiles(paths: readonly string[]): void {
    this.importAnswers.push([...paths]);
  }

  /** The next save dialog answers this path, or null as if the person cancelled. */
  queueSavePath(target: string | null): void {
    this.saveAnswers.push(target);
  }

  /** The next folder dialog answers this path, or null as if the person cancelled. */
  queueFolder(folder: string | null): void {
    this.folderAnswers.push(folder);
  }

  connect(sink: Sink): void {
    this.sink = sink;
  }

  pickImportFiles(): Promise<string[]> {
    this.dialogsShown++;
    // An unscripted dialog is a cancelled one, as when a person closes it.
    return Promise.resolve(this.importAnswers.shift() ?? []);
  }

  pickSavePath(_suggestedName: string): Promise<string | null> {
    this.dialogsShown++;
    return Promise.resolve(this.saveAnswers.shift() ?? null);
  }

  pickFolder(): Promise<string | null> {
    this.dialogsShown++;
    return Promise.resolve(this.folderAnswers.shift() ?? null);
  }

  /**
   * Prints like Electron's offscreen window does (electron/main/host.ts): a Chromium page with
   * JavaScript off and every request refused, page.pdf() in place of webContents.printToPDF.
   * The browser starts on first use; dispose() closes it.
   */
  async printHtmlToPdf(html: string): Promise<Uint8Array> {
    this.printer ??= launchChromium();
    const browser = await this.printer;
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    } finally {
      await context.close();
    }
  }

  async dispose(): Promise<void> {
    const printer = this.printer;
    this.printer = null;
    if (printer !== null) await (await printer).close();
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    this.sink?.(event, payload);
  }
}

import type { EventName } from '../../shared/contract/names';
import type { EventPayload } from '../../shared/contract/events';

/**
 * What core needs from whoever hosts it: Electron main (real dialogs, IPC events), the e2e
 * harness (scripted answers, page events) or the CLI (paths from arguments, no events).
 * Core never opens a dialog or a window itself.
 */
export interface Host {
  /** Asks the user which files to import. Absolute paths; empty when the user cancelled. */
  pickImportFiles(): Promise<string[]>;
  /** Asks the user where to save an export. Null when the user cancelled. */
  pickSavePath(suggestedName: string): Promise<string | null>;
  /** Asks the user for a folder (where to write a backup). Absolute path; null when cancelled. */
  pickFolder(): Promise<string | null>;
  /**
   * Prints a self-contained HTML page (fonts inlined, no network, no script) to PDF with
   * Chromium, for the publication (correct Arabic shaping and mixed direction). Absent where
   * nothing can print (the CLI): a PDF export is then refused.
   */
  printHtmlToPdf?(html: string): Promise<Uint8Array>;
  /** Pushes an event to the renderer (no-op where there is none). */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

/** An answer to one vault-media:// request, built by core from the encrypted blob. */
export interface MediaResponse {
  status: number;
  headers: Record<string, string>;
  /** Null for answers without a body (416, 404, HEAD). */
  body: Uint8Array | null;
}

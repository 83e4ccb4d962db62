import { BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { EVENT_CHANNEL_PREFIX } from '../../shared/contract/names';
import type { Host } from '../core/host';
import type { MainStrings } from './strings';

/**
 * Core's Host for the app: native dialogs attached to our window, events sent to our window
 * only (never broadcast to every webContents). Core validates whatever paths come back.
 */
export function createElectronHost(getWindow: () => BrowserWindow | null, strings: () => MainStrings): Host {
  const liveWindow = (): BrowserWindow | null => {
    const window = getWindow();
    return window !== null && !window.isDestroyed() ? window : null;
  };
  return {
    async pickImportFiles() {
      const options: OpenDialogOptions = { title: strings().importTitle, properties: ['openFile', 'multiSelections', 'dontAddToRecent'] };
      const window = liveWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async pickSavePath(suggestedName) {
      // Only a file name is suggested: the folder is the user's choice each time.
      const options: SaveDialogOptions = {
        title: strings().exportTitle,
        defaultPath: suggestedName,
        properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
      };
      const window = liveWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async pickFolder() {
      // A backup goes to a folder of its own: the dialog may create one.
      const options: OpenDialogOptions = { title: strings().exportTitle, properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'] };
      const window = liveWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    printHtmlToPdf: printHtmlToPdf,
    emit(event, payload) {
      const webContents = liveWindow()?.webContents;
      if (webContents && !webContents.isDestroyed()) webContents.send(EVENT_CHANNEL_PREFIX + event, payload);
    },
  };
}

/** In-memory (no "persist:" prefix): nothing the print page does reaches the disk. */
const PRINT_PARTITION = 'tv-print';

/**
 * Prints a publication page to PDF (DESIGN.md: Chromium printing shapes Arabic and mixed
 * direction correctly). The page is testimony text: it is loaded as a data: URL into a hidden,
 * sandboxed window of its own in-memory session with JavaScript off, every network request
 * refused, no permission granted, no navigation and no new window; the window is destroyed
 * whatever happens.
 */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      partition: PRINT_PARTITION,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      spellcheck: false,
      // Nothing to open by middle click, and nobody to inspect a page of testimony text.
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    },
  });
  try {
    const { webContents } = window;
    webContents.session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') }));
    webContents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    webContents.on('will-navigate', (event) => event.preventDefault());
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    const pdf = await webContents.printToPDF({ printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
  }
}

import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
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
    emit(event, payload) {
      const webContents = liveWindow()?.webContents;
      if (webContents && !webContents.isDestroyed()) webContents.send(EVENT_CHANNEL_PREFIX + event, payload);
    },
  };
}

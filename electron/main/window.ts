import { BrowserWindow, type Session } from 'electron';
import { APP_ENTRY_URL } from './app-origin';

export interface MainWindowOptions {
  session: Session;
  /** Absolute path of dist/preload/index.cjs. */
  preloadPath: string;
  /** DevTools only in development: in a packaged app they are a way around every check. */
  devTools: boolean;
}

/**
 * The one window. Every hardening option is spelled out, even where it is Electron's default
 * today, and written inside `new BrowserWindow({...})` itself: static checkers
 * (electronegativity, build/scripts/electronegativity.mjs) read only an object literal there,
 * and would report options built elsewhere as missing.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Testimony Vault',
    // Shown on ready-to-show, so nobody sees a blank white frame.
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: {
      session: options.session,
      preload: options.preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      // Spellcheck sends typed words to a dictionary service and keeps a custom word list on
      // disk: survivor names and places must not leak either way.
      spellcheck: false,
      // Dropping a file on the window would navigate away from the app (and show it in clear).
      navigateOnDragDrop: false,
      safeDialogs: true,
      // A middle click on a link would ask for a new window; window.open is denied anyway
      // (navigation.ts), this stops the request from being made at all.
      disableBlinkFeatures: 'Auxclick',
      devTools: options.devTools,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    // Nothing secret in a load failure of our own bundle; it helps whoever runs a broken build.
    console.error('Testimony Vault: the interface could not be loaded.', error instanceof Error ? error.message : error);
  });
  return window;
}

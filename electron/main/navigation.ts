import type { WebContents } from 'electron';
import { safeOpenURL } from './external-links';

/**
 * The window shows our bundle and nothing else: every navigation, redirect, webview and new
 * window is refused. A link the user clicked (in-page navigation or target=_blank) goes to
 * safeOpenURL, which opens it in the system browser only if the allow-list accepts it.
 * Installed for every webContents the app creates (app 'web-contents-created').
 */
export function guardNavigation(webContents: WebContents): void {
  webContents.on('will-navigate', (event) => {
    event.preventDefault();
    safeOpenURL(event.url);
  });
  webContents.on('will-frame-navigate', (event) => {
    // Subframes (there should be none: CSP frame-src 'none') never navigate either.
    if (!event.isMainFrame) event.preventDefault();
  });
  webContents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  webContents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  webContents.setWindowOpenHandler(({ url }) => {
    safeOpenURL(url);
    return { action: 'deny' };
  });
}

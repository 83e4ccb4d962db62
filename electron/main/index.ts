import { app, clipboard, ipcMain, powerMonitor, type BrowserWindow } from 'electron';
import { createVaultApi } from '../core/api';
import { configureRuntime } from '../core/runtime';
import { createAppSession } from './app-session';
import { startAutoLock } from './auto-lock';
import { guardedClipboards, startClipboardGuard, sweepClipboardOnLock } from './clipboard-guard';
import { forbiddenSwitches } from './debug-switches';
import { createElectronHost } from './host';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { mainStrings } from './strings';
import { guardNavigation } from './navigation';
import { resolveAppPaths } from './paths';
import { handleProtocols, registerPrivilegedSchemes } from './protocols';
import { createMainWindow } from './window';

// Lifecycle only; every decision lives in a module of its own (and its test).
//
// The crash reporter is deliberately never started: a minidump of this process holds decrypted
// testimony and keys. The switch below asks Chromium not to collect dumps at all.
app.commandLine.appendSwitch('disable-crash-reporter');
// Every renderer sandboxed, including any created by a library or a future window.
app.enableSandbox();

async function start(): Promise<void> {
  await app.whenReady();
  const paths = resolveAppPaths({
    appPath: app.getAppPath(),
    userData: app.getPath('userData'),
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    electronVersion: process.versions.electron ?? '',
    vaultDirOverride: process.env.TESTIMONY_VAULT_DIR,
  });
  configureRuntime({ workerDir: paths.workerDir, sqliteNativeBinding: paths.sqliteNativeBinding });

  let mainWindow: BrowserWindow | null = null;
  const getWebContents = () => (mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow.webContents : null);
  // A copied recovery key leaves the clipboard after a minute, and at once on any lock.
  const clipboardGuard = startClipboardGuard(guardedClipboards(clipboard));
  const api = createVaultApi({
    vaultDir: paths.vaultDir,
    settingsFile: paths.settingsFile,
    host: sweepClipboardOnLock(
      createElectronHost(() => mainWindow, () => mainStrings(api.settings().language)),
      clipboardGuard,
    ),
    // The menu follows the UI language.
    onSettingsChanged: () => installMenu(api, app.isPackaged),
  });

  const ses = createAppSession(getWebContents);
  handleProtocols(ses, { rendererDir: paths.rendererDir, api });
  registerIpc(ipcMain, api, getWebContents);
  installMenu(api, app.isPackaged);
  const stopAutoLock = startAutoLock(api, powerMonitor);

  // The vault is locked and released before the process ends (WAL checkpoint, keys wiped).
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    stopAutoLock();
    clipboardGuard.stop();
    Promise.all([clipboardGuard.sweep(), api.close()])
      .catch(() => undefined)
      .finally(() => {
        closed = true;
        app.quit();
      });
  });

  mainWindow = createMainWindow({ session: ses, preloadPath: paths.preloadPath, devTools: !app.isPackaged });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
}

const debugSwitches = app.isPackaged ? forbiddenSwitches(process.argv) : [];
if (debugSwitches.length > 0) {
  // Before any window or vault exists: nothing to inspect yet, nothing to lock.
  console.error(`Testimony Vault does not start with ${debugSwitches.map((name) => `--${name}`).join(', ')}: it would let another program read the vault through the window.`);
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  // Two processes on one vault would fight over the database and the keys.
  app.quit();
} else {
  registerPrivilegedSchemes();
  app.on('web-contents-created', (_event, webContents) => guardNavigation(webContents));
  // On macOS too: an app left running without a window would keep the vault unlocked.
  app.on('window-all-closed', () => app.quit());
  start().catch((error: unknown) => {
    console.error('Testimony Vault could not start.', error instanceof Error ? error.message : error);
    app.exit(1);
  });
}

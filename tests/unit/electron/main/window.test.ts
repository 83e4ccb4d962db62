import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { FakeSession, resetElectronMock, type BrowserWindow } from '../../../mocks/electron';
import { createMainWindow, mainWindowOptions } from '../../../../electron/main/window';

vi.mock('electron', () => import('../../../mocks/electron'));

const ses = new FakeSession('testimony-vault', undefined) as unknown as Session;
const preloadPath = '/app/dist/preload/index.cjs';

describe('main window options', () => {
  beforeEach(() => resetElectronMock());

  it('turns every renderer hardening on and Node off', () => {
    const prefs = mainWindowOptions({ session: ses, preloadPath, devTools: false }).webPreferences;
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      devTools: false,
    });
    expect(prefs?.preload).toBe(preloadPath);
    expect(prefs?.session).toBe(ses);
    // A partition string would let Electron pick (or persist) a session of its own.
    expect(prefs?.partition).toBeUndefined();
  });

  it('allows DevTools only when asked (development builds)', () => {
    expect(mainWindowOptions({ session: ses, preloadPath, devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('stays hidden until ready-to-show, then loads the app from app://', () => {
    const window = createMainWindow({ session: ses, preloadPath, devTools: false }) as unknown as BrowserWindow;
    expect(window.options.show).toBe(false);
    expect(window.loadURL).toHaveBeenCalledWith('app://testimony-vault/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });
});

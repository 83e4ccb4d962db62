import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions, Session } from 'electron';
import { FakeSession, resetElectronMock, type BrowserWindow } from '../../../mocks/electron';
import { createMainWindow } from '../../../../electron/main/window';

vi.mock('electron', () => import('../../../mocks/electron'));

const ses = new FakeSession('testimony-vault', undefined) as unknown as Session;
const preloadPath = '/app/dist/preload/index.cjs';

/** What Electron was asked to build (the mock keeps the constructor's options). */
function created(devTools: boolean): { window: BrowserWindow; options: BrowserWindowConstructorOptions } {
  const window = createMainWindow({ session: ses, preloadPath, devTools }) as unknown as BrowserWindow;
  return { window, options: window.options };
}

describe('main window', () => {
  beforeEach(() => resetElectronMock());

  it('turns every renderer hardening on and Node off', () => {
    const prefs = created(false).options.webPreferences;
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
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
    expect(prefs?.preload).toBe(preloadPath);
    expect(prefs?.session).toBe(ses);
    // A partition string would let Electron pick (or persist) a session of its own.
    expect(prefs?.partition).toBeUndefined();
  });

  it('allows DevTools only when asked (development builds)', () => {
    expect(created(true).options.webPreferences?.devTools).toBe(true);
  });

  it('stays hidden until ready-to-show, then loads the app from app://', () => {
    const { window, options } = created(false);
    expect(options.show).toBe(false);
    expect(window.loadURL).toHaveBeenCalledWith('app://testimony-vault/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });
});

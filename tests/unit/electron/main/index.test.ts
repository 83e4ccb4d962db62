import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DROP_IMPORT_CHANNEL, INVOKE_CHANNEL_PREFIX, OPERATION_NAMES } from '../../../../shared/contract/names';
import { generateRecoveryKey } from '../../../../electron/core/crypto/recovery-key';
import { app, BrowserWindow, clipboard, crashReporter, createdSessions, FakeWebContents, ipcMain, Menu, protocol } from '../../../mocks/electron';

vi.mock('electron', () => import('../../../mocks/electron'));

// The lifecycle in electron/main/index.ts, started the way Electron starts it, with the real
// core behind it (a vault folder in a temp dir). Only Electron itself is the stand-in.

const root = path.resolve(import.meta.dirname, '../../../..');
let userData: string;

beforeAll(async () => {
  userData = await mkdtemp(path.join(os.tmpdir(), 'tv-lifecycle-'));
  app.paths.userData = userData;
  app.appPath = root;
  delete process.env.TESTIMONY_VAULT_DIR;
  await import('../../../../electron/main/index');
});

afterAll(async () => {
  await rm(userData, { recursive: true, force: true });
});

function theWindow(): BrowserWindow {
  const [window] = BrowserWindow.created;
  if (!window) throw new Error('no window was created');
  return window;
}

describe('main process lifecycle', () => {
  it('before ready: sandbox for all renderers, no crash reporter, single instance, privileged schemes', () => {
    expect(app.enableSandbox).toHaveBeenCalledOnce();
    expect(app.switches).toContain('disable-crash-reporter');
    expect(crashReporter.start).not.toHaveBeenCalled();
    expect(app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(BrowserWindow.created).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('once ready: one window on the in-memory session, protocols and IPC on it, a menu', async () => {
    app.becomeReady();
    await vi.waitFor(() => expect(BrowserWindow.created).toHaveLength(1));
    const window = theWindow();
    const [ses] = createdSessions();
    expect(createdSessions()).toHaveLength(1);
    expect(ses?.partition).not.toMatch(/^persist:/);
    expect((window.options.webPreferences as { session: unknown }).session).toBe(ses);
    // Not packaged (npm start): DevTools stay available to the developer.
    expect((window.options.webPreferences as { devTools: boolean }).devTools).toBe(true);
    expect((window.options.webPreferences as { preload: string }).preload).toBe(path.join(root, 'dist/preload/index.cjs'));
    expect([...(ses?.protocolHandlers.keys() ?? [])].sort()).toEqual(['app', 'vault-media']);
    // One channel per operation, plus the one for files dropped on the window.
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...OPERATION_NAMES.map((op) => INVOKE_CHANNEL_PREFIX + op), DROP_IMPORT_CHANNEL].sort());
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(window.loadURL).toHaveBeenCalledWith('app://testimony-vault/index.html');
  });

  it('answers our window through IPC with the real core, and refuses another webContents', async () => {
    const window = theWindow();
    const status = ipcMain.handlers.get('tv:op:vault.status');
    if (!status) throw new Error('no vault.status handler');
    expect(await status({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, {})).toEqual({ ok: true, value: { state: 'absent' } });
    const stranger = new FakeWebContents();
    expect(await status({ sender: stranger, senderFrame: stranger.mainFrame }, {})).toMatchObject({ ok: false, code: 'FORBIDDEN_SENDER' });
  });

  it('guards navigation of every webContents the app creates, the main window first', () => {
    expect(theWindow().webContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(theWindow().webContents.listenerCount('will-navigate')).toBe(1);
    const created = new FakeWebContents();
    app.emit('web-contents-created', {}, created);
    expect(created.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(created.listenerCount('will-navigate')).toBe(1);
  });

  it('quits when the window closes (macOS too), closes the vault and clears a recovery key from the clipboard before the process ends', async () => {
    clipboard.text = generateRecoveryKey().text;
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(1);
    let prevented = false;
    app.emit('will-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(2));
    expect(clipboard.text).toBe('');
    let preventedAgain = false;
    app.emit('will-quit', { preventDefault: () => (preventedAgain = true) });
    expect(preventedAgain).toBe(false);
  });
});

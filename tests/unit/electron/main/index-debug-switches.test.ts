import { afterAll, describe, expect, it, vi } from 'vitest';
import { app, BrowserWindow, ipcMain, protocol } from '../../../mocks/electron';

vi.mock('electron', () => import('../../../mocks/electron'));

// A release started with Chromium's remote debugging switch: it must not get as far as a
// window (the DevTools protocol would read the page and drive window.vault).

const argv = process.argv;

afterAll(() => {
  process.argv = argv;
});

describe('a packaged app started with --remote-debugging-port', () => {
  it('exits at once, before any window, IPC or protocol exists, and says why', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    app.isPackaged = true;
    process.argv = [...argv, '--remote-debugging-port=9222'];
    await import('../../../../electron/main/index');
    app.becomeReady();
    await new Promise((resolve) => setImmediate(resolve));
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(error.mock.calls[0]?.[0]).toContain('--remote-debugging-port');
    expect(app.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(ipcMain.handlers.size).toBe(0);
    expect(BrowserWindow.created).toHaveLength(0);
    error.mockRestore();
  });
});

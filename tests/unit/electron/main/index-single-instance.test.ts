import { describe, expect, it, vi } from 'vitest';
import { app, BrowserWindow, ipcMain, protocol } from '../../../mocks/electron';

vi.mock('electron', () => import('../../../mocks/electron'));

describe('a second copy of the app', () => {
  it('quits at once when another instance holds the lock, touching nothing', async () => {
    app.singleInstance = false;
    await import('../../../../electron/main/index');
    app.becomeReady();
    await new Promise((resolve) => setImmediate(resolve));
    expect(app.quit).toHaveBeenCalledOnce();
    expect(protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(ipcMain.handlers.size).toBe(0);
    expect(BrowserWindow.created).toHaveLength(0);
  });
});

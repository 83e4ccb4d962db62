import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow as ElectronBrowserWindow } from 'electron';
import { BrowserWindow, dialog, resetElectronMock } from '../../../mocks/electron';
import { createElectronHost } from '../../../../electron/main/host';
import { mainStrings } from '../../../../electron/main/strings';

vi.mock('electron', () => import('../../../mocks/electron'));

function windowAndHost(language: 'en' | 'ar' = 'en') {
  const window = new BrowserWindow({});
  const host = createElectronHost(() => window as unknown as ElectronBrowserWindow, () => mainStrings(language));
  return { window, host };
}

describe('Electron host for core', () => {
  beforeEach(() => resetElectronMock());

  it('asks for import files with multiple selection, attached to our window', async () => {
    const { window, host } = windowAndHost();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/media/usb/a.wav', '/media/usb/b.pdf'] });
    expect(await host.pickImportFiles()).toEqual(['/media/usb/a.wav', '/media/usb/b.pdf']);
    const [parent, options] = dialog.showOpenDialog.mock.calls[0] ?? [];
    expect(parent).toBe(window);
    expect((options as { properties: string[] }).properties).toEqual(expect.arrayContaining(['openFile', 'multiSelections']));
  });

  it('titles its dialogs in the UI language', async () => {
    const { host } = windowAndHost('ar');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await host.pickImportFiles();
    expect(dialog.showOpenDialog.mock.calls[0]?.[1]).toMatchObject({ title: 'استيراد ملفات' });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await host.pickSavePath('a.wav');
    expect(dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({ title: 'تصدير' });
  });

  it('answers an empty list and null when the user cancels', async () => {
    const { host } = windowAndHost();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: ['/ignored'] });
    expect(await host.pickImportFiles()).toEqual([]);
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '/ignored' });
    expect(await host.pickSavePath('T-1.wav')).toBeNull();
  });

  it('suggests only a file name for a save and returns the chosen path', async () => {
    const { host } = windowAndHost();
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/c/export/T-1.wav' });
    expect(await host.pickSavePath('T-1.wav')).toBe('/home/c/export/T-1.wav');
    const [, options] = dialog.showSaveDialog.mock.calls[0] ?? [];
    expect(options).toMatchObject({ defaultPath: 'T-1.wav' });
  });

  it('asks for a backup folder with a folder dialog that may create one, and answers null when cancelled', async () => {
    const { window, host } = windowAndHost();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/media/usb/vault-backup'] });
    expect(await host.pickFolder()).toBe('/media/usb/vault-backup');
    const [parent, options] = dialog.showOpenDialog.mock.calls[0] ?? [];
    expect(parent).toBe(window);
    const properties = (options as { properties: string[] }).properties;
    expect(properties).toEqual(expect.arrayContaining(['openDirectory', 'createDirectory']));
    expect(properties).not.toContain('openFile');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: ['/ignored'] });
    expect(await host.pickFolder()).toBeNull();
  });

  it('sends events to our window only, on the tv:ev: channel, and drops them once it is gone', () => {
    const { window, host } = windowAndHost();
    const bystander = new BrowserWindow({});
    host.emit('vault.locked', { reason: 'idle' });
    expect(window.webContents.sent).toEqual([{ channel: 'tv:ev:vault.locked', args: [{ reason: 'idle' }] }]);
    expect(bystander.webContents.sent).toEqual([]);
    window.destroyed = true;
    host.emit('vault.locked', { reason: 'user' });
    expect(window.webContents.sent).toHaveLength(1);
  });
});

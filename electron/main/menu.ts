import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { VaultApi } from '../core/api';
import { requestLock } from './lock';

export const LOCK_ACCELERATOR = 'CmdOrCtrl+L';

/**
 * The application menu. Labels are English for now (the renderer carries the translations;
 * the native menu will follow the UI language once settings expose it to main). No Reload in
 * a packaged app: a reload mid-import is a lost import. DevTools only in development.
 */
export function menuTemplate(options: { onLock: () => void; isPackaged: boolean; platform: NodeJS.Platform }): MenuItemConstructorOptions[] {
  const lockItem: MenuItemConstructorOptions = { id: 'lock', label: 'Lock Vault', accelerator: LOCK_ACCELERATOR, click: () => options.onLock() };
  const template: MenuItemConstructorOptions[] = [];
  if (options.platform === 'darwin') {
    template.push({ role: 'appMenu', submenu: [{ role: 'about' }, { type: 'separator' }, lockItem, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }] });
  } else {
    template.push({ label: 'File', submenu: [lockItem, { type: 'separator' }, { role: 'quit' }] });
  }
  template.push({ role: 'editMenu' });
  const view: MenuItemConstructorOptions[] = [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }];
  if (!options.isPackaged) view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' });
  template.push({ label: 'View', submenu: view });
  template.push({ role: 'windowMenu' });
  return template;
}

export function installMenu(api: Pick<VaultApi, 'lock'>, isPackaged: boolean): void {
  const template = menuTemplate({ onLock: () => requestLock(api, 'shortcut'), isPackaged, platform: process.platform });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

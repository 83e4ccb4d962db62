import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { VaultApi } from '../core/api';
import { requestLock } from './lock';
import { mainStrings, type MainStrings } from './strings';

export const LOCK_ACCELERATOR = 'CmdOrCtrl+L';

/**
 * The application menu, in the UI language (rebuilt when it changes). No Reload in a
 * packaged app: a reload mid-import is a lost import. DevTools only in development.
 */
export function menuTemplate(options: { onLock: () => void; isPackaged: boolean; platform: NodeJS.Platform; strings: MainStrings }): MenuItemConstructorOptions[] {
  const s = options.strings;
  const lockItem: MenuItemConstructorOptions = { id: 'lock', label: s.lockVault, accelerator: LOCK_ACCELERATOR, click: () => options.onLock() };
  const template: MenuItemConstructorOptions[] = [];
  if (options.platform === 'darwin') {
    template.push({ role: 'appMenu', submenu: [{ role: 'about' }, { type: 'separator' }, lockItem, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit', label: s.quit }] });
  } else {
    template.push({ label: s.file, submenu: [lockItem, { type: 'separator' }, { role: 'quit', label: s.quit }] });
  }
  template.push({
    label: s.edit,
    submenu: [
      { role: 'undo', label: s.undo },
      { role: 'redo', label: s.redo },
      { type: 'separator' },
      { role: 'cut', label: s.cut },
      { role: 'copy', label: s.copy },
      { role: 'paste', label: s.paste },
      { role: 'selectAll', label: s.selectAll },
    ],
  });
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: s.resetZoom },
    { role: 'zoomIn', label: s.zoomIn },
    { role: 'zoomOut', label: s.zoomOut },
    { type: 'separator' },
    { role: 'togglefullscreen', label: s.fullScreen },
  ];
  if (!options.isPackaged) view.push({ type: 'separator' }, { role: 'reload', label: s.reload }, { role: 'toggleDevTools', label: s.devTools });
  template.push({ label: s.view, submenu: view });
  template.push({ label: s.window, submenu: [{ role: 'minimize', label: s.minimize }, { role: 'close', label: s.close }] });
  return template;
}

export function installMenu(api: Pick<VaultApi, 'lock' | 'settings'>, isPackaged: boolean): void {
  const template = menuTemplate({
    onLock: () => requestLock(api, 'shortcut'),
    isPackaged,
    platform: process.platform,
    strings: mainStrings(api.settings().language),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

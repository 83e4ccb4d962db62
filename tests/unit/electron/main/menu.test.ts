import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { LockReason } from '../../../../electron/core/api';
import { Menu, resetElectronMock } from '../../../mocks/electron';
import { installMenu, LOCK_ACCELERATOR, menuTemplate } from '../../../../electron/main/menu';
import { mainStrings } from '../../../../electron/main/strings';
import type { Settings } from '../../../../shared/contract/operations';

vi.mock('electron', () => import('../../../mocks/electron'));

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('application menu', () => {
  beforeEach(() => resetElectronMock());

  it('has a Lock item on CmdOrCtrl+L that locks the vault with reason "shortcut"', () => {
    const locks: LockReason[] = [];
    installMenu({ lock: (reason) => (locks.push(reason), Promise.resolve()), settings: () => ({ autoLockMinutes: 10, language: 'en' }) }, true);
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce();
    const template = (Menu.buildFromTemplate.mock.calls[0]?.[0] ?? []) as MenuItemConstructorOptions[];
    const lockItems = flatten(template).filter((item) => item.accelerator === LOCK_ACCELERATOR);
    expect(lockItems).toHaveLength(1);
    expect(LOCK_ACCELERATOR).toBe('CmdOrCtrl+L');
    (lockItems[0]?.click as () => void)();
    expect(locks).toEqual(['shortcut']);
  });

  it.each(['linux', 'win32', 'darwin'] as const)('offers no DevTools or reload in a packaged app (%s)', (platform) => {
    const roles = (isPackaged: boolean) => flatten(menuTemplate({ onLock: () => undefined, isPackaged, platform, strings: mainStrings('en') })).map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(true)).not.toContain('forceReload');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('speaks the UI language, every labelled item included', () => {
    const settings: Settings = { autoLockMinutes: 10, language: 'ar' };
    installMenu({ lock: () => Promise.resolve(), settings: () => settings }, false);
    const template = (Menu.buildFromTemplate.mock.calls[0]?.[0] ?? []) as MenuItemConstructorOptions[];
    const labels = flatten(template).filter((item) => item.type !== 'separator' && item.role !== 'appMenu' && item.role !== 'about' && item.role !== 'hide' && item.role !== 'hideOthers' && item.role !== 'unhide').map((item) => item.label);
    expect(labels).toContain('قفل الخزنة');
    for (const label of labels) expect(label, 'an item without an Arabic label').toMatch(/\p{Script=Arabic}/u);
  });

  it('has the same items in both languages', () => {
    const shape = (language: 'en' | 'ar') => flatten(menuTemplate({ onLock: () => undefined, isPackaged: false, platform: 'linux', strings: mainStrings(language) })).map((i) => i.role ?? i.id ?? 'submenu');
    expect(shape('ar')).toEqual(shape('en'));
  });
});

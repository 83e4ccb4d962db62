import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { LockReason } from '../../../../electron/core/api';
import { Menu, resetElectronMock } from '../../../mocks/electron';
import { installMenu, LOCK_ACCELERATOR, menuTemplate } from '../../../../electron/main/menu';

vi.mock('electron', () => import('../../../mocks/electron'));

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('application menu', () => {
  beforeEach(() => resetElectronMock());

  it('has a Lock item on CmdOrCtrl+L that locks the vault with reason "shortcut"', () => {
    const locks: LockReason[] = [];
    installMenu({ lock: (reason) => (locks.push(reason), Promise.resolve()) }, true);
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce();
    const template = (Menu.buildFromTemplate.mock.calls[0]?.[0] ?? []) as MenuItemConstructorOptions[];
    const lockItems = flatten(template).filter((item) => item.accelerator === LOCK_ACCELERATOR);
    expect(lockItems).toHaveLength(1);
    expect(LOCK_ACCELERATOR).toBe('CmdOrCtrl+L');
    (lockItems[0]?.click as () => void)();
    expect(locks).toEqual(['shortcut']);
  });

  it.each(['linux', 'win32', 'darwin'] as const)('offers no DevTools or reload in a packaged app (%s)', (platform) => {
    const roles = (isPackaged: boolean) => flatten(menuTemplate({ onLock: () => undefined, isPackaged, platform })).map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(true)).not.toContain('forceReload');
    expect(roles(false)).toContain('toggleDevTools');
  });
});

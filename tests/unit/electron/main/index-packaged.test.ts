import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { app, BrowserWindow, Menu } from '../../../mocks/electron';

vi.mock('electron', () => import('../../../mocks/electron'));

// The same lifecycle as index.test.ts, started as a packaged (release) app: DevTools are a way
// around every renderer check (read the page, call window.vault by hand), so a release has none.

const root = path.resolve(import.meta.dirname, '../../../..');
let userData: string;
const processWithResources = process as NodeJS.Process & { resourcesPath?: string };

beforeAll(async () => {
  userData = await mkdtemp(path.join(os.tmpdir(), 'tv-packaged-'));
  app.paths.userData = userData;
  app.appPath = root;
  app.isPackaged = true;
  // Electron sets it; under Node it does not exist. Nothing is there: the default addon loads.
  processWithResources.resourcesPath = userData;
  delete process.env.TESTIMONY_VAULT_DIR;
  await import('../../../../electron/main/index');
  app.becomeReady();
  await vi.waitFor(() => expect(BrowserWindow.created).toHaveLength(1));
});

afterAll(async () => {
  Reflect.deleteProperty(processWithResources, 'resourcesPath');
  await rm(userData, { recursive: true, force: true });
});

function roles(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]);
}

describe('packaged (release) app', () => {
  it('creates its window with DevTools disabled', () => {
    const [window] = BrowserWindow.created;
    expect((window?.options.webPreferences as { devTools: boolean }).devTools).toBe(false);
  });

  it('has no DevTools or Reload item in its menu', () => {
    const [[template]] = Menu.buildFromTemplate.mock.calls as unknown as [[MenuItemConstructorOptions[]]];
    const menuRoles = roles(template);
    expect(menuRoles).toContain('quit');
    expect(menuRoles).not.toContain('toggleDevTools');
    expect(menuRoles).not.toContain('reload');
  });
});

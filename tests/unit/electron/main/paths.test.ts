import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPaths, type AppPathsInput } from '../../../../electron/main/paths';

const base: AppPathsInput = {
  appPath: '/opt/src/testimony-vault',
  userData: '/home/a/.config/Testimony Vault',
  isPackaged: false,
  resourcesPath: '/unused',
  electronVersion: '45.4.1',
  vaultDirOverride: undefined,
  exists: () => false,
};

describe('app paths', () => {
  it('keeps the vault and settings under userData unless TESTIMONY_VAULT_DIR is set', () => {
    const paths = resolveAppPaths(base);
    expect(paths.vaultDir).toBe(path.join(base.userData, 'vault'));
    expect(paths.settingsFile).toBe(path.join(base.userData, 'settings.json'));
    expect(resolveAppPaths({ ...base, vaultDirOverride: '/media/usb/vault' }).vaultDir).toBe('/media/usb/vault');
    expect(resolveAppPaths({ ...base, vaultDirOverride: '  ' }).vaultDir).toBe(path.join(base.userData, 'vault'));
  });

  it('uses the built bundles of the project in development', () => {
    const paths = resolveAppPaths(base);
    expect(paths.preloadPath).toBe('/opt/src/testimony-vault/dist/preload/index.cjs');
    expect(paths.rendererDir).toBe('/opt/src/testimony-vault/dist/renderer');
    expect(paths.workerDir).toBe('/opt/src/testimony-vault/dist/workers');
  });

  it('runs workers from app.asar.unpacked when packaged', () => {
    const paths = resolveAppPaths({ ...base, isPackaged: true, appPath: '/opt/Testimony Vault/resources/app.asar', resourcesPath: '/opt/Testimony Vault/resources' });
    expect(paths.workerDir).toBe('/opt/Testimony Vault/resources/app.asar.unpacked/dist/workers');
    expect(paths.preloadPath).toBe('/opt/Testimony Vault/resources/app.asar/dist/preload/index.cjs');
  });

  it('uses the addon built for this Electron version only where it exists', () => {
    const devAddon = '/opt/src/testimony-vault/.native/electron-45.4.1/better_sqlite3.node';
    expect(resolveAppPaths(base).sqliteNativeBinding).toBeUndefined();
    expect(resolveAppPaths({ ...base, exists: (file) => file === devAddon }).sqliteNativeBinding).toBe(devAddon);
    expect(resolveAppPaths({ ...base, electronVersion: '46.0.0', exists: (file) => file === devAddon }).sqliteNativeBinding).toBeUndefined();
    const packaged = { ...base, isPackaged: true, appPath: '/r/app.asar', resourcesPath: '/r' };
    expect(resolveAppPaths({ ...packaged, exists: (file) => file === '/r/native/better_sqlite3.node' }).sqliteNativeBinding).toBe('/r/native/better_sqlite3.node');
  });
});

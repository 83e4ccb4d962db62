import { existsSync } from 'node:fs';
import path from 'node:path';

export interface AppPathsInput {
  /** app.getAppPath(): the project folder in development, …/resources/app.asar when packaged. */
  appPath: string;
  /** app.getPath('userData'). */
  userData: string;
  isPackaged: boolean;
  /** process.resourcesPath (packaged app only). */
  resourcesPath: string;
  /** process.versions.electron. */
  electronVersion: string;
  /** TESTIMONY_VAULT_DIR: another vault folder (a removable drive, the e2e tests). */
  vaultDirOverride: string | undefined;
  exists?: (file: string) => boolean;
}

export interface AppPaths {
  vaultDir: string;
  settingsFile: string;
  rendererDir: string;
  preloadPath: string;
  workerDir: string;
  /** The addon built for Electron's ABI, when one is found; undefined means the default. */
  sqliteNativeBinding: string | undefined;
}

/** Name of the addon staged by build/scripts/native.mjs (dev) and shipped as an extra resource. */
export const NATIVE_ADDON = 'better_sqlite3.node';

/**
 * Where everything is, in development and packaged. Workers run from app.asar.unpacked:
 * worker_threads cannot start a script that lives inside an asar archive. The SQLite addon
 * must be the one built for Electron's ABI (a Node build fails with NODE_MODULE_VERSION):
 * .native/electron-<version>/ in development, resources/native/ when packaged.
 */
export function resolveAppPaths(input: AppPathsInput): AppPaths {
  const exists = input.exists ?? existsSync;
  const unpackedRoot = input.isPackaged ? input.appPath.replace(/app\.asar$/, 'app.asar.unpacked') : input.appPath;
  const override = input.vaultDirOverride?.trim();
  const nativeCandidate = input.isPackaged
    ? path.join(input.resourcesPath, 'native', NATIVE_ADDON)
    : path.join(input.appPath, '.native', `electron-${input.electronVersion}`, NATIVE_ADDON);
  return {
    vaultDir: override ? path.resolve(override) : path.join(input.userData, 'vault'),
    settingsFile: path.join(input.userData, 'settings.json'),
    rendererDir: path.join(input.appPath, 'dist', 'renderer'),
    preloadPath: path.join(input.appPath, 'dist', 'preload', 'index.cjs'),
    workerDir: path.join(unpackedRoot, 'dist', 'workers'),
    sqliteNativeBinding: exists(nativeCandidate) ? nativeCandidate : undefined,
  };
}

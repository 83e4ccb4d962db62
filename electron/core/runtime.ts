import path from 'node:path';

/**
 * Where the entry point (Electron main, the CLI, the test harness) found the files core
 * needs at run time. Core cannot work this out itself: it is bundled differently in each.
 */
export interface RuntimeConfig {
  /** Folder of the bundled worker scripts (`<name>.cjs`), built by build/scripts/build-node.mjs. */
  workerDir: string;
  /**
   * Path of better-sqlite3's compiled addon when it is not the default one, e.g. the copy
   * built for Electron's ABI under .native/ during development. Undefined: the default.
   */
  sqliteNativeBinding?: string | undefined;
}

let config: RuntimeConfig | undefined;

export function configureRuntime(next: RuntimeConfig): void {
  config = { ...next, workerDir: path.resolve(next.workerDir) };
}

export function runtimeConfig(): RuntimeConfig {
  if (!config) throw new Error('configureRuntime() was not called by the entry point.');
  return config;
}

import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NATIVE_ADDON } from '../../../electron/main/paths';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../../..');

interface BuilderConfig {
  productName: string;
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  extraResources: Array<{ from: string; to: string; filter: string[] }>;
  npmRebuild: boolean;
  beforePack: unknown;
  afterPack: unknown;
  electronVersion: string;
  directories: { output: string };
  publish: unknown;
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[]; extendInfo: Record<string, string> };
  nsis: { deleteAppDataOnUninstall: boolean };
}

const config = require(path.join(root, 'build/electron-builder.config.cjs')) as BuilderConfig;

describe('electron-builder configuration', () => {
  it('passes electron-builder 26 schema validation', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as { validateConfiguration: (c: unknown, logger: unknown) => Promise<void> };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the product and its targets, writes to release/ and publishes nothing', () => {
    expect(config.productName).toBe('Testimony Vault');
    expect(config.directories.output).toBe('release');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.publish).toBeNull();
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
    expect(config.mac.extendInfo.NSMicrophoneUsageDescription).toMatch(/microphone/);
  });

  it('packs the bundles in asar, unpacks workers and native code, and applies the fuses after packing', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['dist/workers/**', '**/*.node']));
    // The same module instance: the hook that flips and verifies every fuse.
    expect(config.afterPack).toBe(require(path.join(root, 'build/hooks/after-pack.cjs')));
    expect(typeof config.beforePack).toBe('function');
  });

  it('ships the addon built for this Electron where main looks for it, and never the Node build', () => {
    const electronVersion = (require('electron/package.json') as { version: string }).version;
    expect(config.electronVersion).toBe(electronVersion);
    expect(config.npmRebuild).toBe(false);
    // main: path.join(process.resourcesPath, 'native', NATIVE_ADDON) (electron/main/paths.ts)
    expect(config.extraResources).toEqual([{ from: `.native/electron-${electronVersion}`, to: 'native', filter: [NATIVE_ADDON] }]);
    expect(config.files).toContain('!node_modules/better-sqlite3-multiple-ciphers/{build,deps,src}/**');
  });
});

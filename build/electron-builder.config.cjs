'use strict';
// electron-builder configuration (npm run dist). Security-relevant choices:
// - asar on, with integrity checked at run time by the EnableEmbeddedAsarIntegrityValidation
//   and OnlyLoadAppFromAsar fuses; every fuse is set in hooks/after-pack.cjs (build/fuses.cjs).
// - The SQLite addon shipped is the one built for this Electron by hooks/before-pack.cjs
//   (resources/native/better_sqlite3.node); the Node build in node_modules is left out.
// - Workers and any .node file are unpacked: worker_threads and dlopen cannot read an asar.
// - Nothing is published from here.
const path = require('node:path');
const { readFileSync } = require('node:fs');
const beforePack = require('./hooks/before-pack.cjs');
const afterPack = require('./hooks/after-pack.cjs');

const root = path.resolve(__dirname, '..');
const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;

/** @type {import('app-builder-lib').Configuration} */
const config = {
  appId: 'org.testimonyvault.desktop',
  productName: 'Testimony Vault',
  copyright: 'Testimony Vault contributors, AGPL-3.0-only',
  electronVersion,
  directories: { output: 'release', buildResources: 'build' },
  files: [
    'dist/**',
    'package.json',
    '!dist/**/*.map',
    // Compiled for Node, not Electron, plus 14 MB of SQLite sources: never shipped.
    '!node_modules/better-sqlite3-multiple-ciphers/{build,deps,src}/**',
  ],
  asar: true,
  asarUnpack: ['dist/workers/**', '**/*.node'],
  extraResources: [{ from: `.native/electron-${electronVersion}`, to: 'native', filter: ['better_sqlite3.node'] }],
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  // Chromium UI strings for the two shipped UI languages only.
  electronLanguages: ['en-US', 'ar'],
  beforePack,
  afterPack,
  publish: null,

  linux: {
    target: ['AppImage', 'deb'],
    icon: 'build/icons/icon.png',
    category: 'Office',
    executableName: 'testimony-vault',
    synopsis: 'Encrypted local vault for survivor testimonies',
  },
  deb: { priority: 'optional' },
  win: { target: ['nsis'], icon: 'build/icons/icon.png' },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    // Uninstalling the program must never delete a vault.
    deleteAppDataOnUninstall: false,
  },
  mac: {
    target: ['dmg'],
    icon: 'build/icons/icon.png',
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
    extendInfo: { NSMicrophoneUsageDescription: 'Testimony Vault uses the microphone only while you record an interview.' },
  },
  dmg: { title: 'Testimony Vault' },
};

module.exports = config;

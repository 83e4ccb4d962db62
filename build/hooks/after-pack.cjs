'use strict';
// electron-builder afterPack hook: flips every Electron fuse (build/fuses.cjs) in the packaged
// binary, before signing, then reads the wire back and fails the build on any difference. A
// release whose binary still allows ELECTRON_RUN_AS_NODE or --inspect must never ship.
const path = require('node:path');
const { flipFuses, getCurrentFuseWire } = require('@electron/fuses');
const { fuseConfig, fuseWireProblems } = require('../fuses.cjs');

// electron-builder's Arch enum: arm64 is 3.
const ARCH_ARM64 = 3;

/**
 * Where the Electron binary holding the fuse wire is inside the packed app (the same rule as
 * electron-builder's own addElectronFuses; @electron/fuses finds the framework in a .app).
 * @param {{ appOutDir: string, electronPlatformName: string, packager: { executableName?: string, appInfo: { productFilename: string } } }} context
 */
function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      return path.join(appOutDir, packager.executableName ?? packager.appInfo.productFilename);
    default:
      throw new Error(`Testimony Vault: no fuse rule for platform ${electronPlatformName}.`);
  }
}

/**
 * Flips and verifies. Exported on its own so the unit test can run it on a synthetic binary.
 * @param {string} binary
 * @param {{ resetAdHocDarwinSignature: boolean }} options
 */
async function applyFuses(binary, options) {
  // A fuse Electron has removed reads back as whatever we write, but does nothing: look first.
  const removed = fuseWireProblems(/** @type {Record<string, unknown>} */ (await getCurrentFuseWire(binary))).filter((problem) => problem.includes('removed'));
  if (removed.length > 0) {
    throw new Error(`Electron fuses in ${binary} that build/fuses.cjs sets no longer exist; review the table:\n  - ${removed.join('\n  - ')}`);
  }
  await flipFuses(binary, fuseConfig(options));
  const problems = fuseWireProblems(/** @type {Record<string, unknown>} */ (await getCurrentFuseWire(binary)));
  if (problems.length > 0) {
    throw new Error(`Electron fuses in ${binary} are not as configured in build/fuses.cjs:\n  - ${problems.join('\n  - ')}`);
  }
}

/** @param {Parameters<typeof electronBinaryPath>[0] & { arch: number }} context */
async function afterPack(context) {
  const binary = electronBinaryPath(context);
  const darwin = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  // Flipping fuses invalidates the ad-hoc signature Apple silicon requires before real signing.
  await applyFuses(binary, { resetAdHocDarwinSignature: darwin && context.arch === ARCH_ARM64 });
  console.log(`  • Electron fuses set and verified  binary=${path.relative(process.cwd(), binary)}`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.applyFuses = applyFuses;
module.exports.electronBinaryPath = electronBinaryPath;

'use strict';
// electron-builder beforePack hook: builds the SQLite addon for the Electron being packaged
// (build/scripts/native.mjs electron), which the config ships as resources/native/. electron-
// builder's own rebuild is off: it would rebuild node_modules in place and leave the tests
// with an addon Node cannot load. A native addon is compiled for the machine it is built on,
// so a package for another OS or CPU must be built on such a machine.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

// electron-builder's Arch enum -> process.arch.
const ARCH_NAMES = { 0: 'ia32', 1: 'x64', 2: 'arm', 3: 'arm64', 4: 'universal' };

/** @param {{ electronPlatformName: string, arch: number }} context */
function checkHost(context) {
  const platform = context.electronPlatformName === 'mas' ? 'darwin' : context.electronPlatformName;
  const arch = ARCH_NAMES[/** @type {0|1|2|3|4} */ (context.arch)] ?? `#${context.arch}`;
  if (platform !== process.platform || arch !== process.arch) {
    throw new Error(
      `Testimony Vault packages for ${platform}/${arch} must be built on ${platform}/${arch} (this is ${process.platform}/${process.arch}): ` +
        'the SQLite addon is compiled for the machine that builds it.',
    );
  }
}

/** @param {{ electronPlatformName: string, arch: number }} context */
async function beforePack(context) {
  checkHost(context);
  const script = path.join(__dirname, '..', 'scripts', 'native.mjs');
  const result = spawnSync(process.execPath, [script, 'electron'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('Building the SQLite addon for Electron failed; see native: messages above.');
}

module.exports = beforePack;
module.exports.default = beforePack;
module.exports.checkHost = checkHost;

// @ts-check
'use strict';
// Every Electron fuse, set explicitly (DESIGN.md "Electron boundary"). Fuses are bits in the
// Electron binary that turn features off for good, below anything JavaScript can change. A
// fuse left out would keep Electron's default, which for several of them is "on". The
// afterPack hook (build/hooks/after-pack.cjs) flips them with strictlyRequireAllFuses, reads
// the wire back and fails the build on any difference; a unit test checks that this table
// names every FuseV1Options key of the installed @electron/fuses.
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

/** @type {Readonly<Record<keyof typeof FuseV1Options, boolean>>} */
const FUSES = Object.freeze({
  // `ELECTRON_RUN_AS_NODE=1 "Testimony Vault"` would be a signed Node.js for anyone.
  RunAsNode: false,
  // Cookies on disk encrypted with an OS-held key (we keep none, but nothing is left plain).
  EnableCookieEncryption: true,
  // NODE_OPTIONS could preload arbitrary code into the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect and friends would let a local process attach a debugger and read keys.
  EnableNodeCliInspectArguments: false,
  // The app code in app.asar is checked against the hash embedded at build time (macOS, Windows).
  EnableEmbeddedAsarIntegrityValidation: true,
  // Never load an app from a loose folder next to the binary, only from the (checked) asar.
  OnlyLoadAppFromAsar: true,
  // One V8 snapshot for all processes; a separate browser snapshot file would be one more
  // unchecked file that shapes the main process.
  LoadBrowserProcessSpecificV8Snapshot: false,
  // We serve from app://, never file://; file: pages get no extra privileges.
  GrantFileProtocolExtraPrivileges: false,
});

/** The config for flipFuses: numeric fuse indexes, every one required. */
function fuseConfig(options = { resetAdHocDarwinSignature: false }) {
  /** @type {Record<number, boolean>} */
  const byIndex = {};
  for (const [name, value] of Object.entries(FUSES)) {
    const index = FuseV1Options[/** @type {keyof typeof FuseV1Options} */ (name)];
    if (typeof index !== 'number') throw new Error(`Unknown Electron fuse "${name}" in build/fuses.cjs.`);
    byIndex[index] = value;
  }
  return { version: FuseVersion.V1, strictlyRequireAllFuses: true, resetAdHocDarwinSignature: options.resetAdHocDarwinSignature, ...byIndex };
}

// Byte values of a fuse in the binary (FuseState of @electron/fuses).
const FUSE_ENABLED = 0x31; // '1'
const FUSE_DISABLED = 0x30; // '0'

/**
 * Compares a wire read back from a binary (getCurrentFuseWire) with FUSES. Returns one line per
 * problem: a fuse not in the state we asked for, a removed fuse we still set, a wire with fuses
 * this table does not know, or a wire of another version.
 * @param {Record<string, unknown>} wire
 * @returns {string[]}
 */
function fuseWireProblems(wire) {
  const problems = [];
  if (wire.version !== FuseVersion.V1) problems.push(`fuse wire version is ${String(wire.version)}, expected ${FuseVersion.V1}`);
  for (const [name, wanted] of Object.entries(FUSES)) {
    const index = FuseV1Options[/** @type {keyof typeof FuseV1Options} */ (name)];
    const actual = wire[String(index)];
    const expected = wanted ? FUSE_ENABLED : FUSE_DISABLED;
    if (actual !== expected) problems.push(`${name} is ${describeState(actual)}, expected ${wanted ? 'enabled' : 'disabled'}`);
  }
  const known = new Set(Object.keys(FUSES).map((name) => String(FuseV1Options[/** @type {keyof typeof FuseV1Options} */ (name)])));
  for (const key of Object.keys(wire)) {
    if (key !== 'version' && !known.has(key)) problems.push(`the binary has a fuse #${key} that build/fuses.cjs does not set`);
  }
  return problems;
}

/** @param {unknown} state */
function describeState(state) {
  if (state === FUSE_ENABLED) return 'enabled';
  if (state === FUSE_DISABLED) return 'disabled';
  if (state === 0x72) return 'removed from this Electron';
  return `missing (${String(state)})`;
}

module.exports = { FUSES, fuseConfig, fuseWireProblems };

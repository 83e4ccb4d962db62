// The SQLite addon (better-sqlite3-multiple-ciphers) is compiled C++: a build for Node does not
// load in Electron and vice versa (NODE_MODULE_VERSION, DESIGN.md pitfalls). This script owns
// both directions without one undoing the other:
//
//   node build/scripts/native.mjs node
//       node_modules keeps the build for THIS Node (tests, CLI). Checked in a child process;
//       rebuilt with `npm rebuild` only when the failure is an ABI mismatch or a missing build.
//   node build/scripts/native.mjs electron [--force]
//       A separate build for the installed Electron, made in a staging copy under .native/ and
//       put at .native/electron-<version>/better_sqlite3.node (with a stamp); node_modules is
//       not touched. Main passes that file to better-sqlite3 as `nativeBinding`.
//   node build/scripts/native.mjs electron --target-node [--nodedir=/usr]
//       The same code path aimed at this Node's own headers (Electron's cannot be downloaded
//       on the build machines), loaded afterwards through `nativeBinding` to prove it works.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PACKAGE = 'better-sqlite3-multiple-ciphers';
const packageDir = path.join(root, 'node_modules', PACKAGE);
const ADDON = 'better_sqlite3.node';
const nativeRoot = path.join(root, '.native');

const ABI_ERROR = /NODE_MODULE_VERSION|compiled against a different Node\.js version|Could not locate the bindings file|invalid ELF header|wrong ELF class|not a valid Win32 application|ERR_DLOPEN_FAILED/;

function say(line) {
  process.stdout.write(`native: ${line}\n`);
}

function fail(line) {
  process.stderr.write(`native: ${line}\n`);
  process.exit(1);
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * The environment for a compiler run. npm exports its config as npm_config_* variables, and
 * this machine's npmrc sets nodedir=/usr: node-gyp would silently take Node's headers instead
 * of Electron's and produce an addon that fails only inside the app. Drop them all.
 */
export function buildEnv(env = process.env) {
  const clean = {};
  for (const [key, value] of Object.entries(env)) {
    if (/^npm_config_/i.test(key)) continue;
    if (value !== undefined) clean[key] = value;
  }
  return clean;
}

/** Opens an in-memory database in a separate Node process; returns null or the error text. */
function probeLoad(nativeBinding) {
  const options = nativeBinding ? `{ nativeBinding: ${JSON.stringify(nativeBinding)} }` : '{}';
  const script = `const D = require(${JSON.stringify(PACKAGE)}); const db = new D(':memory:', ${options}); db.prepare('select 1').get(); db.close();`;
  const result = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8', env: buildEnv() });
  if (result.status === 0) return null;
  return `${result.stderr ?? ''}${result.error ? String(result.error) : ''}`.trim() || `exit code ${result.status}`;
}

function firstLine(text) {
  return text.split('\n').find((line) => ABI_ERROR.test(line)) ?? text.split('\n')[0] ?? text;
}

function ensureNode() {
  const abi = process.versions.modules;
  const first = probeLoad(null);
  if (first === null) return say(`${PACKAGE} loads in Node ${process.version} (ABI ${abi}).`);
  if (!ABI_ERROR.test(first)) fail(`${PACKAGE} does not load in Node ${process.version}, and not because of its build: ${firstLine(first)}`);
  say(`${PACKAGE} is not built for Node ${process.version} (ABI ${abi}); running npm rebuild ${PACKAGE} …`);
  const rebuild = spawnSync('npm', ['rebuild', PACKAGE], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], shell: process.platform === 'win32' });
  if (rebuild.status !== 0) fail(`npm rebuild ${PACKAGE} failed (exit ${rebuild.status}); a C++ toolchain and Python are needed (see node-gyp's README).`);
  const second = probeLoad(null);
  if (second !== null) fail(`${PACKAGE} still does not load in Node ${process.version} after the rebuild: ${firstLine(second)}`);
  say(`${PACKAGE} rebuilt and loads in Node ${process.version} (ABI ${abi}).`);
}

function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** What a build is for; the stamp must match it exactly for a build to be reused. */
function describeTarget(args) {
  const addonVersion = readJson(path.join(packageDir, 'package.json')).version;
  if (args.targetNode) {
    const nodedir = args.nodedir ?? path.resolve(path.dirname(process.execPath), '..');
    return { runtime: 'node', version: process.versions.node, abi: process.versions.modules, arch: process.arch, addon: `${PACKAGE}@${addonVersion}`, gyp: [`--target=${process.versions.node}`, `--nodedir=${nodedir}`] };
  }
  const electronDir = path.join(root, 'node_modules', 'electron');
  if (!existsSync(path.join(electronDir, 'package.json'))) fail('the electron package is not installed (npm install).');
  const version = readJson(path.join(electronDir, 'package.json')).version;
  const abi = readFileSync(path.join(electronDir, 'abi_version'), 'utf8').trim();
  return {
    runtime: 'electron',
    version,
    abi,
    arch: process.arch,
    addon: `${PACKAGE}@${addonVersion}`,
    gyp: [`--target=${version}`, '--dist-url=https://electronjs.org/headers', '--runtime=electron'],
  };
}

function stampMatches(stampFile, addonFile, target) {
  if (!existsSync(stampFile) || !existsSync(addonFile)) return false;
  try {
    const stamp = readJson(stampFile);
    return stamp.runtime === target.runtime && stamp.version === target.version && stamp.abi === target.abi && stamp.arch === target.arch && stamp.addon === target.addon && stamp.sha256 === sha256(addonFile);
  } catch {
    return false;
  }
}

/** A copy of the package's sources (never its build/) where node-gyp may do as it likes. */
function stage(stagingDir) {
  rmSync(stagingDir, { recursive: true, force: true });
  mkdirSync(stagingDir, { recursive: true });
  for (const entry of ['package.json', 'binding.gyp', 'src', 'deps']) {
    cpSync(path.join(packageDir, entry), path.join(stagingDir, entry), { recursive: true });
  }
}

function nodeGyp(stagingDir, target) {
  const gypBin = path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  if (!existsSync(gypBin)) fail('node-gyp is not installed (it is a devDependency: npm install).');
  const args = [gypBin, 'rebuild', '--release', '--jobs=max', `--arch=${target.arch}`, `--devdir=${path.join(nativeRoot, 'gyp')}`, ...target.gyp];
  say(`building ${target.addon} for ${target.runtime} ${target.version} (ABI ${target.abi}, ${target.arch}) …`);
  const result = spawnSync(process.execPath, args, { cwd: stagingDir, stdio: ['ignore', 'inherit', 'inherit'], env: buildEnv() });
  if (result.status !== 0) {
    const hint = target.runtime === 'electron' ? " node-gyp needs Electron's headers from https://electronjs.org/headers (network access) and a C++ toolchain." : ' node-gyp needs a C++ toolchain and Python.';
    fail(`the build for ${target.runtime} ${target.version} failed (exit ${result.status}).${hint}`);
  }
}

/** NAN addons export node_register_module_v<ABI>: proof of the ABI without loading the file. */
function exportsAbi(addonFile, abi) {
  return readFileSync(addonFile).includes(Buffer.from(`node_register_module_v${abi}\0`));
}

function ensureTarget(args) {
  const target = describeTarget(args);
  const outDir = path.join(nativeRoot, `${target.runtime}-${target.version}`);
  const addonFile = path.join(outDir, ADDON);
  const stampFile = path.join(outDir, 'stamp.json');
  if (!args.force && stampMatches(stampFile, addonFile, target)) {
    say(`${path.relative(root, addonFile)} is already built for ${target.runtime} ${target.version} (ABI ${target.abi}).`);
  } else {
    const stagingDir = path.join(nativeRoot, 'staging', `${target.runtime}-${target.version}-${target.arch}`);
    stage(stagingDir);
    nodeGyp(stagingDir, target);
    const built = path.join(stagingDir, 'build', 'Release', ADDON);
    if (!existsSync(built)) fail(`node-gyp finished but ${path.relative(root, built)} is missing.`);
    if (!exportsAbi(built, target.abi)) fail(`the addon built for ${target.runtime} ${target.version} does not export ABI ${target.abi}: the wrong headers were used.`);
    mkdirSync(outDir, { recursive: true });
    const temporary = `${addonFile}.${process.pid}.tmp`;
    cpSync(built, temporary);
    renameSync(temporary, addonFile);
    writeFileSync(stampFile, `${JSON.stringify({ ...target, gyp: undefined, sha256: sha256(addonFile) }, null, 2)}\n`);
    rmSync(stagingDir, { recursive: true, force: true });
    say(`built ${path.relative(root, addonFile)} for ${target.runtime} ${target.version} (ABI ${target.abi}).`);
  }
  if (target.runtime === 'node') {
    const error = probeLoad(addonFile);
    if (error !== null) fail(`${path.relative(root, addonFile)} does not load through nativeBinding: ${firstLine(error)}`);
    say(`${path.relative(root, addonFile)} loads in Node ${process.version} through better-sqlite3's nativeBinding option.`);
  }
  return addonFile;
}

function parseArgs(argv) {
  const [mode, ...rest] = argv;
  const args = { mode, force: false, targetNode: false, nodedir: undefined };
  for (const arg of rest) {
    if (arg === '--force') args.force = true;
    else if (arg === '--target-node') args.targetNode = true;
    else if (arg.startsWith('--nodedir=')) args.nodedir = path.resolve(arg.slice('--nodedir='.length));
    else fail(`unknown option ${arg}. Usage: native.mjs node | native.mjs electron [--force] [--target-node [--nodedir=DIR]]`);
  }
  if (args.targetNode && mode !== 'electron') fail('--target-node goes with the electron mode.');
  return args;
}

export function main(argv) {
  const args = parseArgs(argv);
  if (args.mode === 'node') return ensureNode();
  if (args.mode === 'electron') return ensureTarget(args);
  return fail('usage: node build/scripts/native.mjs node | electron [--force] [--target-node [--nodedir=DIR]]');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));

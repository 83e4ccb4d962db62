// `npm start`: the real app. Checks that the Electron binary is there, builds the SQLite addon
// for Electron's ABI (.native/, node_modules stays built for Node), builds the bundles and
// the renderer, then runs Electron on the project folder.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const electronDir = path.join(root, 'node_modules', 'electron');

/**
 * The binary's path without `require('electron')`: that require starts a download when the
 * binary is missing, which on a machine without access to Electron's host only hangs.
 */
function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
  if (!relative) return null;
  const binary = path.join(electronDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

function run(label, command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    process.stderr.write(`start: ${label} failed (exit ${result.status ?? result.signal}).\n`);
    process.exit(1);
  }
}

const binary = electronBinary();
if (binary === null) {
  process.stderr.write(
    [
      'start: the Electron binary is not installed (node_modules/electron/dist is missing).',
      '  It is downloaded from GitHub (github.com/electron/electron/releases) when Electron installs;',
      '  this machine could not reach it, or installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1.',
      '  On a machine with that access run:   node node_modules/electron/install.js',
      '  (or set ELECTRON_MIRROR to a reachable mirror first), then npm start again.',
      '  Tests do not need the binary: npm test runs everything without it.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

run('building the SQLite addon for Electron', process.execPath, [path.join(root, 'build', 'scripts', 'native.mjs'), 'electron']);
run('npm run build', 'npm', ['run', 'build']);

// ELECTRON_RUN_AS_NODE in the caller's environment would start a bare Node instead of the app.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, [root], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!child.killed) child.kill(signal);
  });
}
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});

// Bundles everything that runs in Node or Electron's main/preload processes with esbuild:
//   dist/main/index.cjs, dist/preload/index.cjs, dist/cli/testimony-vault.cjs, dist/workers/<name>.cjs
// Only electron and the native SQLite addon stay external (the addon is built per ABI).
import { build } from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function findWorkers(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...findWorkers(full));
    else if (name.endsWith('.worker.ts')) out.push(full);
  }
  return out;
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3-multiple-ciphers'],
  absWorkingDir: root,
  legalComments: 'none',
};

const ALL_TARGETS = ['main', 'preload', 'cli', 'workers'];

/** @param {string[]} targets which bundles to build (tests need only 'cli' and 'workers') */
export async function buildNode(targets = ALL_TARGETS) {
  const workers = findWorkers(path.join(root, 'electron/core'));
  const jobs = {
    main: () => build({ ...common, entryPoints: { index: 'electron/main/index.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
    // A sandboxed preload may require only a few built-in modules: bundle it whole.
    preload: () =>
      build({ ...common, entryPoints: { index: 'electron/preload/index.ts' }, outdir: 'dist/preload', outExtension: { '.js': '.cjs' }, platform: 'browser', target: 'chrome120' }),
    cli: () => build({
      ...common,
      entryPoints: { 'testimony-vault': 'electron/cli/main.ts' },
      outdir: 'dist/cli',
      outExtension: { '.js': '.cjs' },
      banner: { js: '#!/usr/bin/env node' },
    }),
    // One build per worker, each self-contained (they may be unpacked from the asar archive).
    workers: () =>
      Promise.all(
        workers.map((w) =>
          build({ ...common, entryPoints: { [path.basename(w, '.worker.ts')]: w }, outdir: 'dist/workers', outExtension: { '.js': '.cjs' }, external: [] }),
        ),
      ),
  };
  const results = await Promise.allSettled(targets.map((t) => jobs[t]()));
  // One broken entry must not stop the others from building (workers are needed by tests).
  const failed = results.filter((r) => r.status === 'rejected');
  if (failed.length > 0) throw new Error(`${failed.length} bundle(s) failed to build; see esbuild's messages above.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildNode();
}

// @ts-check
// Runs @doyensec/electronegativity on the app's sources and fails on any finding above "low"
// that the README's `## Security` section does not explain (build/scripts/
// electronegativity-policy.mjs holds the rule). Run after `npm run build`:
//
//   node build/scripts/electronegativity.mjs
//
// What is scanned: the TypeScript of main, preload, core, shared and the renderer (its Babel
// TypeScript parser reads them; findings name the file a person edits) and the *built*
// renderer index.html, which is the one that carries the CSP <meta> (renderer/vite.config.ts
// writes it). Not the esbuild bundles: there `new BrowserWindow(...)` becomes
// `new import_electron.BrowserWindow(...)`, which the window checks do not recognise, so the
// tool would pass without having looked. Tests, mocks and build scripts are not part of the app.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { acceptedFindings, describeIssue, judgeScan } from './electronegativity-policy.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

// Fetches Electron's release list from GitHub and writes releases.<etag>.json into the
// working directory. The Electron version is pinned in package-lock.json and updated by the
// dependency policy (README "Security"); a build must not depend on the network.
const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];

/** Source folders of the app, copied with their paths so findings name the real files. */
const SOURCES = ['electron/main', 'electron/preload', 'electron/core', 'shared', 'renderer/src'];
const BUILT_HTML = 'dist/renderer/index.html';

function loadScanner() {
  try {
    const loaded = require('@doyensec/electronegativity');
    return typeof loaded === 'function' ? loaded : loaded.default;
  } catch {
    console.error('electronegativity: @doyensec/electronegativity is not installed. Add it as a devDependency:\n  npm install --save-dev @doyensec/electronegativity@1.10.3');
    process.exit(2);
  }
}

/** Copies what is scanned into a scratch folder (electronegativity scans one folder). */
function stage() {
  if (!existsSync(path.join(root, BUILT_HTML))) {
    console.error(`electronegativity: ${BUILT_HTML} is missing. Run \`npm run build\` first.`);
    process.exit(2);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tv-electronegativity-'));
  for (const source of SOURCES) cpSync(path.join(root, source), path.join(dir, source), { recursive: true });
  mkdirSync(path.dirname(path.join(dir, BUILT_HTML)), { recursive: true });
  cpSync(path.join(root, BUILT_HTML), path.join(dir, BUILT_HTML));
  const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
  // Only what the version checks read: the Electron the app is built with.
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'testimony-vault', devDependencies: { electron: electronVersion } }, null, 2));
  return { dir, electronVersion };
}

async function main() {
  const run = loadScanner();
  const { dir, electronVersion } = stage();
  const cwd = process.cwd();
  try {
    process.chdir(dir);
    const result = await run(
      {
        input: dir,
        output: undefined,
        isSarif: false,
        customScan: [],
        excludeFromScan: EXCLUDED_CHECKS,
        severitySet: undefined,
        confidenceSet: undefined,
        isRelative: true,
        isVerbose: false,
        electronUpgrade: undefined,
        electronVersionOverride: electronVersion,
        parserPlugins: [],
      },
      false,
    );
    /** @type {import('./electronegativity-policy.mjs').Issue[]} */
    const issues = result.issues;
    const verdict = judgeScan({ issues, errors: result.errors }, acceptedFindings(readFileSync(path.join(root, 'README.md'), 'utf8')));

    console.log(`electronegativity, Electron ${electronVersion}: ${result.atomicChecks} atomic and ${result.globalChecks} global checks, ${issues.length} finding(s).`);
    for (const { issue, reason } of verdict.explained) console.log(`  explained  ${describeIssue(issue)}\n             README: ${reason}`);
    for (const issue of verdict.minor) console.log(`  low/info   ${describeIssue(issue)}`);
    for (const row of verdict.stale) console.log(`  stale README entry (matches no finding): ${row.id} ${row.file}`);
    for (const error of verdict.unparsed) console.error(`  NOT SCANNED ${error.file ?? '?'}: ${error.message ?? 'parse error'}`);
    for (const issue of verdict.failing) console.error(`  FAILING    ${describeIssue(issue)}`);
    if (!verdict.ok) {
      console.error('electronegativity: fix the findings above, or explain each in the README `## Security` table (check id, file, reason).');
      process.exitCode = 1;
    }
  } finally {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/**
 * Builds dist/renderer before a test file drives it, so `npx vitest --project e2e` never
 * tests a stale UI (the global setup bundles only the Node side). It runs as its own
 * process: inside vitest NODE_ENV is "test", and Vite would then bundle React's development
 * build instead of what ships.
 */
export async function buildRenderer(): Promise<void> {
  // Vite's package exports do not list its bin; node_modules/.bin is where npm put it.
  const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
  await run(process.execPath, [vite, 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

import { build } from 'esbuild';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const shim = path.join(import.meta.dirname, 'electron-shim.ts');

/**
 * The real preload, bundled for the page with `electron` replaced by the harness shim.
 * Injected with page.addInitScript, so it runs before the app's own scripts, as a preload does.
 */
export async function bundlePreload(): Promise<string> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['electron/preload/index.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
    plugins: [
      {
        name: 'electron-shim',
        setup(builder) {
          builder.onResolve({ filter: /^electron$/ }, () => ({ path: shim }));
        },
      },
    ],
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no preload bundle.');
  return output.text;
}

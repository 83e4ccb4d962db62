import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../../..');
const script = path.join(root, 'build/scripts/native.mjs');

describe('native.mjs', () => {
  it('drops every npm_config_* variable before node-gyp runs (npmrc nodedir=/usr would build for Node)', async () => {
    // @ts-expect-error: plain .mjs build script without type declarations
    const { buildEnv } = (await import('../../../../build/scripts/native.mjs')) as { buildEnv: (env: Record<string, string | undefined>) => Record<string, string> };
    const env = buildEnv({ PATH: '/usr/bin', HOME: '/root', npm_config_nodedir: '/usr', NPM_CONFIG_TARGET: '20.0.0', npm_config_runtime: 'node', npm_package_name: 'testimony-vault' });
    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/root', npm_package_name: 'testimony-vault' });
  });

  it('confirms in one line that the addon loads in this Node (as npm test does first)', () => {
    const result = spawnSync(process.execPath, [script, 'node'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([`native: better-sqlite3-multiple-ciphers loads in Node ${process.version} (ABI ${process.versions.modules}).`]);
  });

  it('refuses unknown modes and options with its usage', () => {
    for (const args of [['sideways'], ['electron', '--target=1.2.3'], ['node', '--target-node']]) {
      const result = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^native: /);
    }
  });
});

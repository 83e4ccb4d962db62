import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { ESLint } from 'eslint';

/**
 * The layering of DESIGN.md is enforced by lint, not by good intentions: these imports must
 * each be refused by the project's own ESLint configuration, and the allowed ones accepted.
 */
const root = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

/** Lints `code` as if it were the (existing) file `file`; returns the boundary rule ids hit. */
async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message).filter((id) => id === 'import-x/no-restricted-paths' || id === 'no-restricted-imports');
}

describe('import boundaries', () => {
  it.each([
    ['electron/core/runtime.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/core/runtime.ts', "import { createMainWindow } from '../main/window';\nexport const a = createMainWindow;\n"],
    ['shared/errors.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"],
    ['shared/errors.ts', "import { runtimeConfig } from '../electron/core/runtime';\nexport const a = runtimeConfig;\n"],
    ['renderer/src/main.tsx', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"],
    ['renderer/src/main.tsx', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
    ['renderer/src/main.tsx', "import Database from 'better-sqlite3-multiple-ciphers';\nexport const a = Database;\n"],
    ['renderer/src/main.tsx', "import { runtimeConfig } from '../../electron/core/runtime';\nexport const a = runtimeConfig;\n"],
    ['electron/preload/index.ts', "import { runtimeConfig } from '../core/runtime';\nexport const a = runtimeConfig;\n"],
    ['electron/cli/index.ts', "import { createMainWindow } from '../main/window';\nexport const a = createMainWindow;\n"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await violations(file, code)).not.toEqual([]);
  });

  it.each([
    ['electron/core/runtime.ts', "import { VaultError } from '../../shared/errors';\nexport const a = VaultError;\n"],
    ['electron/main/lock.ts', "import { runtimeConfig } from '../core/runtime';\nexport const a = runtimeConfig;\n"],
    ['renderer/src/main.tsx', "import { VaultError } from '../../shared/errors';\nexport const a = VaultError;\n"],
  ])('accepts in %s: %s', async (file, code) => {
    expect(await violations(file, code)).toEqual([]);
  });
});

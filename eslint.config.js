// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/**
 * The layering of DESIGN.md, enforced: shared imports nothing of ours; core never imports
 * electron or the Electron glue; the renderer never imports Node, native modules or electron/.
 */
const boundaryZones = [
  { target: './shared', from: ['./electron', './renderer', './tests', './build'], message: 'shared/ imports nothing of ours.' },
  { target: './electron/core', from: ['./electron/main', './electron/preload', './electron/cli', './renderer', './tests'], message: 'core depends only on shared/.' },
  { target: './electron/preload', from: ['./electron/core', './electron/main', './electron/cli', './renderer'], message: 'preload depends only on shared/.' },
  { target: './electron/cli', from: ['./electron/main', './electron/preload', './renderer'], message: 'the CLI depends on core and shared only.' },
  { target: './electron/main', from: ['./renderer', './electron/cli'], message: 'main does not import the renderer or the CLI.' },
  { target: './renderer', from: ['./electron', './tests', './build'], message: 'the renderer reaches the vault only through window.vault.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', '.native/', 'test-results/', 'tests/fixtures/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    // The boundary zones work on resolved files: resolve our extensionless TypeScript imports.
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] })] },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/only-throw-error': 'error',
      // Handlers and tasks are async by contract, whether or not a given one awaits.
      '@typescript-eslint/require-await': 'off',
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='only']", message: 'No .only in committed tests.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: false, project: false, program: null },
    },
    // CommonJS is what electron-builder loads its config and hooks as.
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // vitest's asymmetric matchers (expect.any, expect.stringMatching…) are typed `any`.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['electron/core/**', 'shared/**', 'electron/cli/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'core, shared and the CLI run in plain Node: never import electron.' }] }],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ runs on both sides.' }, ...nodeBuiltins.map((name) => ({ name, message: 'shared/ runs in the renderer too: no Node modules.' }))],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches the vault only through window.vault.' },
            { name: 'better-sqlite3-multiple-ciphers', message: 'No native modules in the renderer.' },
            { name: 'libsodium-wrappers-sumo', message: 'Crypto lives in core.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'The renderer is a sandboxed web page: no Node modules.' })),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': 'off' },
  },
);

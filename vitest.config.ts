import { defineConfig } from 'vitest/config';

// Two projects: unit (core and shared for real, Electron glue with a mocked electron module)
// and e2e (the built renderer in Debian's Chromium against a real core). `npm test` runs them
// one after the other so they do not fight for the two CPUs of the build machines.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          pool: 'forks',
          globalSetup: ['tests/harness/global-setup.ts'],
          setupFiles: ['tests/harness/runtime-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          fileParallelism: false,
          globalSetup: ['tests/harness/global-setup.ts'],
          setupFiles: ['tests/harness/runtime-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          retry: process.env.CI ? 1 : 0,
        },
      },
    ],
  },
});

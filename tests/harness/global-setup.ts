// Workers run as bundled .cjs files (as in the app), and CLI tests run the bundled command,
// so tests build those two before running. esbuild takes about a second; `npm test` has
// already built everything, this covers running `npx vitest` alone.
export default async function setup(): Promise<void> {
  // @ts-expect-error: plain .mjs build script without type declarations
  const { buildNode } = (await import('../../build/scripts/build-node.mjs')) as { buildNode: (targets: string[]) => Promise<void> };
  await buildNode(['workers', 'cli']);
}

// Workers run as bundled .cjs files (as in the app), so tests build them before running.
// esbuild takes well under a second; `npm test` has already built them, this covers `npx vitest`.
export default async function setup(): Promise<void> {
  // @ts-expect-error: plain .mjs build script without type declarations
  const { buildNode } = (await import('../../build/scripts/build-node.mjs')) as { buildNode: () => Promise<void> };
  await buildNode();
}

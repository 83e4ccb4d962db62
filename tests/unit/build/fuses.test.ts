import { describe, expect, it } from 'vitest';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { FUSES, fuseConfig, fuseWireProblems } from '../../../build/fuses.cjs';

/** The names of FuseV1Options (a numeric enum also maps numbers back to names). */
const FUSE_NAMES = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));

/** Restated here on purpose: a change to the table must be a change to this test too. */
const INTENDED: Record<string, boolean> = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: false,
};

describe('Electron fuses', () => {
  it('sets every fuse @electron/fuses knows, each to its intended value', () => {
    expect(Object.keys(FUSES).sort()).toEqual([...FUSE_NAMES].sort());
    expect(FUSES).toEqual(INTENDED);
  });

  it('hands flipFuses a config that requires every fuse', () => {
    const config = fuseConfig() as unknown as Record<string, unknown>;
    expect(config.version).toBe(FuseVersion.V1);
    expect(config.strictlyRequireAllFuses).toBe(true);
    for (const name of FUSE_NAMES) expect(config[String(FuseV1Options[name as keyof typeof FuseV1Options])]).toBe(INTENDED[name]);
  });

  it('reports each difference between a wire and the table', () => {
    const good: Record<string, unknown> = { version: '1' };
    for (const name of FUSE_NAMES) good[String(FuseV1Options[name as keyof typeof FuseV1Options])] = INTENDED[name] ? 0x31 : 0x30;
    expect(fuseWireProblems(good)).toEqual([]);
    const runAsNode = String(FuseV1Options.RunAsNode);
    expect(fuseWireProblems({ ...good, [runAsNode]: 0x31 })).toEqual(['RunAsNode is enabled, expected disabled']);
    expect(fuseWireProblems({ ...good, 8: 0x30 })).toEqual(['the binary has a fuse #8 that build/fuses.cjs does not set']);
  });
});

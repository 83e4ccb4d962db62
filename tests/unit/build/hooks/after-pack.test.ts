import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FuseV1Options } from '@electron/fuses';
import { FUSES } from '../../../../build/fuses.cjs';
import afterPack from '../../../../build/hooks/after-pack.cjs';

/** Marks the fuse wire in every Electron binary (electron/build/fuses; @electron/fuses' SENTINEL). */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's defaults today: RunAsNode, NODE_OPTIONS, inspect, file: privileges on; hardening off. */
const DEFAULT_WIRE = [0x31, 0x30, 0x31, 0x31, 0x30, 0x30, 0x30, 0x31];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tv-after-pack-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * A stand-in for an Electron binary: filler bytes around the fuse wire laid out as Electron
 * lays it out (sentinel, version byte, length byte, one ASCII '0'/'1' per fuse).
 */
async function fakeElectron(name: string, wire: number[]): Promise<string> {
  const file = path.join(dir, name);
  const filler = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37 + 11) & 0xff));
  await writeFile(file, Buffer.concat([filler, Buffer.from(SENTINEL, 'ascii'), Buffer.from([1, wire.length, ...wire]), filler]));
  return file;
}

describe('afterPack fuse hook', () => {
  it('flips a binary at Electron defaults and verifies the wire it reads back', async () => {
    const binary = await fakeElectron('electron-defaults', DEFAULT_WIRE);
    const before = await readFile(binary);
    await afterPack.applyFuses(binary, { resetAdHocDarwinSignature: false });
    const after = await readFile(binary);
    const wireAt = after.indexOf(SENTINEL) + SENTINEL.length + 2;
    const expected = Object.entries(FUSES)
      .sort(([a], [b]) => FuseV1Options[a as keyof typeof FuseV1Options] - FuseV1Options[b as keyof typeof FuseV1Options])
      .map(([, on]) => (on ? 0x31 : 0x30));
    expect(expected).toHaveLength(DEFAULT_WIRE.length);
    expect([...after.subarray(wireAt, wireAt + expected.length)]).toEqual(expected);
    // Nothing but the wire changed.
    expect(Buffer.concat([after.subarray(0, wireAt), after.subarray(wireAt + expected.length)])).toEqual(
      Buffer.concat([before.subarray(0, wireAt), before.subarray(wireAt + expected.length)]),
    );
  });

  it('fails the build on a binary with a fuse this config does not know', async () => {
    const binary = await fakeElectron('electron-newer', [...DEFAULT_WIRE, 0x31]);
    await expect(afterPack.applyFuses(binary, { resetAdHocDarwinSignature: false })).rejects.toThrow(/has 9 fuses/);
  });

  it('fails the build when this Electron has removed a fuse the table sets', async () => {
    const removed = [...DEFAULT_WIRE];
    removed[FuseV1Options.RunAsNode] = 0x72;
    const binary = await fakeElectron('electron-removed', removed);
    await expect(afterPack.applyFuses(binary, { resetAdHocDarwinSignature: false })).rejects.toThrow(/RunAsNode is removed from this Electron/);
  });

  it('finds the binary the way electron-builder lays out each platform', () => {
    const packager = { executableName: 'testimony-vault', appInfo: { productFilename: 'Testimony Vault' } };
    expect(afterPack.electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'linux', packager })).toBe(path.join('/o', 'testimony-vault'));
    expect(afterPack.electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'win32', packager })).toBe(path.join('/o', 'Testimony Vault.exe'));
    expect(afterPack.electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'darwin', packager })).toBe(path.join('/o', 'Testimony Vault.app'));
  });
});

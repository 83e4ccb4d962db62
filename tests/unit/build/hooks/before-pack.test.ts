import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { checkHost } = require('../../../../build/hooks/before-pack.cjs') as { checkHost: (context: { electronPlatformName: string; arch: number }) => void };

// electron-builder's Arch enum.
const ARCH = { ia32: 0, x64: 1, arm: 2, arm64: 3, universal: 4 } as const;

describe('beforePack host check', () => {
  it('accepts a package for this very platform and CPU', () => {
    expect(() => checkHost({ electronPlatformName: process.platform, arch: ARCH[process.arch as keyof typeof ARCH] })).not.toThrow();
  });

  it('refuses a package for another platform or CPU, whose SQLite addon this machine cannot compile', () => {
    const otherPlatform = process.platform === 'win32' ? 'linux' : 'win32';
    expect(() => checkHost({ electronPlatformName: otherPlatform, arch: ARCH[process.arch as keyof typeof ARCH] })).toThrow(/must be built on/);
    const otherArch = process.arch === 'arm64' ? ARCH.x64 : ARCH.arm64;
    expect(() => checkHost({ electronPlatformName: process.platform, arch: otherArch })).toThrow(/must be built on/);
    expect(() => checkHost({ electronPlatformName: process.platform, arch: ARCH.universal })).toThrow(/must be built on/);
  });
});

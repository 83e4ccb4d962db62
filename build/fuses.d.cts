import type { FuseConfig, FuseV1Options } from '@electron/fuses';

/** Every fuse by name: a required key per FuseV1Options member, so none is left at its default. */
export declare const FUSES: Readonly<Record<keyof typeof FuseV1Options, boolean>>;
export declare function fuseConfig(options?: { resetAdHocDarwinSignature: boolean }): FuseConfig;
export declare function fuseWireProblems(wire: Record<string, unknown>): string[];

interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { executableName?: string; appInfo: { productFilename: string } };
}

declare function afterPack(context: PackContext): Promise<void>;
declare namespace afterPack {
  function applyFuses(binary: string, options: { resetAdHocDarwinSignature: boolean }): Promise<void>;
  function electronBinaryPath(context: Omit<PackContext, 'arch'>): string;
}
export = afterPack;

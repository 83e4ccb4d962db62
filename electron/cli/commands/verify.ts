import path from 'node:path';
import { parseIdentityFile, readInputFile, verifyPackage } from '../../core/custody/package-verify';
import type { PackageSecret, VerifyReport } from '../../core/custody/package-verify-types';
import type { Output } from '../output';
import { EXIT_FAILED, EXIT_OK, UsageError } from '../usage';

/**
 * `testimony-vault verify PACKAGE [--identity FILE | --passphrase-file FILE] [--key FILE] [--json]`:
 * what a recipient runs, on a machine that has never seen the vault. Exit 0 only when every
 * check passes; 1 names every failure; 2 for bad usage or input.
 */
export interface VerifyOptions {
  target: string | undefined;
  identity?: string | undefined;
  passphraseFile?: string | undefined;
  key?: string | undefined;
}

async function secretOf(options: VerifyOptions): Promise<PackageSecret | null> {
  if (options.identity && options.passphraseFile) throw new UsageError('Give either --identity FILE or --passphrase-file FILE, not both.');
  if (options.identity) {
    const bytes = await readInputFile(options.identity, 'identity file');
    try {
      return { kind: 'identities', secretKeys: parseIdentityFile(bytes.toString('utf8')) };
    } finally {
      bytes.fill(0);
    }
  }
  if (options.passphraseFile) {
    const bytes = await readInputFile(options.passphraseFile, 'passphrase file');
    // A secret file may end with one newline, as `echo` or an editor leaves it.
    const end = bytes.at(-1) === 0x0a ? (bytes.at(-2) === 0x0d ? bytes.length - 2 : bytes.length - 1) : bytes.length;
    const passphrase = Uint8Array.from(bytes.subarray(0, end));
    bytes.fill(0);
    if (passphrase.length === 0) throw new UsageError(`The passphrase file ${options.passphraseFile} is empty.`);
    return { kind: 'passphrase', passphrase };
  }
  return null;
}

function printHuman(target: string, report: VerifyReport, out: Output): void {
  const { bag } = report;
  out.line(`Package ${target}`);
  if (bag.id) out.line(`  bag ${bag.id}; testimonies: ${bag.testimonies.join(', ') || 'none'}; payload ${bag.payloadOxum ?? '?'} (bytes.files)`);
  if (bag.signerKeyId) out.line(`  signed by minisign key ${bag.signerKeyId}${bag.trustedComment ? ` (“${bag.trustedComment}”)` : ''}`);
  for (const check of report.checks) {
    out.line(`${check.ok ? '✓' : '✗'} ${check.check}`);
    for (const problem of check.problems) out.line(`    ${problem}`);
    if (check.note) out.line(`    note: ${check.note}`);
  }
  if (report.notRun.length > 0) out.line(`- not run (the package could not be read to its end): ${report.notRun.join(', ')}`);
  const failed = report.checks.filter((c) => !c.ok).length;
  out.line(report.ok ? 'VERIFIED: every check passed.' : `FAILED: ${failed} check${failed === 1 ? '' : 's'} failed.`);
}

export async function verify(options: VerifyOptions, out: Output): Promise<number> {
  if (!options.target) throw new UsageError('Name the package to verify: testimony-vault verify PACKAGE [--identity FILE | --passphrase-file FILE] [--key FILE].');
  const target = path.resolve(options.target);
  const secret = await secretOf(options);
  const pinnedKey = options.key ? (await readInputFile(options.key, 'key file')).toString('utf8') : null;
  const report = await verifyPackage({ path: target, secret, pinnedKey, onProgress: (done, total) => out.progress('verifying', done, total) });
  out.result({ ok: report.ok, checks: report.checks, bag: report.bag, ...(report.notRun.length > 0 ? { notRun: report.notRun } : {}) });
  printHuman(options.target, report, out);
  return report.ok ? EXIT_OK : EXIT_FAILED;
}

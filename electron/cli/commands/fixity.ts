import type { FixityFailure, FixityProgress } from '../../../shared/contract/custody-operations';
import { runFixityAudit } from '../../core/custody/fixity';
import type { Output } from '../output';
import { withSession, type VaultOptions } from '../session';
import { EXIT_FAILED, EXIT_OK } from '../usage';

/** A progress bar over the bytes, counting originals in its label. */
export function fixityBar(out: Output): (progress: FixityProgress) => void {
  return (p) => out.progress(`Fixity ${p.filesDone}/${p.filesTotal}`, p.bytesDone, p.bytesTotal);
}

export function describeFailure(f: FixityFailure): string {
  return `  ${f.testimonyCode}  ${f.originalName}  (${f.mediaId}): ${f.reason}${f.ageErrorCode ? ` ${f.ageErrorCode}` : ''}: ${f.message}`;
}

/** `fixity`: decrypts and rehashes every original. Returns the exit code: 1 when any fails. */
export async function fixity(options: VaultOptions, out: Output): Promise<number> {
  const report = await withSession(options, (session) => runFixityAudit(session, { onProgress: fixityBar(out) }));
  const ok = report.failed.length === 0;
  out.result({ ok, checked: report.checked, passed: report.passed, failed: report.failed });
  out.line(`${ok ? 'OK' : 'FAILED'}: ${report.checked} originals checked (SHA-256 and SHA-512), ${report.passed} passed, ${report.failed.length} failed.`);
  for (const failure of report.failed) out.line(describeFailure(failure));
  return ok ? EXIT_OK : EXIT_FAILED;
}

import path from 'node:path';
import { promises as fs } from 'node:fs';
import { VaultError } from '../../../shared/errors';
import { getTestimonyByCode } from '../../core/db/queries/testimonies';
import { startIngest } from '../../core/media/ingest';
import type { Output } from '../output';
import { withSession, type VaultOptions } from '../session';
import { exitCodeFor, EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError } from '../usage';

interface Imported {
  file: string;
  mediaId: string;
  sha256: string;
  sha512: string;
  size: number;
  contentType: string;
}

/** Imports each file on its own: one refused file does not undo the others. Returns the exit code. */
export async function importFiles(options: VaultOptions & { testimony?: string | undefined; files: string[] }, out: Output): Promise<number> {
  if (!options.testimony) throw new UsageError('--testimony CODE is required.');
  if (options.files.length === 0) throw new UsageError('Name at least one FILE to import.');
  // Check every path before unlocking, so a typo costs no Argon2id second and imports nothing.
  for (const file of options.files) {
    const stat = await fs.stat(file).catch(() => null);
    if (!stat) throw new VaultError('FILE_NOT_FOUND', `${file} does not exist.`, { fileName: file });
    if (!stat.isFile()) throw new VaultError('FILE_UNREADABLE', `${file} is not a regular file.`, { fileName: file });
  }
  const imported: Imported[] = [];
  const failed: { file: string; code: string; message: string }[] = [];
  let exit = EXIT_OK;
  await withSession(options, async (session) => {
    const testimony = getTestimonyByCode(session.db, options.testimony!.normalize('NFC'));
    if (!testimony) throw new VaultError('NOT_FOUND', `There is no testimony with the code ${options.testimony}.`);
    for (const file of options.files) {
      const label = path.basename(file);
      try {
        const job = await startIngest(session, testimony.id, path.resolve(file), (p) => out.progress(label, p.bytesDone, p.bytesTotal));
        const record = await job.done;
        imported.push({ file, mediaId: record.id, sha256: record.sha256, sha512: record.sha512, size: record.size, contentType: record.contentType });
        out.line(`${file}: imported as ${record.id} (${record.contentType}, ${record.size} bytes, sha256 ${record.sha256})`);
      } catch (error) {
        const e = error instanceof VaultError ? error : new VaultError('INTERNAL', error instanceof Error ? error.message : String(error));
        failed.push({ file, code: e.code, message: e.message });
        if (!out.json) process.stderr.write(`testimony-vault: ${file}: ${e.message} (${e.code})\n`);
        // Bad input only if every failure is bad input; any other failure makes it 1.
        exit = exit === EXIT_FAILED || exitCodeFor(e) === EXIT_FAILED ? EXIT_FAILED : EXIT_USAGE;
      }
    }
  });
  out.result(failed.length > 0 ? { imported, failed } : { imported });
  return exit;
}

import path from 'node:path';
import { MediaAccess } from '../../core/media/media-access';
import { exportOriginal as runExport } from '../../core/media/export-original';
import type { Output } from '../output';
import { withSession, type VaultOptions } from '../session';
import { UsageError } from '../usage';

export async function exportOriginal(options: VaultOptions & { media?: string | undefined; out?: string | undefined; force: boolean }, out: Output): Promise<void> {
  if (!options.media) throw new UsageError('--media ID is required.');
  if (!options.out) throw new UsageError('--out FILE is required.');
  const mediaId = options.media;
  const target = path.resolve(options.out);
  const result = await withSession(options, async (session) => {
    const media = new MediaAccess(session);
    try {
      const record = media.record(mediaId);
      const written = await runExport(session, media, mediaId, target, {
        overwrite: options.force,
        onProgress: (done, total) => out.progress(path.basename(target), done, total),
      });
      return { ...written, sha256: record.sha256 };
    } finally {
      await media.close();
    }
  });
  out.result({ mediaId, path: result.path, size: result.size, sha256: result.sha256 });
  out.line(`Wrote ${result.path} (${result.size} bytes, sha256 ${result.sha256}, checked against the ingest hash).`);
}

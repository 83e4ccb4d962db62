import { z } from 'zod';
import { originalOf, type PackageEvent } from './package-verify-audit';
import type { CollectedBag } from './package-verify-collect';
import type { CheckResult } from './package-verify-types';

/**
 * The originals against what the sending vault recorded when it first received them: the size
 * and hashes in the testimony's record (record.json) and in its signed ingestion event. The
 * manifests only prove the bag is as it was bagged; this proves the bagged file is the file
 * that was ingested, however long before.
 */
const recordFileSchema = z.object({
  record: z.object({ id: z.string(), code: z.string() }),
  media: z.array(z.object({ id: z.string(), size: z.number(), sha256: z.string(), sha512: z.string() })).default([]),
});

type RecordedMedia = z.infer<typeof recordFileSchema>['media'][number];

function recordedMedia(bag: CollectedBag, code: string): { media: Map<string, RecordedMedia> } | { problem: string } | null {
  const path = `data/metadata/${code}/record.json`;
  const bytes = bag.held.get(path);
  if (!bytes) return null;
  try {
    const parsed = recordFileSchema.safeParse(JSON.parse(bytes.toString('utf8')));
    if (!parsed.success) return { problem: `${path} is not a testimony record (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})` };
    if (parsed.data.record.code !== code) return { problem: `${path} is the record of ${JSON.stringify(parsed.data.record.code)}, not of ${JSON.stringify(code)}` };
    return { media: new Map(parsed.data.media.map((m) => [m.id, m])) };
  } catch {
    return { problem: `${path} is not valid JSON` };
  }
}

export function ingestHashes(bag: CollectedBag, events: readonly PackageEvent[]): CheckResult {
  const problems: string[] = [];
  const records = new Map<string, ReturnType<typeof recordedMedia>>();
  let compared = 0;
  for (const [path, facts] of bag.files) {
    if (!path.startsWith('data/originals/')) continue;
    const original = originalOf(path);
    if (!original) {
      problems.push(`${path} is not named data/originals/<code>/<media id>.<ext>: it cannot be matched to a record`);
      continue;
    }
    if (!records.has(original.code)) records.set(original.code, recordedMedia(bag, original.code));
    const record = records.get(original.code);
    if (record && 'problem' in record) {
      if (!problems.includes(record.problem)) problems.push(record.problem);
    } else if (record) {
      const media = record.media.get(original.mediaId);
      if (!media) problems.push(`${path} is not among the originals of data/metadata/${original.code}/record.json`);
      else {
        compared++;
        if (media.size !== facts.size) problems.push(`${path}: ${facts.size} bytes, the record says ${media.size} were ingested`);
        if (media.sha256 !== facts.sha256) problems.push(`${path}: SHA-256 differs from the one its record gives (recorded at ingest)`);
        if (media.sha512 !== facts.sha512) problems.push(`${path}: SHA-512 differs from the one its record gives (recorded at ingest)`);
      }
    }
    const ingestion = events.find((e) => e.type === 'ingestion' && e.object.id === original.mediaId);
    if (ingestion) {
      compared++;
      if (ingestion.detail.sha256 !== facts.sha256) problems.push(`${path}: SHA-256 differs from the one its ingestion (event ${ingestion.seq}) recorded`);
      if (ingestion.detail.sha512 !== undefined && ingestion.detail.sha512 !== facts.sha512) problems.push(`${path}: SHA-512 differs from the one its ingestion (event ${ingestion.seq}) recorded`);
    }
  }
  const hasOriginals = [...bag.files.keys()].some((p) => p.startsWith('data/originals/'));
  const note = !hasOriginals ? 'The package holds no originals.' : compared === 0 && problems.length === 0 ? 'The package carries no record or audit log to compare the originals with.' : undefined;
  return { check: 'ingest-hashes', ok: problems.length === 0, problems, ...(note ? { note } : {}) };
}

import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import type { FixityProgress } from '../../../../shared/contract/custody-operations';
import { runFixityAudit } from '../../../../electron/core/custody/fixity';
import { eventsOfType, flipByte, vaultWithOriginals, type Original } from './fixity-fixture';

const CHUNK = 64 * 1024;

describe('fixity audit', () => {
  it('passes every original of a fresh vault, records one fixity check event each, and reports progress to the end', async () => {
    const { session, originals } = await vaultWithOriginals({ 'SY-1': [1, 3 * CHUNK + 5], 'SY-2': [200_000] });
    const progress: FixityProgress[] = [];
    const report = await runFixityAudit(session, { onProgress: (p) => progress.push(p) });
    expect(report).toEqual({ checked: 3, passed: 3, failed: [], cancelled: false });

    const events = eventsOfType(session, 'fixity check');
    expect(events.map((e) => e.objectId).sort()).toEqual(originals.map((o) => o.mediaId).sort());
    for (const event of events) {
      expect(event.objectType).toBe('media');
      expect(event.detail).toMatchObject({ outcome: 'pass', algorithms: ['SHA-256', 'SHA-512'] });
      // File names can name people: they never go into the log.
      expect(JSON.stringify(event.detail)).not.toContain('statement');
    }
    const total = originals.reduce((n, o) => n + o.bytes.length, 0);
    expect(progress[0]).toEqual({ filesDone: 0, filesTotal: 3, bytesDone: 0, bytesTotal: total, failed: 0 });
    expect(progress.at(-1)).toEqual({ filesDone: 3, filesTotal: 3, bytesDone: total, bytesTotal: total, failed: 0 });
    for (let i = 1; i < progress.length; i++) expect(progress[i]!.bytesDone).toBeGreaterThanOrEqual(progress[i - 1]!.bytesDone);
    expect((await session.audit.verify()).ok).toBe(true);
    await session.close();
  });

  it('names each damaged original by testimony and file, with the reason, and records it as a failed check', async () => {
    const { session, originals } = await vaultWithOriginals({ 'IQ-7': [4 * CHUNK, 4 * CHUNK, 3 * CHUNK + 100], 'IQ-8': [200_000, 150_000, 90_000] });
    const [altered, truncated, deleted, swapA, swapB, intact] = originals as [Original, Original, Original, Original, Original, Original];
    await flipByte(altered.blob, Math.floor((await fs.stat(altered.blob)).size / 2));
    await fs.truncate(truncated.blob, Math.floor((await fs.stat(truncated.blob)).size / 2));
    await fs.rm(deleted.blob);
    // Two blobs of one testimony exchanged: each still decrypts, to the other's bytes.
    const a = await fs.readFile(swapA.blob);
    await fs.copyFile(swapB.blob, swapA.blob);
    await fs.writeFile(swapB.blob, a);

    const report = await runFixityAudit(session);
    expect(report.checked).toBe(6);
    expect(report.passed).toBe(1);
    const byId = new Map(report.failed.map((f) => [f.mediaId, f]));
    const expectFailure = (o: Original, reason: string, ageErrorCode?: string) =>
      expect(byId.get(o.mediaId)).toEqual({
        testimonyCode: o.testimonyCode,
        mediaId: o.mediaId,
        originalName: o.originalName,
        reason,
        ...(ageErrorCode ? { ageErrorCode } : {}),
        message: expect.any(String),
      });
    expectFailure(altered, 'BLOB_DAMAGED', 'CHUNK_AUTH_FAILED');
    // Cut short, its last chunk no longer authenticates as the last one.
    expectFailure(truncated, 'BLOB_DAMAGED', 'CHUNK_AUTH_FAILED');
    expect(byId.get(truncated.mediaId)!.message).toMatch(/cut short/);
    expectFailure(deleted, 'BLOB_MISSING');
    expectFailure(swapA, 'HASH_MISMATCH');
    expectFailure(swapB, 'HASH_MISMATCH');
    expect(byId.has(intact.mediaId)).toBe(false);
    // Listed in a stable order: by testimony, then by file.
    expect(report.failed.map((f) => f.testimonyCode)).toEqual(['IQ-7', 'IQ-7', 'IQ-7', 'IQ-8', 'IQ-8']);

    const events = new Map(eventsOfType(session, 'fixity check').map((e) => [e.objectId, e.detail]));
    expect(events.get(altered.mediaId)).toMatchObject({ outcome: 'fail', reason: 'BLOB_DAMAGED', ageErrorCode: 'CHUNK_AUTH_FAILED' });
    expect(events.get(truncated.mediaId)).toMatchObject({ outcome: 'fail', reason: 'BLOB_DAMAGED', ageErrorCode: 'CHUNK_AUTH_FAILED' });
    expect(events.get(deleted.mediaId)).toMatchObject({ outcome: 'fail', reason: 'BLOB_MISSING' });
    expect(events.get(swapA.mediaId)).toMatchObject({ outcome: 'fail', reason: 'HASH_MISMATCH' });
    expect(events.get(intact.mediaId)).toMatchObject({ outcome: 'pass' });
    expect((await session.audit.verify()).ok).toBe(true);
    await session.close();
  });

  it('cancelled, stops and records only the checks it made', async () => {
    const { session } = await vaultWithOriginals({ 'C-1': [300_000, 300_000, 300_000] });
    const abort = new AbortController();
    const report = await runFixityAudit(session, { signal: abort.signal, onProgress: () => abort.abort() });
    expect(report).toMatchObject({ cancelled: true, failed: [] });
    expect(report.checked).toBeLessThan(3);
    expect(eventsOfType(session, 'fixity check')).toHaveLength(report.checked);
    expect((await session.audit.verify()).ok).toBe(true);
    await session.close();
  });

  it('is stopped by locking the vault, which waits for it', async () => {
    const { session } = await vaultWithOriginals({ 'L-1': [2_000_000, 2_000_000] });
    const audit = runFixityAudit(session).then(
      () => null,
      (error: unknown) => error,
    );
    await session.close();
    expect(await audit).toMatchObject({ code: 'VAULT_LOCKED' });
    expect(session.isOpen).toBe(false);
  });

  it('checks an empty vault without starting a worker', async () => {
    const { session } = await vaultWithOriginals({});
    expect(await runFixityAudit(session)).toEqual({ checked: 0, passed: 0, failed: [], cancelled: false });
    await session.close();
  });
});

import { describe, expect, it } from 'vitest';
import { randomUUID, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createTestimony } from '../../../../electron/core/records/testimonies';
import { startIngest } from '../../../../electron/core/media/ingest';
import { createTranscript, restoreTranscript, saveTranscript, transcriptVersion, versionsOf } from '../../../../electron/core/originals/transcripts-service';
import { peaksOf, removeSegment, savePeaks, saveSegment, segmentsOf } from '../../../../electron/core/originals/originals-service';
import { searchTestimonyIds } from '../../../../electron/core/records/testimony-search';
import type { VaultSession } from '../../../../electron/core/vault/session';
import { newVault } from '../../helpers/vault';
import { tempDir } from '../../helpers/temp-dir';

const paragraph = (text: string, start: number | null = null, speaker = '') => ({ id: randomUUID(), start, speaker, text });

async function audio(session: VaultSession, testimonyId: string) {
  const file = path.join(await tempDir(), 'a.wav');
  // A minimal valid WAV header with 8000 bytes of silence (1 s at 8 kHz mono 8-bit).
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + 8000, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36);
  header.writeUInt32LE(8000, 40);
  await fs.writeFile(file, Buffer.concat([header, Buffer.alloc(8000, 128)]));
  return (await startIngest(session, testimonyId, file, () => undefined)).done;
}

describe('transcripts', () => {
  it('keeps every save as a version, restores by saving again, and refuses to overwrite a newer version', async () => {
    const { session } = await newVault();
    const t = await createTestimony(session, { code: 'TR-1', title: 'Transcribed' });
    const tr = await createTranscript(session, { testimonyId: t.id, mediaId: null, kind: 'transcript', language: 'ar', sourceId: null });
    const p1 = paragraph('اعتقلوني عند الحاجز', 12.5, 'الشاهد');
    expect(await saveTranscript(session, tr.id, 0, [p1])).toBe(1);
    const p2 = paragraph('ثم نقلوني إلى الفرع', 40, 'الشاهد');
    expect(await saveTranscript(session, tr.id, 1, [p1, p2])).toBe(2);
    await expect(saveTranscript(session, tr.id, 1, [p1])).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await restoreTranscript(session, tr.id, 1)).toBe(3);
    expect(transcriptVersion(session, tr.id).paragraphs).toEqual([p1]);
    expect(transcriptVersion(session, tr.id, 2).paragraphs).toEqual([p1, p2]);
    const versions = versionsOf(session, tr.id);
    expect(versions.map((v) => [v.version, v.restoredFrom, v.paragraphCount, v.authorName])).toEqual([
      [3, 1, 1, 'Owner'],
      [2, null, 2, 'Owner'],
      [1, null, 1, 'Owner'],
    ]);
    await expect(saveTranscript(session, tr.id, 3, [p1, p1])).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await session.close();
  });

  it('is found by the testimony search, which says which paragraph matched', async () => {
    const { session } = await newVault();
    const t = await createTestimony(session, { code: 'TR-2', title: 'Search me' });
    const tr = await createTranscript(session, { testimonyId: t.id, mediaId: null, kind: 'transcript', language: 'ar', sourceId: null });
    const first = paragraph('كان الجو باردًا');
    const hit = paragraph('وضعوني في الزنزانة الانفرادية', 75);
    await saveTranscript(session, tr.id, 0, [first, hit]);
    // Typed without the article and with ه for ة.
    const result = searchTestimonyIds(session.db, { text: 'زنزانه' });
    expect(result.ids).toEqual([t.id]);
    expect(result.matches[t.id]).toEqual(['transcripts']);
    expect(result.paragraphs[t.id]).toEqual([{ transcriptId: tr.id, paragraphId: hit.id }]);
    // A translation aligned with it, and a new version replacing the old paragraphs in the index.
    const en = await createTranscript(session, { testimonyId: t.id, mediaId: null, kind: 'translation', language: 'en', sourceId: tr.id });
    await saveTranscript(session, en.id, 0, [{ ...first, text: 'It was cold' }, { ...hit, text: 'They put me in solitary confinement' }]);
    expect(searchTestimonyIds(session.db, { text: 'solitary' }).paragraphs[t.id]).toEqual([{ transcriptId: en.id, paragraphId: hit.id }]);
    await saveTranscript(session, tr.id, 1, [first]);
    expect(searchTestimonyIds(session.db, { text: 'زنزانه' }).ids).toEqual([]);
    await expect(createTranscript(session, { testimonyId: t.id, mediaId: null, kind: 'translation', language: 'en', sourceId: null })).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
    await session.close();
  });
});

describe('segments and peaks', () => {
  it('keeps segments in order, within the recording, with known keywords only', async () => {
    const { session } = await newVault();
    const t = await createTestimony(session, { code: 'SG-1', title: 'Segmented' });
    const media = await audio(session, t.id);
    const base = { mediaId: media.id, title: '', keywords: [], synopsis: '', note: '' };
    const later = await saveSegment(session, { ...base, id: randomUUID(), start: 0.5, end: 0.9, title: 'الإفراج' });
    const earlier = await saveSegment(session, { ...base, id: randomUUID(), start: 0.1, end: 0.4, keywords: [{ vocabulary: 'actTypes', key: 'torture' }] });
    expect(segmentsOf(session, media.id).map((s) => s.id)).toEqual([earlier.id, later.id]);
    await expect(saveSegment(session, { ...base, id: randomUUID(), start: 0.5, end: 0.2 })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(saveSegment(session, { ...base, id: randomUUID(), start: 0, end: 0.5, keywords: [{ vocabulary: 'actTypes', key: 'no-such-act' }] })).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
    await removeSegment(session, earlier.id);
    expect(segmentsOf(session, media.id).map((s) => s.id)).toEqual([later.id]);
    await session.close();
  });

  it('stores peaks that fit the duration, and refuses ones that do not', async () => {
    const { session } = await newVault();
    const t = await createTestimony(session, { code: 'PK-1', title: 'Peaks' });
    const media = await audio(session, t.id);
    expect(peaksOf(session, media.id)).toBeNull();
    const data = new Uint8Array(randomBytes(2 * 100));
    await savePeaks(session, media.id, { bucketsPerSecond: 100, channels: 1, durationSeconds: 1, data });
    expect(peaksOf(session, media.id)).toEqual({ bucketsPerSecond: 100, channels: 1, durationSeconds: 1, data });
    await expect(savePeaks(session, media.id, { bucketsPerSecond: 100, channels: 1, durationSeconds: 60, data })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await session.close();
  });
});

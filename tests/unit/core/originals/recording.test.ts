import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { JournalWriter, readJournal } from '../../../../electron/core/media/recording-journal';
import { Recordings } from '../../../../electron/core/originals/recording-service';
import { createTestimony } from '../../../../electron/core/records/testimonies';
import { MediaAccess } from '../../../../electron/core/media/media-access';
import { segmentsOf } from '../../../../electron/core/originals/originals-service';
import { newVault, unlock } from '../../helpers/vault';
import { tempDir } from '../../helpers/temp-dir';

async function journalOf(chunks: Buffer[]) {
  const dir = await tempDir();
  const file = path.join(dir, 'r.journal');
  const key = new Uint8Array(randomBytes(32));
  const writer = await JournalWriter.open(file, 'rec-1', key, 0);
  for (const c of chunks) await writer.append(c);
  await writer.close();
  return { file, key };
}

async function readAll(file: string, key: Uint8Array, id = 'rec-1') {
  const got: Buffer[] = [];
  const result = await readJournal(file, id, key, (c) => {
    got.push(Buffer.from(c));
  });
  return { ...result, data: Buffer.concat(got) };
}

describe('recording journal', () => {
  it('holds only ciphertext and reads back every chunk in order', async () => {
    const chunks = [0, 1, 2, 3].map(() => Buffer.from(`OPUS-CHUNK-${randomBytes(4).toString('hex')}`.repeat(500)));
    const { file, key } = await journalOf(chunks);
    const raw = await fs.readFile(file);
    for (const c of chunks) expect(raw.includes(c.subarray(0, 40))).toBe(false);
    const back = await readAll(file, key);
    expect(back).toMatchObject({ records: 4, stoppedEarly: null });
    expect(back.data.equals(Buffer.concat(chunks))).toBe(true);
  });

  it('keeps everything before a chunk cut short by a crash', async () => {
    const chunks = [randomBytes(5000), randomBytes(5000), randomBytes(5000)];
    const { file, key } = await journalOf(chunks);
    await fs.truncate(file, (await fs.stat(file)).size - 100);
    const back = await readAll(file, key);
    expect(back).toMatchObject({ records: 2, stoppedEarly: 'cut-short' });
    expect(back.data.equals(Buffer.concat(chunks.slice(0, 2)))).toBe(true);
  });

  it('stops at a tampered or reordered record, and refuses another recording’s id', async () => {
    const { file, key } = await journalOf([randomBytes(300), randomBytes(300), randomBytes(300)]);
    const raw = await fs.readFile(file);
    const flipped = Buffer.from(raw);
    flipped[raw.length - 200]! ^= 1;
    await fs.writeFile(file, flipped);
    expect(await readAll(file, key)).toMatchObject({ records: 2, stoppedEarly: 'failed-authentication' });
    await fs.writeFile(file, raw);
    expect(await readAll(file, key, 'rec-2')).toMatchObject({ records: 0, stoppedEarly: 'failed-authentication' });
  });
});

describe('recordings', () => {
  it('turns streamed chunks into an original with its markers as segments, bit-exact', async () => {
    const { session, dir } = await newVault();
    const t = await createTestimony(session, { code: 'REC-1', title: 'Recorded' });
    const work = await tempDir();
    const webm = path.join(work, 'speech.webm');
    execFileSync('ffmpeg', ['-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=frequency=300:duration=3', '-c:a', 'libopus', webm]);
    const bytes = await fs.readFile(webm);
    const recordings = new Recordings(session);
    const id = await recordings.start(t.id, 'audio/webm;codecs=opus');
    let seq = 0;
    for (let offset = 0; offset < bytes.length; offset += 4000) await recordings.chunk(id, seq++, bytes.subarray(offset, offset + 4000));
    await expect(recordings.chunk(id, seq + 1, bytes.subarray(0, 10))).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await recordings.marker(id, { seconds: 1, label: 'The checkpoint' });
    await recordings.marker(id, { seconds: 2, label: 'Release' });
    // No file of the recording in clear anywhere in the vault while it is made.
    for (const name of await fs.readdir(path.join(dir, 'blobs', 'recordings'))) {
      expect((await fs.readFile(path.join(dir, 'blobs', 'recordings', name))).includes(bytes.subarray(100, 160))).toBe(false);
    }
    const { media, segments } = await recordings.finish(id);
    expect(segments).toBe(2);
    expect(media).toMatchObject({ contentType: 'audio/webm', kind: 'audio', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(segmentsOf(session, media.id).map((s) => [s.start, s.title])).toEqual([
      [1, 'The checkpoint'],
      [2, 'Release'],
    ]);
    const access = new MediaAccess(session);
    const { reader } = await access.reader(media.id);
    expect(Buffer.from(await reader.read(0, reader.size)).equals(bytes)).toBe(true);
    await access.close();
    expect(await fs.readdir(path.join(dir, 'blobs', 'recordings'))).toEqual([]);
    expect(await recordings.interrupted()).toEqual([]);
    await session.close();
  });

  it('offers a recording interrupted by a lock (or a crash) at the next unlock, to keep or discard', async () => {
    const { session, dir } = await newVault();
    const t = await createTestimony(session, { code: 'REC-2', title: 'Interrupted' });
    // The first 2000 bytes of a real WebM: what an interrupted MediaRecorder leaves.
    const webm = path.join(await tempDir(), 'speech.webm');
    execFileSync('ffmpeg', ['-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=frequency=300:duration=3', '-c:a', 'libopus', webm]);
    const head = (await fs.readFile(webm)).subarray(0, 2000);
    const first = new Recordings(session);
    const kept = await first.start(t.id, 'audio/webm;codecs=opus');
    await first.chunk(kept, 0, head.subarray(0, 1000));
    await first.chunk(kept, 1, head.subarray(1000));
    const dropped = await first.start(t.id, 'audio/webm');
    await first.chunk(dropped, 0, randomBytes(500));
    await first.close();
    await session.close();

    const again = await unlock(dir);
    const later = new Recordings(again);
    const offered = await later.interrupted();
    expect(offered.map((r) => [r.recordingId, r.testimonyCode, r.chunks, r.bytes])).toEqual([
      [kept, 'REC-2', 2, 2000],
      [dropped, 'REC-2', 1, 500],
    ]);
    await later.discard(dropped);
    const { media } = await later.finish(kept);
    expect(media.size).toBe(2000);
    // Kept as given, and flagged: the recording stops in the middle of its audio.
    expect(media).toMatchObject({ kind: 'audio', damage: 'truncated', formatInfo: { codec: 'opus' } });
    expect(await later.interrupted()).toEqual([]);
    expect(await fs.readdir(path.join(dir, 'blobs', 'recordings'))).toEqual([]);
    expect((await again.audit.verify()).ok).toBe(true);
    await again.close();
  });
});

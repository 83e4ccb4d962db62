import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createVaultApi, type VaultApi } from '../../../../../../electron/core/api';
import { ChunkQueue, type Bytes, type QueueState } from '../../../../../../renderer/src/features/originals/recording/chunk-queue';
import type { MediaItem } from '../../../../../../shared/domain/media';
import { scriptedHost } from '../../../../helpers/scripted-host';
import { tempDir } from '../../../../helpers/temp-dir';

async function call<T>(api: VaultApi, operation: string, input: unknown): Promise<T> {
  const reply = await api.dispatch(operation, input);
  if (!reply.ok) throw Object.assign(new Error(`${operation}: ${reply.code} ${reply.message}`), { code: reply.code });
  return reply.value as T;
}

/** A promise the test settles itself: chunks whose bytes are ready in an order of its choosing. */
function gate<T>(): { promise: Promise<T>; open: (value: T) => void } {
  let open: (value: T) => void = () => undefined;
  const promise = new Promise<T>((resolve) => (open = resolve));
  return { promise, open };
}

const bytes = (...values: number[]): Bytes => new Uint8Array(values);

const opened: VaultApi[] = [];
afterEach(async () => {
  for (const api of opened.splice(0)) await api.close();
});

/** A real vault behind the real router (the contract checks every chunk), with one testimony. */
async function core(): Promise<{ api: VaultApi; testimonyId: string; work: string }> {
  const work = await tempDir();
  const api = createVaultApi({ vaultDir: path.join(work, 'vault'), settingsFile: path.join(work, 'settings.json'), host: scriptedHost() });
  opened.push(api);
  await call(api, 'vault.create', { passphrase: 'a long enough passphrase' });
  const { id } = await call<{ id: string }>(api, 'testimonies.create', { code: 'REC-1', title: 'Recorded in the app' });
  return { api, testimonyId: id, work };
}

/** Opus in WebM, as MediaRecorder makes it, cut where a timeslice would cut it. */
async function webmPieces(work: string, count: number): Promise<{ whole: Buffer; pieces: Bytes[] }> {
  const file = path.join(work, 'speech.webm');
  execFileSync('ffmpeg', ['-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=frequency=300:duration=3', '-c:a', 'libopus', file]);
  const whole = await fs.readFile(file);
  const size = Math.ceil(whole.length / count);
  const pieces: Bytes[] = [];
  for (let offset = 0; offset < whole.length; offset += size) pieces.push(new Uint8Array(whole.subarray(offset, offset + size)));
  return { whole, pieces };
}

async function readBack(api: VaultApi, media: MediaItem): Promise<Buffer> {
  const { data } = await call<{ data: Uint8Array }>(api, 'media.readRange', { mediaId: media.id, start: 0, length: media.size });
  return Buffer.from(data);
}

describe('the chunk queue of a recording', () => {
  it('sends chunks to the vault in arrival order, one at a time, even when their bytes are ready out of order', async () => {
    const { api, testimonyId, work } = await core();
    const { whole, pieces } = await webmPieces(work, 6);
    const { recordingId } = await call<{ recordingId: string }>(api, 'recording.start', { testimonyId, mimeType: 'audio/webm;codecs=opus' });
    let inFlight = 0;
    let most = 0;
    const queue = new ChunkQueue(
      async (seq, data) => {
        inFlight++;
        most = Math.max(most, inFlight);
        try {
          await call(api, 'recording.chunk', { recordingId, seq, data });
        } finally {
          inFlight--;
        }
      },
      { warnAt: 100 },
    );
    const gates = pieces.map(() => gate<Bytes>());
    for (const g of gates) queue.push(g.promise);
    // The last chunk's bytes are ready first, the first chunk's last.
    for (let i = pieces.length - 1; i >= 0; i--) gates[i]!.open(pieces[i]!);
    const state = await queue.drained();
    expect(state).toMatchObject({ pending: 0, saved: pieces.length, savedBytes: whole.length, failure: null });
    expect(most).toBe(1);
    const { media } = await call<{ media: MediaItem }>(api, 'recording.finish', { recordingId });
    expect((await readBack(api, media)).equals(whole)).toBe(true);
    expect(media.durationSeconds).toBeCloseTo(3, 0);
  });

  it('splits a chunk larger than the contract allows and skips empty ones; the journal holds the same bytes', async () => {
    const { api, testimonyId, work } = await core();
    const { whole } = await webmPieces(work, 1);
    const { recordingId } = await call<{ recordingId: string }>(api, 'recording.start', { testimonyId, mimeType: 'audio/webm' });
    const sizes: number[] = [];
    const queue = new ChunkQueue(
      async (seq, data) => {
        sizes.push(data.byteLength);
        await call(api, 'recording.chunk', { recordingId, seq, data });
      },
      { warnAt: 100, maxChunk: 1000 },
    );
    queue.push(new Uint8Array(0));
    queue.push(new Uint8Array(whole));
    const state = await queue.drained();
    expect(sizes).toEqual(Array.from({ length: Math.ceil(whole.length / 1000) }, (_, i) => Math.min(1000, whole.length - i * 1000)));
    expect(state).toMatchObject({ saved: 2, savedBytes: whole.length });
    const { media } = await call<{ media: MediaItem }>(api, 'recording.finish', { recordingId });
    expect((await readBack(api, media)).equals(whole)).toBe(true);
  });

  it('stops at the first chunk the vault refuses, drops the rest, and what was saved before stays in the vault', async () => {
    const { api, testimonyId, work } = await core();
    const { pieces } = await webmPieces(work, 4);
    const { recordingId } = await call<{ recordingId: string }>(api, 'recording.start', { testimonyId, mimeType: 'audio/webm' });
    const sent: number[] = [];
    const states: QueueState[] = [];
    const queue = new ChunkQueue(
      async (seq, data) => {
        sent.push(seq);
        // The third chunk claims a wrong number: the vault refuses a gap.
        await call(api, 'recording.chunk', { recordingId, seq: seq === 2 ? 7 : seq, data });
      },
      { warnAt: 100, onChange: (s) => states.push(s) },
    );
    for (const piece of pieces) queue.push(piece);
    const state = await queue.drained();
    expect(sent).toEqual([0, 1, 2]);
    expect(state.saved).toBe(2);
    expect(state.pending).toBe(0);
    expect(state.failure?.error).toMatchObject({ code: 'BAD_INPUT' });
    // Nothing is sent once refused.
    queue.push(bytes(1, 2, 3));
    expect((await queue.drained()).saved).toBe(2);
    const { media } = await call<{ media: MediaItem }>(api, 'recording.finish', { recordingId });
    expect((await readBack(api, media)).equals(Buffer.concat([pieces[0]!, pieces[1]!]))).toBe(true);
    expect(states.at(-1)?.failure).not.toBeNull();
  });

  it('warns when chunks pile up behind a slow vault, and clears the warning only once it has caught up', async () => {
    const answers: (() => void)[] = [];
    const states: QueueState[] = [];
    const queue = new ChunkQueue(() => new Promise<void>((resolve) => answers.push(resolve)), { warnAt: 3, onChange: (s) => states.push(s) });
    const next = async () => {
      while (answers.length === 0) await new Promise((r) => setTimeout(r, 0));
      answers.shift()!();
      await new Promise((r) => setTimeout(r, 0));
    };
    queue.push(bytes(1));
    queue.push(bytes(2));
    expect(queue.snapshot().lagging).toBe(false);
    queue.push(bytes(3));
    expect(queue.snapshot()).toMatchObject({ pending: 3, lagging: true });
    await next();
    // Two still waiting: not caught up yet.
    expect(queue.snapshot()).toMatchObject({ pending: 2, lagging: true });
    await next();
    expect(queue.snapshot()).toMatchObject({ pending: 1, lagging: false });
    await next();
    expect(await queue.drained()).toMatchObject({ pending: 0, saved: 3, lagging: false, failure: null });
    expect(states.filter((s) => s.lagging).length).toBeGreaterThan(0);
  });

  it('abort drops what is waiting but lets the chunk in flight finish before it resolves', async () => {
    const { api, testimonyId } = await core();
    const { recordingId } = await call<{ recordingId: string }>(api, 'recording.start', { testimonyId, mimeType: 'audio/webm' });
    const slow = gate<void>();
    const started = gate<void>();
    const sent: number[] = [];
    const queue = new ChunkQueue(
      async (seq, data) => {
        started.open();
        if (seq === 0) await slow.promise;
        await call(api, 'recording.chunk', { recordingId, seq, data });
        sent.push(seq);
      },
      { warnAt: 100 },
    );
    queue.push(bytes(1, 1));
    queue.push(bytes(2, 2));
    queue.push(bytes(3, 3));
    await started.promise;
    let aborted = false;
    const abort = queue.abort().then(() => (aborted = true));
    await new Promise((r) => setTimeout(r, 0));
    expect(aborted).toBe(false);
    slow.open();
    await abort;
    expect(sent).toEqual([0]);
    // Discarding after abort is safe: no chunk is being written any more.
    await call(api, 'recording.discard', { recordingId });
    expect(await call<{ items: unknown[] }>(api, 'recording.interrupted', {})).toEqual({ items: [] });
  });
});

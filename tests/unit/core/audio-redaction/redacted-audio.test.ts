import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createVaultApi, type VaultApi } from '../../../../electron/core/api';
import { readRedactedAudio } from '../../../../electron/core/audio-redaction/redacted-audio-store';
import { unlock } from '../../helpers/vault';
import { scriptedHost } from '../../helpers/scripted-host';
import { tempDir } from '../../helpers/temp-dir';
import { encodeWav16, pcm16Block } from '../../../../shared/media/audio-redaction/wav-writer';

const PASS = 'audio redaction passphrase';

async function call<T = unknown>(api: VaultApi, op: string, input: unknown = {}): Promise<T> {
  const env = await api.dispatch(op, input);
  if (!env.ok) throw Object.assign(new Error(env.message), { code: env.code, details: env.details });
  return env.value as T;
}

async function refusal(api: VaultApi, op: string, input: unknown): Promise<{ code: string; message: string }> {
  const env = await api.dispatch(op, input);
  if (env.ok) throw new Error(`${op} was expected to be refused`);
  return env;
}

/** Every file under `dir`, to look for plaintext. */
async function allBytes(dir: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) parts.push(await fs.readFile(path.join(entry.parentPath, entry.name)));
  }
  return Buffer.concat(parts);
}

async function setup(consentToAudio: boolean | null) {
  const work = await tempDir();
  const host = scriptedHost();
  const vault = path.join(work, 'vault');
  const api = createVaultApi({ vaultDir: vault, settingsFile: path.join(work, 'settings.json'), host });
  await call(api, 'vault.create', { passphrase: PASS });
  const t = await call<{ id: string }>(api, 'testimonies.create', { code: 'AR-7', title: 'Audio redaction' });
  const wav = path.join(work, 'tone.wav');
  execFileSync('sox', ['-n', '-r', '8000', '-c', '1', '-b', '16', wav, 'synth', '1', 'sine', '440']);
  const text = path.join(work, 'statement.txt');
  await fs.writeFile(text, 'A written statement.\n'.repeat(50));
  host.queueImportFiles([wav, text]);
  const { results } = await call<{ results: { media: { id: string } }[] }>(api, 'media.import', { testimonyId: t.id });
  const scopes = { archive: true, shareUnMechanisms: null, shareInternationalCourts: null, shareNationalProsecutors: null, publishAnonymisedText: true, publishAudio: consentToAudio, publishIdentity: false };
  await call(api, 'records.updateConsent', { testimonyId: t.id, consent: { obtained: 'yes', scopes } });
  return { api, work, vault, testimonyId: t.id, mediaId: results[0]!.media.id, textId: results[1]!.media.id };
}

describe('redacted audio', () => {
  it('stores the streamed samples encrypted and gives back the WAV as published, hashed, with the plan it was made from', async () => {
    const { api, vault, testimonyId, mediaId } = await setup(true);
    await call(api, 'audioRedaction.savePlan', { mediaId, regions: [{ startSeconds: 0.2, endSeconds: 0.4, mode: 'bleep' }], disguise: null });
    expect(await call(api, 'audioRedaction.plan', { mediaId })).toMatchObject({ regions: [{ startSeconds: 0.2, endSeconds: 0.4, mode: 'bleep' }], disguise: null });

    // A recognisable sample pattern, sent in chunks that split frames.
    const samples = Float32Array.from({ length: 8000 }, (_, i) => ((i * 37) % 200) / 400 - 0.25);
    const body = pcm16Block([samples]);
    const { jobId } = await call<{ jobId: string }>(api, 'audioRedaction.begin', { mediaId, format: 'wav', sampleRate: 8000, channels: 1 });
    for (let at = 0, seq = 0; at < body.length; at += 3001, seq++) await call(api, 'audioRedaction.chunk', { jobId, seq, data: body.subarray(at, at + 3001) });
    const { item } = await call<{ item: Record<string, unknown> }>(api, 'audioRedaction.finish', { jobId });

    const expected = encodeWav16([samples], 8000);
    expect(item).toMatchObject({ mediaId, format: 'wav', size: expected.length, regions: 1, disguised: false, current: true, durationSeconds: 1 });
    expect(item.sha256).toBe(createHash('sha256').update(expected).digest('hex'));
    // Only ciphertext on disk: the sample pattern is nowhere in the vault folder.
    expect((await allBytes(vault)).includes(Buffer.from(body.subarray(1000, 1064)))).toBe(false);

    await api.close();
    const session = await unlock(vault, PASS);
    const pieces: Uint8Array[] = [];
    for await (const piece of readRedactedAudio(session, item.id as string)) pieces.push(piece);
    expect(Buffer.concat(pieces).equals(Buffer.from(expected))).toBe(true);
    await session.close();

    const again = createVaultApi({ vaultDir: vault, settingsFile: path.join(vault, '..', 'settings.json'), host: scriptedHost() });
    await call(again, 'vault.unlock', { method: 'passphrase', passphrase: PASS });
    // A changed plan makes the audio made from the old one stale: it no longer hides what the plan hides.
    await call(again, 'audioRedaction.savePlan', { mediaId, regions: [], disguise: 0.8 });
    expect((await call<{ items: { current: boolean }[] }>(again, 'audioRedaction.list', { testimonyId })).items).toEqual([expect.objectContaining({ current: false })]);
    await call(again, 'audioRedaction.delete', { id: item.id });
    expect((await call<{ items: unknown[] }>(again, 'audioRedaction.list', { testimonyId })).items).toEqual([]);
    expect(await fs.readdir(path.join(vault, 'blobs', 'redacted'))).toEqual([]);
    const audit = await call<{ ok: boolean }>(again, 'audit.verify');
    expect(audit.ok).toBe(true);
    await again.close();
  });

  it('is refused where consent does not cover publishing audio, naming the testimony and why', async () => {
    for (const answer of [false, null]) {
      const { api, mediaId } = await setup(answer);
      await call(api, 'audioRedaction.savePlan', { mediaId, regions: [], disguise: null });
      const refused = await refusal(api, 'audioRedaction.begin', { mediaId, format: 'opus', sampleRate: 48000, channels: 1 });
      expect(refused).toMatchObject({ code: 'BAD_INPUT' });
      expect(refused.message).toMatch(answer === false ? /AR-7: consent to publish audio was refused/ : /AR-7: consent to publish audio was not recorded/);
      await api.close();
    }
  });

  it('checks its input: an unsaved plan, chunks out of order, a region backwards, a file that is not audio', async () => {
    const { api, testimonyId, mediaId, textId } = await setup(true);
    expect((await refusal(api, 'audioRedaction.savePlan', { mediaId: textId, regions: [], disguise: null })).message).toMatch(/"statement.txt" is not a recording/);
    expect((await refusal(api, 'audioRedaction.begin', { mediaId, format: 'wav', sampleRate: 8000, channels: 1 })).message).toMatch(/Save the regions/);
    expect((await refusal(api, 'audioRedaction.savePlan', { mediaId, regions: [{ startSeconds: 2, endSeconds: 1, mode: 'silence' }], disguise: null })).code).toBe('BAD_INPUT');
    expect((await refusal(api, 'audioRedaction.savePlan', { mediaId, regions: [], disguise: 3 })).message).toMatch(/at most 1.4/);
    await call(api, 'audioRedaction.savePlan', { mediaId, regions: [], disguise: null });
    const { jobId } = await call<{ jobId: string }>(api, 'audioRedaction.begin', { mediaId, format: 'wav', sampleRate: 8000, channels: 2 });
    expect((await refusal(api, 'audioRedaction.chunk', { jobId, seq: 1, data: new Uint8Array(4) })).message).toMatch(/chunk 0 was expected/);
    await call(api, 'audioRedaction.chunk', { jobId, seq: 0, data: new Uint8Array(6) });
    expect((await refusal(api, 'audioRedaction.finish', { jobId })).message).toMatch(/middle of a frame/);
    expect(await call<{ items: unknown[] }>(api, 'audioRedaction.list', { testimonyId })).toEqual({ items: [] });
    await api.close();
  });
});

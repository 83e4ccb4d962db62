import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { createVaultApi, type VaultApi } from '../../../electron/core/api';
import { OPERATION_NAMES } from '../../../shared/contract/names';
import { operations } from '../../../shared/contract/operations';
import { ERROR_CODES } from '../../../shared/errors';
import { scriptedHost } from '../helpers/scripted-host';
import { snapshot } from '../helpers/vault';
import { tempDir } from '../helpers/temp-dir';
import { randomWav } from '../helpers/media-files';

/**
 * The router under hostile input (issue 7): a compromised renderer can send any operation
 * name with any value. Every answer must be a typed envelope, nothing may throw, the
 * process's prototypes must stay clean, and the vault must be exactly as it was.
 */
const PASS = 'a long enough passphrase';

async function call<T = unknown>(api: VaultApi, op: string, input: unknown = {}): Promise<T> {
  const env = await api.dispatch(op, input);
  if (!env.ok) throw Object.assign(new Error(`${op}: ${env.message}`), { code: env.code });
  return env.value as T;
}

/** Operations that only read: a valid input may run them. Every other one gets only inputs its schema refuses. */
const READ_ONLY = /\.(status|list|get|find|query|rows|versions|peaks|playbackUrl|verify|search|history)$/;

function deepNest(depth: number, leaf: unknown): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** Values a compromised page could send, beyond fc.anything(): pollution keys, huge and deep values, binary. */
function hostile(ids: readonly string[]): fc.Arbitrary<unknown> {
  const id = fc.constantFrom(...ids);
  return fc.oneof(
    fc.anything({ withTypedArray: true, withBigInt: true, withMap: true, withSet: true, withDate: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true, maxDepth: 4 }),
    fc.constantFrom(
      JSON.parse('{"__proto__": {"polluted": "yes"}, "testimonyId": "x"}') as unknown,
      JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}') as unknown,
      { toString: 'not a function', valueOf: 1, hasOwnProperty: null },
      Object.create(null) as unknown,
    ),
    id.map((testimonyId) => JSON.parse(`{"testimonyId": "${testimonyId}", "__proto__": {"polluted": "yes"}, "overview": {"__proto__": {"title": "x"}}}`) as unknown),
    fc.tuple(id, fc.integer({ min: 100_000, max: 2_000_000 })).map(([testimonyId, n]) => ({ testimonyId, code: 'A'.repeat(n), title: 'é'.repeat(n), query: 'x'.repeat(n) })),
    fc.integer({ min: 1_000, max: 20_000 }).map((depth) => deepNest(depth, 'leaf')),
    id.map((testimonyId) => ({ testimonyId, data: new Float64Array(8), bytes: new Uint8Array(70_000), paragraphs: [new Uint16Array(3)] })),
    id.chain((testimonyId) => fc.dictionary(fc.constantFrom('testimonyId', 'mediaId', 'transcriptId', 'confirmCode', 'code', 'title', 'passphrase', '__proto__', 'constructor'), fc.anything(), { maxKeys: 4 }).map((d) => ({ testimonyId, ...d }))),
  );
}

/** What a user would see of the vault: every testimony's record, originals and transcripts, and the audit log. */
async function vaultView(api: VaultApi, ids: readonly string[]): Promise<unknown> {
  const out: Record<string, unknown> = { list: await call(api, 'testimonies.list') };
  for (const testimonyId of ids) {
    out[`${testimonyId}:record`] = await call(api, 'records.get', { testimonyId });
    out[`${testimonyId}:media`] = await call(api, 'media.list', { testimonyId });
    const transcripts = await call<{ items: { id: string }[] }>(api, 'transcripts.list', { testimonyId });
    out[`${testimonyId}:transcripts`] = await Promise.all(transcripts.items.map((t) => call(api, 'transcripts.get', { transcriptId: t.id })));
  }
  const audit = await call<{ ok: boolean; treeSize: number }>(api, 'audit.verify');
  out.audit = { ok: audit.ok, treeSize: audit.treeSize };
  return out;
}

describe('the router under random and malformed input', () => {
  it('answers only with typed envelopes, throws nothing, pollutes nothing and leaves the vault as it was', async () => {
    const work = await tempDir();
    const host = scriptedHost();
    const dir = path.join(work, 'vault');
    const api = createVaultApi({ vaultDir: dir, settingsFile: path.join(work, 'settings.json'), host });
    await call(api, 'vault.create', { passphrase: PASS });
    const a = await call<{ id: string }>(api, 'testimonies.create', { code: 'FZ-1', title: 'Fuzzed one' });
    const b = await call<{ id: string }>(api, 'testimonies.create', { code: 'FZ-2', title: 'Fuzzed two' });
    const wav = path.join(work, 'a.wav');
    await fs.writeFile(wav, randomWav(60_000));
    host.queueImportFiles([wav]);
    const imported = await call<{ results: { media?: { id: string } }[] }>(api, 'media.import', { testimonyId: a.id });
    const transcript = await call<{ id: string }>(api, 'transcripts.create', { testimonyId: a.id, kind: 'transcript', language: 'ar' });
    await call(api, 'transcripts.save', { transcriptId: transcript.id, baseVersion: 0, paragraphs: [{ id: a.id, text: 'نص الشهادة' }] });
    const ids = [a.id, b.id, imported.results[0]!.media!.id, transcript.id, '00000000-0000-4000-8000-000000000000'];
    const testimonies = [a.id, b.id];
    const before = await vaultView(api, testimonies);
    const blobsBefore = await snapshot(path.join(dir, 'blobs'));

    const names = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...OPERATION_NAMES) },
      { weight: 1, arbitrary: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'vault.create ', 'VAULT.STATUS')) },
      { weight: 1, arbitrary: fc.anything() },
    );
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(names, hostile(ids), async (op, input) => {
        const schema = typeof op === 'string' && (OPERATION_NAMES as readonly string[]).includes(op) ? operations[op as keyof typeof operations].input : undefined;
        // A valid input to a changing operation is a legitimate request, not an attack: not this property's business.
        fc.pre(!schema || READ_ONLY.test(op as string) || !schema.safeParse(input ?? {}).success);
        const env = await api.dispatch(op, input);
        answered++;
        expect(typeof env.ok).toBe('boolean');
        if (!env.ok) {
          expect(ERROR_CODES).toContain(env.code);
          expect(typeof env.message).toBe('string');
          expect(env.message.length).toBeGreaterThan(0);
          expect(env.message.length).toBeLessThan(2_000);
        } else {
          expect(READ_ONLY.test(op as string)).toBe(true);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'title')).toBe(false);
      }),
      { numRuns: 400 },
    );
    expect(answered).toBeGreaterThan(300);
    expect(await call(api, 'vault.status')).toMatchObject({ state: 'unlocked' });
    expect(await vaultView(api, testimonies)).toEqual(before);
    expect(await snapshot(path.join(dir, 'blobs'))).toEqual(blobsBefore);
    await api.close();
  }, 120_000);
});

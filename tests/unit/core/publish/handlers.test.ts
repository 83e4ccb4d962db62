import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createVaultApi, type VaultApi } from '../../../../electron/core/api';
import type { Narrative, EntityView } from '../../../../shared/contract/publish-operations';
import type { Suggestion } from '../../../../shared/redaction/types';
import { acceptSuggestions } from '../../../../shared/redaction/decisions';
import { scriptedHost } from '../../helpers/scripted-host';
import { tempDir } from '../../helpers/temp-dir';

const PASS = 'publish handlers passphrase';

async function call<T = unknown>(api: VaultApi, op: string, input: unknown = {}): Promise<T> {
  const env = await api.dispatch(op, input);
  if (!env.ok) throw Object.assign(new Error(env.message), { code: env.code, details: env.details });
  return env.value as T;
}

async function setup() {
  const work = await tempDir();
  const host = scriptedHost();
  const api = createVaultApi({ vaultDir: path.join(work, 'vault'), settingsFile: path.join(work, 'settings.json'), host });
  await call(api, 'vault.create', { passphrase: PASS });
  const t = await call<{ id: string }>(api, 'testimonies.create', { code: 'SY-9', title: 'Publish' });
  const person = await call<{ id: string }>(api, 'people.create', {
    code: 'S-9',
    identity: { legalName: 'مريم الأحمد', names: [{ value: 'Mariam al-Ahmad', script: 'Latn', kind: 'spelling' }], contact: 'mariam@example.org' },
  });
  await call(api, 'records.linkPerson', { testimonyId: t.id, link: { personId: person.id, role: 'survivor' } });
  return { api, host, work, testimonyId: t.id, personId: person.id };
}

describe('publish operations through the router', () => {
  it('create, suggest, save, preview: the redacted text and its remaining leaks, checked against the contract', async () => {
    const { api, testimonyId, personId } = await setup();
    const created = await call<Narrative>(api, 'publish.create', { testimonyId, title: 'Mariam', language: 'en', from: null });
    expect(created).toMatchObject({ status: 'draft', version: 1, source: { kind: 'written', transcriptId: null }, document: { text: '' } });

    const text = 'My name is Mariam al-Ahmad. Write to mariam@example.org. Mariam was there.';
    const document = { ...created.document, text };
    const { suggestions, entities } = await call<{ suggestions: Suggestion[]; entities: EntityView[] }>(api, 'publish.suggest', { narrativeId: created.id, document });
    expect(entities.find((e) => e.personId === personId && e.origin === 'person')).toMatchObject({ id: `person:${personId}`, category: 'person', display: 'مريم الأحمد' });
    expect(suggestions.map((s) => s.text)).toEqual(['Mariam al-Ahmad', 'mariam@example.org', 'Mariam']);

    // Only the full name accepted: the preview says the e-mail and the second "Mariam" still leak.
    const partial = acceptSuggestions(document, suggestions.slice(0, 1), randomUUID);
    const saved = await call<Narrative>(api, 'publish.save', { narrativeId: created.id, expectedVersion: 1, title: 'A testimony', publication: { description: '', rights: '', publisher: '' }, document: partial });
    expect(saved).toMatchObject({ version: 2, redactionCount: 1 });
    const preview = await call<{ text: string; leaks: { found: string; kinds: string[] }[]; consent: Record<string, string> }>(api, 'publish.preview', { narrativeId: created.id });
    expect(preview.text).toMatch(/^My name is Survivor A\./u);
    expect(preview.leaks.map((l) => l.found)).toEqual(['mariam@example.org', 'Mariam']);
    expect(preview.consent).toEqual({ publishAnonymisedText: 'not-obtained', publishIdentity: 'not-obtained', publishAudio: 'not-obtained' });

    const got = await call<{ narrative: Narrative; entities: EntityView[] }>(api, 'publish.get', { narrativeId: created.id });
    expect(got.narrative.history.map((h) => h.action)).toEqual(['created', 'saved']);
    expect((await call<{ items: { id: string }[] }>(api, 'publish.list', { testimonyId })).items.map((i) => i.id)).toEqual([created.id]);
    await api.close();
  });

  it('refuses bad input with a specific error and changes nothing', async () => {
    const { api, testimonyId } = await setup();
    const created = await call<Narrative>(api, 'publish.create', { testimonyId, title: 'T', language: 'ar', from: null });
    await expect(call(api, 'publish.create', { testimonyId, title: 'T', language: 'fr', from: null })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(call(api, 'publish.create', { testimonyId, title: '  ', language: 'ar', from: null })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(call(api, 'publish.get', { narrativeId: randomUUID() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const overlapping = {
      text: 'abcdef',
      redactions: [
        { id: 'a', start: 0, end: 3, category: 'other', policy: 'label' },
        { id: 'b', start: 2, end: 4, category: 'other', policy: 'label' },
      ],
    };
    await expect(
      call(api, 'publish.save', { narrativeId: created.id, expectedVersion: 1, title: 'T', publication: {}, document: overlapping }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT', details: { reason: 'overlap' } });
    await expect(call(api, 'publish.export', { narrativeId: created.id, expectedVersion: 1, formats: [] })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    expect((await call<{ narrative: Narrative }>(api, 'publish.get', { narrativeId: created.id })).narrative.version).toBe(1);
    await api.close();
  });
});

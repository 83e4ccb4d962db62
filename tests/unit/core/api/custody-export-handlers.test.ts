import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createVaultApi, type VaultApi } from '../../../../electron/core/api';
import { consentSchema } from '../../../../shared/domain/record';
import type { CustodyExportOutput, RecipientEntryView } from '../../../../shared/contract/custody-export-operations';
import type { Receipt } from '../../../../shared/domain/custody';
import { scriptedHost } from '../../helpers/scripted-host';
import { tempDir } from '../../helpers/temp-dir';
import { randomText } from '../custody/fixity-fixture';
import { runCli } from '../../cli/run-cli';

const PASS = 'custody export handlers passphrase';

async function call<T = unknown>(api: VaultApi, op: string, input: unknown = {}): Promise<T> {
  const env = await api.dispatch(op, input);
  if (!env.ok) throw Object.assign(new Error(env.message), { code: env.code, details: env.details });
  return env.value as T;
}

function ageKey(dir: string, name: string): { identityFile: string; publicKey: string } {
  const identityFile = path.join(dir, `${name}.key`);
  execFileSync('age-keygen', ['-o', identityFile], { stdio: 'pipe' });
  return { identityFile, publicKey: execFileSync('age-keygen', ['-y', identityFile]).toString().trim() };
}

const consent = (scopes: Record<string, boolean>) => consentSchema.parse({ obtained: 'yes', scopes: { ...consentSchema.parse({}).scopes, ...scopes } });

async function setup(originalBytes = 150_000) {
  const work = await tempDir();
  const host = scriptedHost();
  const api = createVaultApi({ vaultDir: path.join(work, 'vault'), settingsFile: path.join(work, 'settings.json'), host });
  await call(api, 'vault.create', { passphrase: PASS });
  const testimony = async (code: string, scopes: Record<string, boolean>) => {
    const t = await call<{ id: string }>(api, 'testimonies.create', { code, title: `شهادة ${code}` });
    await call(api, 'records.updateConsent', { testimonyId: t.id, consent: consent(scopes) });
    const file = path.join(work, `${code}.txt`);
    await fs.writeFile(file, randomText(originalBytes));
    host.queueImportFiles([file]);
    await call(api, 'media.import', { testimonyId: t.id });
    return { id: t.id, file };
  };
  return { work, host, api, testimony };
}

describe('custody address book and vault details', () => {
  it('adds, lists with the fingerprint, updates and removes recipients; refuses a key with a bad checksum and a key already there', async () => {
    const { work, api } = await setup();
    const { publicKey } = ageKey(work, 'icc');
    expect(await call(api, 'custody.recipients.list')).toEqual({ items: [] });
    const added = await call<RecipientEntryView>(api, 'custody.recipients.add', { name: 'ICC OTP', organization: 'International Criminal Court', kind: 'international-court', publicKey, notes: 'Met in The Hague' });
    const expected = createHash('sha256').update(publicKey).digest('hex').slice(0, 16).match(/.{4}/g)!.join(' ');
    expect(added).toMatchObject({ name: 'ICC OTP', kind: 'international-court', publicKey, fingerprint: expected });

    // One letter changed: the shape is right, the Bech32 checksum is not.
    const last = publicKey.at(-1) === 'q' ? 'p' : 'q';
    const typo = `${publicKey.slice(0, -1)}${last}`;
    await expect(call(api, 'custody.recipients.add', { name: 'Typo', kind: 'archive', publicKey: typo })).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('age') });
    await expect(call(api, 'custody.recipients.add', { name: 'Not a key', kind: 'archive', publicKey: 'hello' })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(call(api, 'custody.recipients.add', { name: 'Again', kind: 'archive', publicKey })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('ICC OTP') });

    const updated = await call<RecipientEntryView>(api, 'custody.recipients.update', { id: added.id, recipient: { name: 'ICC Office of the Prosecutor', organization: 'ICC', kind: 'international-court', publicKey, notes: '' } });
    expect(updated).toMatchObject({ id: added.id, name: 'ICC Office of the Prosecutor', fingerprint: expected });
    expect((await call<{ items: RecipientEntryView[] }>(api, 'custody.recipients.list')).items.map((r) => r.name)).toEqual(['ICC Office of the Prosecutor']);
    await call(api, 'custody.recipients.remove', { id: added.id });
    expect(await call(api, 'custody.recipients.list')).toEqual({ items: [] });
    await expect(call(api, 'custody.recipients.remove', { id: added.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await api.close();
  });

  it('keeps the organisation and contact name for bag-info, refusing empty ones', async () => {
    const { api } = await setup();
    expect(await call(api, 'custody.details.get')).toEqual({ organization: '', contactName: '' });
    await expect(call(api, 'custody.details.update', { organization: '  ', contactName: 'X' })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    expect(await call(api, 'custody.details.update', { organization: ' Syrian Archive ', contactName: 'Custodian One' })).toEqual({ organization: 'Syrian Archive', contactName: 'Custodian One' });
    expect(await call(api, 'custody.details.get')).toEqual({ organization: 'Syrian Archive', contactName: 'Custodian One' });
    await api.close();
  });
});

describe('custody.export', () => {
  it('exports to an address-book recipient after the save dialog, with progress, a receipt and a package the stock age opens', async () => {
    const { work, host, api, testimony } = await setup();
    const t = await testimony('SY-1', { shareInternationalCourts: true });
    const { identityFile, publicKey } = ageKey(work, 'icc');
    const r = await call<RecipientEntryView>(api, 'custody.recipients.add', { name: 'ICC OTP', organization: 'ICC', kind: 'international-court', publicKey });
    const input = { testimonyIds: [t.id], parts: ['originals', 'metadata'], recipients: { kind: 'address-book', recipientIds: [r.id] } };

    await expect(call(api, 'custody.export', input)).rejects.toMatchObject({ code: 'BAD_INPUT', details: { reason: 'vault-details' } });
    expect(host.dialogsShown).toBe(1); // only the import dialog: nothing asked before the details were set
    await call(api, 'custody.details.update', { organization: 'Syrian Archive', contactName: 'Custodian One' });

    host.queueSavePath(null);
    expect(await call(api, 'custody.export', input)).toEqual({ status: 'cancelled' });

    const target = path.join(work, 'handover.tar.age');
    host.queueSavePath(target);
    const out = await call<CustodyExportOutput>(api, 'custody.export', input);
    if (out.status !== 'exported') throw new Error(JSON.stringify(out));
    expect(out.passphrase).toBeUndefined();
    expect(out.receipt).toMatchObject({ packageName: 'handover.tar.age', testimonies: [{ code: 'SY-1', originals: 1, transcripts: 0 }], recipients: [{ name: 'ICC OTP', fingerprint: r.fingerprint }] });
    expect(out.receipt.packageSha256).toBe(createHash('sha256').update(await fs.readFile(target)).digest('hex'));
    const progress = host.events.filter((e) => e.event === 'custody.exportProgress');
    expect(progress.length).toBeGreaterThan(0);

    const tar = execFileSync('age', ['-d', '-i', identityFile, target]);
    const names = execFileSync('tar', ['-t'], { input: tar }).toString();
    expect(names).toContain(`custody-${out.receipt.bagId}/data/originals/SY-1/`);
    expect(names).toContain(`custody-${out.receipt.bagId}/data/metadata/SY-1/premis.xml`);
    expect(names).not.toContain('transcripts');

    const { items } = await call<{ items: Receipt[] }>(api, 'custody.receipts.list');
    expect(items).toEqual([out.receipt]);
    await api.close();
  });

  it('lists every consent refusal with its reason, asks nothing and writes nothing', async () => {
    const { work, host, api, testimony } = await setup();
    await call(api, 'custody.details.update', { organization: 'Org', contactName: 'Custodian' });
    const granted = await testimony('OK-1', { shareUnMechanisms: true, archive: true });
    const refused = await testimony('NO-1', { shareUnMechanisms: false, archive: true });
    const notAsked = await testimony('NA-1', { archive: true });
    const withdrawn = await testimony('WD-1', { shareUnMechanisms: true, archive: true });
    await call(api, 'records.withdrawConsent', { testimonyId: withdrawn.id, withdrawal: { withdrawnOn: '2025-02-01', scopes: ['shareUnMechanisms'], notes: '' } });
    const un = await call<RecipientEntryView>(api, 'custody.recipients.add', { name: 'IIIM', kind: 'un-mechanism', publicKey: ageKey(work, 'iiim').publicKey });
    const archive = await call<RecipientEntryView>(api, 'custody.recipients.add', { name: 'Archive', kind: 'archive', publicKey: ageKey(work, 'archive').publicKey });
    const dialogs = host.dialogsShown;
    const before = (await fs.readdir(work)).sort();
    const out = await call<CustodyExportOutput>(api, 'custody.export', {
      testimonyIds: [granted.id, refused.id, notAsked.id, withdrawn.id],
      parts: ['originals'],
      recipients: { kind: 'address-book', recipientIds: [un.id, archive.id] },
    });
    expect(out).toEqual({
      status: 'refused',
      refusals: [
        expect.objectContaining({ code: 'NO-1', recipientKind: 'un-mechanism', scope: 'shareUnMechanisms', decision: 'refused' }),
        expect.objectContaining({ code: 'NA-1', recipientKind: 'un-mechanism', scope: 'shareUnMechanisms', decision: 'not-asked' }),
        expect.objectContaining({ code: 'WD-1', recipientKind: 'un-mechanism', scope: 'shareUnMechanisms', decision: 'withdrawn' }),
      ],
    });
    expect(host.dialogsShown).toBe(dialogs);
    expect((await fs.readdir(work)).sort()).toEqual(before);
    expect(await call(api, 'custody.receipts.list')).toEqual({ items: [] });
    await api.close();
  });

  it('with a passphrase: generates one, answers it once, and our verify opens the package with it', async () => {
    const { work, host, api, testimony } = await setup();
    await call(api, 'custody.details.update', { organization: 'Org', contactName: 'Custodian' });
    const t = await testimony('PP-1', { shareNationalProsecutors: true });
    const target = path.join(work, 'for-prosecutor.tar.age');
    host.queueSavePath(target);
    const out = await call<CustodyExportOutput>(api, 'custody.export', {
      testimonyIds: [t.id],
      parts: ['originals', 'transcripts', 'metadata'],
      recipients: { kind: 'passphrase', recipientKind: 'national-prosecutor', name: 'Prosecutor', organization: 'Office' },
    });
    if (out.status !== 'exported') throw new Error(JSON.stringify(out));
    expect(out.passphrase).toMatch(/^([a-km-z2-9]{4}-){7}[a-km-z2-9]{4}$/);
    expect(out.receipt.recipients).toEqual([{ name: 'Prosecutor', organization: 'Office', kind: 'national-prosecutor', publicKey: null, fingerprint: 'passphrase' }]);
    const passphraseFile = path.join(work, 'pass.txt');
    await fs.writeFile(passphraseFile, `${out.passphrase}\n`);
    const verified = await runCli(['verify', target, '--passphrase-file', passphraseFile, '--json']);
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    // The receipt keeps no secret: the passphrase is nowhere in what the vault lists.
    expect(JSON.stringify(await call(api, 'custody.receipts.list'))).not.toContain(out.passphrase);
    await api.close();
  });

  it('custody.cancelExport stops a running export: no package, no partial file, no receipt', async () => {
    const { work, host, api, testimony } = await setup(48 * 1024 * 1024);
    await call(api, 'custody.details.update', { organization: 'Org', contactName: 'Custodian' });
    const t = await testimony('BIG-1', { archive: true });
    const archive = await call<RecipientEntryView>(api, 'custody.recipients.add', { name: 'Archive', kind: 'archive', publicKey: ageKey(work, 'archive').publicKey });
    const out = path.join(work, 'out');
    await fs.mkdir(out);
    host.queueSavePath(path.join(out, 'big.tar.age'));
    const running = call<CustodyExportOutput>(api, 'custody.export', { testimonyIds: [t.id], parts: ['originals'], recipients: { kind: 'address-book', recipientIds: [archive.id] } });
    // Cancel once the worker is under way (its first progress event).
    while (!host.events.some((e) => e.event === 'custody.exportProgress')) await new Promise((r) => setTimeout(r, 20));
    await call(api, 'custody.cancelExport');
    expect(await running).toEqual({ status: 'cancelled' });
    expect(await fs.readdir(out)).toEqual([]);
    expect(await call(api, 'custody.receipts.list')).toEqual({ items: [] });
    await api.close();
  }, 120_000);
});

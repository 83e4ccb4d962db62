import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/temp-dir';
import { runCli } from './run-cli';

const PASS = 'custodian passphrase 2024';
const env = { TESTIMONY_VAULT_PASSPHRASE: PASS };

async function vaultWithRecords() {
  const work = await tempDir('tv-cli-rec-');
  const vault = path.join(work, 'vault');
  expect((await runCli(['init', '--vault', vault, '--json'], { env })).code).toBe(0);
  const csv = path.join(work, 'in.csv');
  await fs.writeFile(
    csv,
    ['code,title,summary,languages,consent_obtained,consent_share_un_mechanisms', 'SY-1,شهادة من حلب,"اعتُقل في حلب عند الحاجز",ar,yes,yes', 'SY-2,Testimony from Homs,Detained at a checkpoint,en,no,'].join('\n'),
  );
  const imported = await runCli(['records', 'import', csv, '--vault', vault, '--json'], { env });
  expect(imported.code, imported.stderr).toBe(0);
  expect(imported.json()).toEqual({ testimonies: 2, people: 0 });
  return { work, vault };
}

describe('records on the command line', () => {
  it('imports CSV, searches Arabic-aware with the matched fields, shows a record, exports JSON and CSV', async () => {
    const { work, vault } = await vaultWithRecords();
    const search = await runCli(['search', 'حلب', '--vault', vault, '--json'], { env });
    expect(search.code, search.stderr).toBe(0);
    expect(search.json()).toEqual({ matches: [{ code: 'SY-1', fields: ['summary', 'title'] }] });
    // Latin matching ignores case.
    const latin = await runCli(['search', 'CHECKPOINT', '--vault', vault, '--json'], { env });
    expect(latin.json()).toEqual({ matches: [{ code: 'SY-2', fields: ['summary'] }] });

    const show = await runCli(['testimony', 'show', 'SY-1', '--vault', vault, '--json'], { env });
    expect(show.code, show.stderr).toBe(0);
    const view = show.json() as { record: { code: string; consent: { obtained: string } }; completeness: { item: string; done: boolean }[] };
    expect(view.record).toMatchObject({ code: 'SY-1', consent: { obtained: 'yes' } });
    expect(view.completeness.find((c) => c.item === 'consentToShare')?.done).toBe(true);

    const json = path.join(work, 'out.json');
    const exported = await runCli(['records', 'export', '--out', json, '--vault', vault, '--json'], { env });
    expect(exported.json()).toEqual({ path: json, format: 'json', testimonies: 2 });
    expect((JSON.parse(await fs.readFile(json, 'utf8')) as { testimonies: unknown[] }).testimonies).toHaveLength(2);
    const csv = path.join(work, 'out.csv');
    expect((await runCli(['records', 'export', '--out', csv, '--format', 'csv', '--vault', vault], { env })).code).toBe(0);
    expect((await fs.readFile(csv, 'utf8')).split('\r\n')[0]).toMatch(/^\uFEFFcode,title,/);
    expect((await runCli(['records', 'export', '--out', csv, '--vault', vault], { env })).code).toBe(2);
  });

  it('refuses a bad file whole, listing each problem with its row and field, exit 2', async () => {
    const { work, vault } = await vaultWithRecords();
    const bad = path.join(work, 'bad.csv');
    await fs.writeFile(bad, ['code,title,interview_date', 'SY-1,Again,', 'OK-1,Fine,2024-13-01'].join('\n'));
    const res = await runCli(['records', 'import', bad, '--vault', vault, '--json'], { env });
    expect(res.code).toBe(2);
    const out = res.json() as { ok: boolean; problems: { row: number; field: string }[] };
    expect(out.ok).toBe(false);
    expect(out.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ row: 2, field: 'code' }), expect.objectContaining({ row: 3, field: 'sessions.0.date' })]),
    );
    const list = await runCli(['testimony', 'list', '--vault', vault, '--json'], { env });
    expect((list.json() as { testimonies: unknown[] }).testimonies).toHaveLength(2);
  });

  it('prints the published JSON Schema without a vault', async () => {
    const res = await runCli(['records', 'schema']);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ title: 'Testimony Vault records', $schema: 'https://json-schema.org/draft/2020-12/schema' });
  });
});

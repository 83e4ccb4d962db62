import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../electron/core/records/csv';
import { ar } from '../../renderer/src/i18n/ar';
import { en } from '../../renderer/src/i18n/en';
import { RECORDS_FILE_FORMAT } from '../../shared/domain/record';
import { launchE2E, type E2E } from '../harness/vault-harness';
import { Journey } from './journey';
import { SEED, call, seededVault } from './list-seed';
import { ListSteps } from './list-steps';

const ALL = SEED.map((t) => t.code);
// First-strong isolate and pop: how the screen wraps the field and the core's message.
const isolate = (text: string) => `\u2068${text}\u2069`;

const HEADER = 'code,title,summary,languages,status,interview_date,interview_place,consent_obtained,consent_archive,consent_share_un_mechanisms';
/** Row 3 (the header is row 1) answers the archive scope with a word that is not yes or no. */
const BAD_CSV = [
  HEADER,
  'T-2025-101,شهادة سلمى عن التهجير من حمص,نزحت العائلة في الشتاء,ar,draft,2025-01~,حمص,yes,yes,no',
  'T-2025-102,اعتقال على حاجز درعا,,ar;en,archived,2024-12-03,درعا,yes,ربما,no',
].join('\r\n');
const GOOD_CSV = [
  HEADER,
  'T-2025-101,شهادة سلمى عن التهجير من حمص,نزحت العائلة في الشتاء,ar,draft,2025-01~,حمص,yes,yes,no',
  'T-2025-102,اعتقال على حاجز درعا,,ar;en,archived,2024-12-03,درعا,yes,نعم,لا',
].join('\r\n');

describe('records in and out of the app, in the browser against the real core', () => {
  let e2e: E2E;

  beforeAll(async () => {
    e2e = await launchE2E();
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it.each([
    ['en', en],
    ['ar', ar],
  ] as const)('refuses a CSV with a bad row whole, imports a good one, exports JSON and CSV (%s)', async (lang, t) => {
    const vault = await seededVault(e2e, lang);
    const journey = new Journey(vault, t, lang, 'list-records');
    const list = new ListSteps(journey);
    const page = vault.page;
    await list.expectCodes(ALL);

    // A dialog closed without a file: nothing happens, and the screen says so.
    await journey.button(t.list.records.import).click();
    await page.getByRole('status').filter({ hasText: t.list.records.importCancelled }).waitFor();

    // One bad row: every problem named with its row and field, and nothing imported at all
    // (not even the good row before it).
    const bad = path.join(vault.dir, 'bad.csv');
    await writeFile(bad, BAD_CSV);
    vault.host.queueImportFiles([bad]);
    await journey.button(t.list.records.import).click();
    const refused = page.getByRole('region', { name: t.list.records.refusedTitle });
    await refused.waitFor();
    await journey.expectFocused(journey.heading(t.list.records.refusedTitle));
    await refused.getByText(t.list.records.refusedIntro, { exact: true }).waitFor();
    const problems = await refused.getByRole('listitem').allTextContents();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.startsWith(journey.text(t.list.records.problemAtRow, { row: 3, field: isolate('consent.scopes.archive'), message: '' }))).toBe(true);
    await journey.screenshot('import-refused');
    await list.expectCodes(ALL);
    expect((await call(vault.api, 'testimonies.query', {})).ids).toHaveLength(ALL.length);
    await refused.getByRole('button', { name: t.list.records.dismiss, exact: true }).click();
    expect(await refused.count()).toBe(0);

    // The corrected file (Arabic values, yes/no in Arabic): imported, announced, in the list.
    const good = path.join(vault.dir, 'good.csv');
    await writeFile(good, GOOD_CSV);
    vault.host.queueImportFiles([good]);
    await journey.button(t.list.records.import).click();
    await page.getByRole('status').filter({ hasText: journey.text(t.list.records.imported, { testimonies: 2, people: 0 }) }).waitFor();
    const withImported = [...ALL, 'T-2025-101', 'T-2025-102'];
    await list.expectCodes(withImported);
    await list.expectCount(false, withImported.length);
    // Searchable at once, by a spelling variant (ى typed as ي).
    await list.searchFor('سلمي');
    await list.expectCodes(['T-2025-101']);
    expect(await list.row('T-2025-101').locator('.list-cell-title').textContent()).toContain('شهادة سلمى عن التهجير من حمص');
    await journey.screenshot('imported');
    await list.search().press('Escape');
    await list.expectCodes(withImported);

    // Export as JSON: the dialog says the file is not encrypted before anything is written.
    const exportButton = journey.button(t.list.records.export);
    await exportButton.click();
    const dialog = page.getByRole('dialog', { name: t.list.records.exportTitle });
    await dialog.getByText(t.list.records.notEncrypted, { exact: true }).waitFor();
    expect(await dialog.getByRole('radio', { name: t.list.records.formatJson }).isChecked()).toBe(true);
    await journey.screenshot('export-dialog');
    // Cancelled in the save dialog: nothing saved.
    vault.host.queueSavePath(null);
    await dialog.getByRole('button', { name: t.list.records.chooseFile }).click();
    await dialog.getByText(t.list.records.exportCancelled, { exact: true }).waitFor();

    const jsonFile = path.join(vault.dir, 'records.json');
    vault.host.queueSavePath(jsonFile);
    await dialog.getByRole('button', { name: t.list.records.chooseFile }).click();
    await dialog.getByText(journey.text(t.list.records.exported, { n: withImported.length })).waitFor();
    expect(await dialog.locator('bdi.path').textContent()).toBe(jsonFile);
    const json = JSON.parse(await readFile(jsonFile, 'utf8')) as { format: string; testimonies: { code: string; title: string; consent: { scopes: Record<string, boolean | null> } }[] };
    expect(json.format).toBe(RECORDS_FILE_FORMAT);
    expect(json.testimonies.map((r) => r.code).sort()).toEqual([...withImported].sort());
    const imported = json.testimonies.find((r) => r.code === 'T-2025-102')!;
    expect(imported.title).toBe('اعتقال على حاجز درعا');
    expect(imported.consent.scopes.archive).toBe(true);
    expect(imported.consent.scopes.shareUnMechanisms).toBe(false);

    // And as CSV, one row per testimony.
    await dialog.getByRole('radio', { name: t.list.records.formatCsv }).check();
    const csvFile = path.join(vault.dir, 'records.csv');
    vault.host.queueSavePath(csvFile);
    await dialog.getByRole('button', { name: t.list.records.chooseFile }).click();
    await expect.poll(() => dialog.locator('bdi.path').textContent()).toBe(csvFile);
    await journey.screenshot('exported-csv');
    const [header, ...rows] = parseCsv((await readFile(csvFile, 'utf8')).replace(/^\uFEFF/, ''));
    const column = (name: string) => header!.indexOf(name);
    expect(rows.map((row) => row[column('code')]).sort()).toEqual([...withImported].sort());
    const seeded = rows.find((row) => row[column('code')] === SEED[0]!.code)!;
    expect(seeded[column('title')]).toBe(SEED[0]!.title);
    expect(rows.find((row) => row[column('code')] === 'T-2025-101')![column('interview_place')]).toBe('حمص');

    // Escape closes the dialog; the focus is back on the button that opened it.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await journey.expectFocused(exportButton);
    expect(vault.problems).toEqual([]);
  });
});

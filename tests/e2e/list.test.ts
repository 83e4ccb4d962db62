import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ar } from '../../renderer/src/i18n/ar';
import { en } from '../../renderer/src/i18n/en';
import { TESTIMONY_STATUS_INFO } from '../../shared/domain/vocabularies';
import { launchE2E, type E2E } from '../harness/vault-harness';
import { Journey } from './journey';
import { PASSPHRASE, SEED, call, seededVault } from './list-seed';
import { ListSteps, scrollTopOf } from './list-steps';

const ALL = SEED.map((t) => t.code);

describe('the testimony list, in the browser against the real core', () => {
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
  ] as const)('searches Arabic names by a spelling variant, filters, sorts, opens and comes back (%s)', async (lang, t) => {
    const vault = await seededVault(e2e, lang);
    const journey = new Journey(vault, t, lang, 'list');
    const list = new ListSteps(journey);
    const page = vault.page;
    expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');

    await journey.heading(t.home.testimonies).waitFor();
    await list.expectCodes(ALL);
    await list.expectCount(false, ALL.length);
    await journey.screenshot('all');

    // Typed without hamza or diacritics, with ي for ى: the name أحمد مُصْطَفى is found, and the
    // title shows where (the core's own Arabic-aware matching).
    await list.searchFor('احمد مصطفي');
    await list.expectCodes(['T-2023-001']);
    await list.expectCount(true, 1);
    expect(await list.marks('T-2023-001')).toEqual(['أحمد', 'مُصْطَفى']);
    const found = await list.foundIn('T-2023-001');
    expect(found).toContain(t.list.fields.names);
    expect(found).toContain(t.list.fields.title);
    await journey.screenshot('search-arabic-variant');

    // A Latin name in another case and without its accent.
    await list.searchFor('ELODIE');
    await list.expectCodes(['T-2023-002']);
    expect(await list.foundIn('T-2023-002')).toBe(journey.text(t.list.foundIn, { fields: t.list.fields.names }));

    // Nothing found: the empty state says what to do; Escape in the search box clears it.
    await list.searchFor('zzzz');
    await page.getByText(t.list.noMatch, { exact: true }).waitFor();
    await journey.screenshot('no-match');
    await list.search().press('Escape');
    expect(await list.search().inputValue()).toBe('');
    await list.expectCodes(ALL);

    // Filters: a status, then a consent scope granted.
    await list.openFilters();
    await list.filter(TESTIMONY_STATUS_INFO.archived.labels[lang]).check();
    await list.expectCodes(['T-2023-002', 'T-2024-005']);
    await list.expectCount(true, 2);
    await journey.screenshot('filter-status');
    await list.clearFilters();
    await list.expectCodes(ALL);
    await list.filter(t.list.scopes.shareUnMechanisms).check();
    await list.expectCodes(['T-2023-001']);
    await list.filter(t.list.scopes.shareUnMechanisms).uncheck();
    await list.filter(t.list.scopes.archive).check();
    await list.expectCodes(['T-2023-001', 'T-2023-002', 'T-2023-003']);
    await list.clearFilters();
    await list.expectCodes(ALL);
    await page.getByRole('button', { name: t.list.filters }).click();

    // Sort by code, both ways (the core's order: case-insensitive code).
    const byCode = [...ALL].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en'));
    await list.sortBy(t.list.columns.code);
    await list.expectSorted(t.list.columns.code, 'ascending');
    await list.expectCodes(byCode, true);
    await list.sortBy(t.list.columns.code);
    await list.expectSorted(t.list.columns.code, 'descending');
    await list.expectCodes([...byCode].reverse(), true);
    await journey.screenshot('sorted-by-code-descending');

    // Open a found testimony from the keyboard and come back: the search is still there.
    await list.searchFor('احمد');
    await list.expectCodes(['T-2023-001']);
    await list.openWithKeyboard('T-2023-001', SEED[0]!.title);
    await journey.screenshot('opened');
    if (lang === 'en') await page.keyboard.press('Escape');
    else await page.keyboard.press('Alt+ArrowLeft');
    await list.grid().waitFor();
    expect(await list.search().inputValue()).toBe('احمد');
    await list.expectCodes(['T-2023-001']);
    await journey.expectFocused(list.grid());
    // A click opens a row too.
    await list.row('T-2023-001').click();
    await journey.heading(SEED[0]!.title).waitFor();
    await page.keyboard.press('Escape');
    await list.grid().waitFor();
    expect(await list.search().inputValue()).toBe('احمد');
    expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    await journey.screenshot('back-with-search');
    expect(vault.problems).toEqual([]);
  });

  it.each([
    ['en', en],
    ['ar', ar],
  ] as const)('shows a consent withdrawal once told that the record changed, and sorts by first interview (%s)', async (lang, t) => {
    const vault = await seededVault(e2e, lang);
    const journey = new Journey(vault, t, lang, 'list-consent');
    const list = new ListSteps(journey);
    const page = vault.page;
    await list.expectCodes(ALL);
    const first = SEED[0]!;
    expect((await list.consentBadges(first.code)).map((b) => b.label)).toEqual([t.list.consentArchive, t.list.consentAccountability]);

    // The survivor withdraws consent to the archive and to UN mechanisms (through the real core,
    // as another window would). The list keeps the row it has until it is told...
    const { ids } = await call(vault.api, 'testimonies.query', { text: first.code });
    await call(vault.api, 'records.withdrawConsent', {
      testimonyId: ids[0]!,
      withdrawal: { withdrawnOn: '2025-03-01', scopes: ['archive', 'shareUnMechanisms'] },
    });
    // ...which coming back from the testimony's page does: the row is fetched again.
    await list.row(first.code).click();
    await journey.heading(first.title).waitFor();
    await page.keyboard.press('Escape');
    await list.grid().waitFor();
    await expect.poll(async () => (await list.consentBadges(first.code)).map((b) => b.label)).toEqual([t.list.consentWithdrawn]);
    const [withdrawn] = await list.consentBadges(first.code);
    expect(withdrawn!.title.startsWith(journey.text(t.list.consentWithdrawnDetail, { scopes: '' }))).toBe(true);
    expect(withdrawn!.title).toContain(t.list.scopes.archive);
    expect(withdrawn!.title).toContain(t.list.scopes.shareUnMechanisms);
    // Read out too, not only on hover.
    expect(await list.row(first.code).locator('.consent-badge-withdrawn .visually-hidden').textContent()).toContain(t.list.scopes.shareUnMechanisms);
    // Granted scopes no longer include what was withdrawn: the scope filter leaves it out.
    await list.openFilters();
    await list.filter(t.list.scopes.archive).check();
    await list.expectCodes(['T-2023-002', 'T-2023-003']);
    await list.clearFilters();
    await page.getByRole('button', { name: t.list.filters }).click();
    await journey.screenshot('withdrawn-badge');

    // The first-interview column sorts by the earliest day each (EDTF) date may be: newest first,
    // then oldest first; testimonies without an interview stay at the end either way.
    const column = t.list.columns.interview;
    await list.sortBy(column);
    await list.expectSorted(column, 'descending');
    await list.expectCodes(['T-2024-005', 'T-2023-001', 'T-2023-002', 'T-2023-003', 'ش-2024-004'], true);
    await list.sortBy(column);
    await list.expectSorted(column, 'ascending');
    await list.expectCodes(['T-2023-002', 'T-2023-001', 'T-2024-005', 'T-2023-003', 'ش-2024-004'], true);
    // The "Sort by" menu names it too, apart from the earliest date of interviews and events.
    const menu = page.getByLabel(t.list.sortBy, { exact: true });
    expect(await menu.inputValue()).toBe('firstInterview');
    expect(await menu.locator('option').allTextContents()).toEqual(expect.arrayContaining([t.list.sortKeys.firstInterview, t.list.sortKeys.date]));
    await journey.screenshot('sorted-by-first-interview');
    expect(vault.problems).toEqual([]);
  });

  it('adds a testimony from the list and opens its page', async () => {
    const vault = await seededVault(e2e, 'en');
    const journey = new Journey(vault, en, 'en', 'list-add');
    const list = new ListSteps(journey);
    await list.expectCodes(ALL);
    await journey.button(en.testimony.add).click();
    await journey.field(en.testimony.code).fill('T-2025-006');
    await journey.field(en.testimony.title).fill('A new interview');
    await journey.field(en.testimony.title).press('Enter');
    await journey.heading('A new interview').waitFor();
    await vault.page.keyboard.press('Alt+ArrowLeft');
    await list.expectCodes([...ALL, 'T-2025-006']);
    expect(vault.problems).toEqual([]);
  });

  it('keeps only the rows in view in the page with hundreds of testimonies, and keeps the scroll position', async () => {
    const vault = await e2e.newVault();
    await call(vault.api, 'vault.create', { passphrase: PASSPHRASE });
    const count = 400;
    for (let i = 0; i < count; i++) await call(vault.api, 'testimonies.create', { code: `B-${String(i).padStart(4, '0')}`, title: `Testimony ${i}` });
    await vault.open();
    const journey = new Journey(vault, en, 'en', 'list-many');
    const list = new ListSteps(journey);
    await list.grid().waitFor();
    await list.sortBy(en.list.columns.code);
    await list.expectSorted(en.list.columns.code, 'ascending');
    await expect.poll(() => list.grid().getAttribute('aria-rowcount')).toBe(String(count + 1));
    await expect.poll(async () => (await list.codes())[0]).toBe('B-0000');
    const rendered = await list.rows().count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);

    // End reaches the last testimony; it is rendered, active and announced with its position.
    await list.grid().focus();
    await vault.page.keyboard.press('End');
    const last = list.row(`B-${String(count - 1).padStart(4, '0')}`);
    await last.waitFor();
    expect(await last.getAttribute('aria-rowindex')).toBe(String(count + 1));
    expect(await list.rows().count()).toBeLessThan(60);
    await vault.page.keyboard.press('PageUp');
    await vault.page.keyboard.press('ArrowUp');
    const active = await list.grid().getAttribute('aria-activedescendant');
    const activeCode = await vault.page.locator(`[id="${active}"]`).textContent();
    const scrolled = await scrollTopOf(list.grid());
    expect(scrolled).toBeGreaterThan(0);
    await journey.screenshot('scrolled');

    await vault.page.keyboard.press('Enter');
    await journey.heading(activeCode === null ? '' : `Testimony ${Number(activeCode.slice(2))}`).waitFor();
    await vault.page.keyboard.press('Escape');
    await list.grid().waitFor();
    expect(await scrollTopOf(list.grid())).toBe(scrolled);
    expect(await vault.page.locator(`[id="${await list.grid().getAttribute('aria-activedescendant')}"]`).textContent()).toBe(activeCode);
    expect(vault.problems).toEqual([]);
  });
});

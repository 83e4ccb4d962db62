import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVaultApi, type VaultApi, type VaultApiOptions } from '../../electron/core/api';
import { ar } from '../../renderer/src/i18n/ar';
import { en } from '../../renderer/src/i18n/en';
import { MAX_ROWS_PER_CALL } from '../../shared/domain/testimony-query';
import { launchE2E, type E2E } from '../harness/vault-harness';
import { ROW_HEIGHT } from '../../renderer/src/features/testimony-list/columns';
import { Journey } from './journey';
import { PASSPHRASE, call } from './list-seed';
import { ListSteps } from './list-steps';

const COUNT = 400;
const code = (i: number) => `R-${String(i).padStart(4, '0')}`;

/**
 * The real core, with what the list asks recorded and `testimonies.rows` answers held back
 * while the test says so: a slow batch, to see what the list shows meanwhile.
 */
const asked = { queries: 0, rows: [] as string[][] };
let hold: Promise<void> | null = null;
function createApi(options: VaultApiOptions): VaultApi {
  const api = createVaultApi(options);
  return {
    ...api,
    dispatch: async (operation, input) => {
      if (operation === 'testimonies.query') asked.queries += 1;
      if (operation === 'testimonies.rows') {
        asked.rows.push([...(input as { ids: string[] }).ids]);
        if (hold) await hold;
      }
      return api.dispatch(operation, input);
    },
  };
}

describe('the list fetches rows as they come into view', () => {
  let e2e: E2E;

  beforeAll(async () => {
    e2e = await launchE2E({ createApi });
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it.each([
    ['en', en],
    ['ar', ar],
  ] as const)('asks only the rows in view, and shows placeholders with their position while a batch loads (%s)', async (lang, t) => {
    const vault = await e2e.newVault();
    await call(vault.api, 'vault.create', { passphrase: PASSPHRASE });
    await call(vault.api, 'settings.update', { language: lang });
    for (let i = 0; i < COUNT; i++) await call(vault.api, 'testimonies.create', { code: code(i), title: `Testimony ${i}` });
    asked.queries = 0;
    asked.rows = [];
    await vault.open();
    const journey = new Journey(vault, t, lang, 'list-rows');
    const list = new ListSteps(journey);
    const page = vault.page;
    await list.grid().waitFor();
    await list.sortBy(t.list.columns.code);
    await list.expectSorted(t.list.columns.code, 'ascending');
    await expect.poll(async () => (await list.codes())[0]).toBe(code(0));
    // Two searches (the first list, the sort); every testimony is in the grid's count...
    expect(asked.queries).toBe(2);
    expect(await list.grid().getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
    // ...but only the rows of the first screens were asked, never more than a call may carry.
    const fetched = new Set(asked.rows.flat());
    expect(fetched.size).toBeLessThan(COUNT / 4);
    for (const ids of asked.rows) expect(ids.length).toBeLessThanOrEqual(MAX_ROWS_PER_CALL);

    // Halfway down, its rows held back: placeholders take their places, each with its
    // position and a label, and the keyboard lands on them without waiting.
    const middle = COUNT / 2;
    let release = () => {};
    hold = new Promise<void>((resolve) => (release = resolve));
    try {
      await list.grid().evaluate((grid, top) => ((grid as unknown as { scrollTop: number }).scrollTop = top), middle * ROW_HEIGHT);
      const placeholder = list.grid().locator(`[role="row"][aria-rowindex="${middle + 2}"]`);
      await placeholder.waitFor();
      expect(await placeholder.getAttribute('aria-busy')).toBe('true');
      expect(await placeholder.getAttribute('data-testimony-code')).toBeNull();
      expect(await list.grid().locator('[role="row"][aria-busy="true"]').count()).toBeGreaterThan(5);
      await list.grid().focus();
      const label = journey.text(t.list.rowLoading, { n: middle + 1 });
      await expect.poll(async () => page.locator(`[id="${await list.grid().getAttribute('aria-activedescendant')}"]`).textContent()).toBe(label);
      // Enter on a row still loading opens nothing (checked once the rows are in, below).
      await page.keyboard.press('Enter');
      await journey.screenshot('placeholders');
    } finally {
      hold = null;
      release();
    }
    const row = list.row(code(middle));
    await row.waitFor();
    expect(await list.grid().isVisible()).toBe(true);
    expect(await row.getAttribute('aria-rowindex')).toBe(String(middle + 2));
    expect(await list.grid().locator('[role="row"][aria-busy="true"]').count()).toBe(0);
    const active = await list.grid().getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${active}"]`).textContent()).toBe(code(middle));
    // Still a fraction of the vault: the rows between the top and the middle were never asked.
    expect(new Set(asked.rows.flat()).size).toBeLessThan(COUNT / 2);
    await journey.screenshot('middle-loaded');

    // Back at the top, the rows seen before come from the session's rows: nothing is asked.
    const calls = asked.rows.length;
    await page.keyboard.press('Home');
    await list.row(code(0)).waitFor();
    expect(asked.rows.length).toBe(calls);
    await page.keyboard.press('Enter');
    await journey.heading('Testimony 0').waitFor();
    expect(vault.problems).toEqual([]);
  });
});

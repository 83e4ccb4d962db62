import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import type { Journey } from './journey';

/** Steps on the testimony list, in the journey's language (strings from its translation file). */
export class ListSteps {
  constructor(readonly journey: Journey) {}

  private get t() {
    return this.journey.t;
  }

  private get page() {
    return this.journey.page;
  }

  grid(): Locator {
    return this.page.getByRole('grid', { name: this.t.home.testimonies, exact: true });
  }

  /** Data rows in the DOM (the virtual window), in order. */
  rows(): Locator {
    return this.grid().locator('[role="row"][data-testimony-code]');
  }

  row(code: string): Locator {
    return this.grid().locator(`[role="row"][data-testimony-code="${code}"]`);
  }

  search(): Locator {
    return this.page.getByRole('searchbox', { name: this.t.list.searchLabel, exact: true });
  }

  columnHeader(name: string): Locator {
    return this.grid().getByRole('columnheader', { name, exact: true });
  }

  async codes(): Promise<string[]> {
    // The Node-side types have no DOM: say what is used of it.
    type Row = { getAttribute(name: string): string | null };
    return this.rows().evaluateAll((rows) => rows.map((row) => (row as unknown as Row).getAttribute('data-testimony-code') ?? ''));
  }

  /** Waits until the list shows exactly these testimonies (in this order when `ordered`). */
  async expectCodes(codes: readonly string[], ordered = false): Promise<void> {
    const want = ordered ? [...codes] : [...codes].sort();
    await expect
      .poll(async () => {
        const got = await this.codes();
        return ordered ? got : got.sort();
      })
      .toEqual(want);
    // The grid announces how many rows it has (header row included), and so does the count.
    expect(await this.grid().getAttribute('aria-rowcount')).toBe(String(codes.length + 1));
  }

  async expectCount(filtered: boolean, n: number): Promise<void> {
    const text = this.journey.text(filtered ? this.t.list.countFiltered : this.t.list.count, { n });
    await this.page.getByRole('status').filter({ hasText: text }).waitFor();
  }

  async searchFor(text: string): Promise<void> {
    await this.search().fill(text);
  }

  /** The highlighted parts of a row's title. */
  async marks(code: string): Promise<string[]> {
    return this.row(code).locator('mark').allTextContents();
  }

  async foundIn(code: string): Promise<string> {
    return (await this.row(code).locator('.list-row-found').textContent()) ?? '';
  }

  async openFilters(): Promise<void> {
    const toggle = this.page.getByRole('button', { name: this.t.list.filters });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }

  filter(label: string): Locator {
    return this.page.getByRole('checkbox', { name: label, exact: true });
  }

  async clearFilters(): Promise<void> {
    await this.page.getByRole('button', { name: this.t.list.clearFilters, exact: true }).first().click();
  }

  async sortBy(column: string): Promise<void> {
    await this.columnHeader(column).getByRole('button').click();
  }

  /** The consent badges of a row: their text and their tooltip (what the badge stands for). */
  async consentBadges(code: string): Promise<{ label: string; title: string }[]> {
    type Badge = { title: string; firstChild: { textContent: string | null } | null };
    return this.row(code)
      .locator('.consent-badge')
      .evaluateAll((badges) => badges.map((badge) => ({ label: (badge as unknown as Badge).firstChild?.textContent ?? '', title: (badge as unknown as Badge).title })));
  }

  async expectSorted(column: string, direction: 'ascending' | 'descending'): Promise<void> {
    await expect.poll(() => this.columnHeader(column).getAttribute('aria-sort')).toBe(direction);
  }

  /** Opens the active row from the keyboard: focus the grid, move down, Enter. */
  async openWithKeyboard(code: string, title: string): Promise<void> {
    await this.grid().focus();
    const codes = await this.codes();
    await this.page.keyboard.press('Home');
    for (let i = 0; i < codes.indexOf(code); i++) await this.page.keyboard.press('ArrowDown');
    const active = await this.grid().getAttribute('aria-activedescendant');
    expect(await this.page.locator(`[id="${active}"]`).textContent()).toBe(code);
    await this.page.keyboard.press('Enter');
    await this.journey.heading(title).waitFor();
    expect(await this.grid().isVisible()).toBe(false);
  }
}

/** The grid's scroll offset (the Node-side types have no DOM). */
export function scrollTopOf(grid: Locator): Promise<number> {
  return grid.evaluate((element) => (element as unknown as { scrollTop: number }).scrollTop);
}

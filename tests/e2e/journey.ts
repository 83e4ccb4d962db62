import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Translation } from '../../renderer/src/i18n/en';
import { formatBytes } from '../../renderer/src/i18n/format';
import type { VaultPage } from '../harness/vault-harness';

export type Lang = 'en' | 'ar';

/**
 * Steps of the first-use journey, written once and run in each UI language: every string
 * the test looks for comes from that language's translation file, as a person would read it.
 */
export class Journey {
  private shot = 0;

  constructor(
    readonly vault: VaultPage,
    readonly t: Translation,
    readonly lang: Lang,
    /** Names this journey's screenshots: test-results/e2e/<lang>-<name>-<nn>-<step>.png */
    readonly name: string,
  ) {}

  get page(): Page {
    return this.vault.page;
  }

  /** A translated string with its {{values}} filled in the way i18next does for this language. */
  text(template: string, values: Record<string, string | number> = {}): string {
    return template.replace(/\{\{\s*(\w+)\s*(?:,\s*number\s*)?\}\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`No value for {{${name}}} in "${template}".`);
      return typeof value === 'number' ? new Intl.NumberFormat(this.lang).format(value) : value;
    });
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { name, exact: true });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async screenshot(name: string): Promise<void> {
    this.shot += 1;
    await this.vault.screenshot(`${this.lang}-${this.name}-${String(this.shot).padStart(2, '0')}-${name}`);
  }

  async expectFocused(locator: Locator): Promise<void> {
    const focused = await locator.evaluate((element) => element === (element as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement);
    expect(focused).toBe(true);
  }

  /** Step 1 of the wizard; returns the recovery key groups as shown on step 2. */
  async createVault(passphrase: string): Promise<string[]> {
    const { t } = this;
    await this.heading(t.create.title).waitFor();
    await this.field(t.create.passphrase).fill(passphrase);
    await this.field(t.create.confirm).fill(passphrase);
    await this.page.getByText(t.passphrase.strength4, { exact: true }).or(this.page.getByText(t.passphrase.strength3, { exact: true })).waitFor();
    await this.screenshot('create-passphrase');
    await this.field(t.create.confirm).press('Enter');
    await this.heading(t.recovery.title).waitFor({ timeout: 60_000 });
    await this.page.getByText(t.recovery.warningTitle, { exact: true }).waitFor();
    const groups = await this.page.getByTestId('recovery-key').locator('code').allTextContents();
    await this.screenshot('recovery-key');
    return groups;
  }

  /** Step 3: types a wrong group first (refused), then the two groups asked for. */
  async confirmRecoveryKey(groups: readonly string[]): Promise<void> {
    const { t } = this;
    await this.button(t.recovery.saved).click();
    await this.heading(t.confirmKey.title).waitFor();
    const asked = await this.askedGroups();
    expect(asked).toHaveLength(2);
    const [first, second] = asked as [number, number];
    await this.field(this.text(t.confirmKey.field, { n: first })).fill('ZZZZ');
    await this.field(this.text(t.confirmKey.field, { n: second })).fill(groups[second - 1] ?? '');
    await this.button(t.confirmKey.submit).click();
    await this.page.getByText(this.text(t.confirmKey.wrong, { n: first }), { exact: true }).waitFor();
    await this.screenshot('confirm-key-wrong');
    // Lower case is accepted: people copy by hand.
    await this.field(this.text(t.confirmKey.field, { n: first })).fill((groups[first - 1] ?? '').toLowerCase());
    await this.field(this.text(t.confirmKey.field, { n: first })).press('Enter');
    await this.heading(t.home.testimonies).waitFor();
  }

  /** The group numbers (1-based) the confirmation step asks for, read from its labels. */
  private async askedGroups(): Promise<number[]> {
    const labels = await this.page.locator('.field-key-group label').allTextContents();
    return labels.map((label) => Number(toLatinDigits(label).replace(/\D/g, '')));
  }

  async lockWithButton(): Promise<void> {
    await this.button(this.t.home.lock).click();
    await this.heading(this.t.unlock.title).waitFor();
  }

  async lockWithShortcut(): Promise<void> {
    await this.page.keyboard.press('Control+KeyL');
    await this.heading(this.t.unlock.title).waitFor();
  }

  async refuseWrongPassphrase(): Promise<void> {
    const { t } = this;
    const field = this.field(t.unlock.passphrase);
    await field.fill('this is not the passphrase');
    await field.press('Enter');
    await this.page.getByRole('alert').filter({ hasText: t.errors.WRONG_PASSPHRASE }).waitFor({ timeout: 60_000 });
    await this.expectFocused(field);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await this.screenshot('wrong-passphrase');
  }

  async unlockWithPassphrase(passphrase: string): Promise<void> {
    const field = this.field(this.t.unlock.passphrase);
    await field.fill(passphrase);
    await field.press('Enter');
    await this.heading(this.t.home.testimonies).waitFor({ timeout: 60_000 });
  }

  async unlockWithRecoveryKey(typed: string): Promise<void> {
    const { t } = this;
    await this.button(t.unlock.useRecoveryKey).click();
    const field = this.field(t.unlock.recoveryKey);
    await this.expectFocused(field);
    await field.fill(typed);
    await this.screenshot('unlock-recovery-key');
    await field.press('Enter');
    await this.heading(t.home.testimonies).waitFor({ timeout: 60_000 });
  }

  /** The testimony added last: the one whose page the file steps work on. */
  private added: { code: string; title: string } | null = null;

  /** Adds a testimony from the list: its page opens; back on the list, its row is there. */
  async addTestimony(code: string, title: string): Promise<void> {
    const { t } = this;
    await this.button(t.testimony.add).click();
    await this.field(t.testimony.code).fill(code);
    await this.field(t.testimony.title).fill(title);
    await this.field(t.testimony.title).press('Enter');
    await this.heading(title).waitFor();
    this.added = { code, title };
    await this.backToList();
    await this.testimonyItem(code).waitFor();
  }

  /** Escape on a testimony's page goes back to the list. */
  async backToList(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.heading(this.t.home.testimonies).waitFor();
  }

  /** Opens the testimony added last (a click on its row), unless its page is already shown. */
  async openAdded(): Promise<void> {
    if (!this.added) throw new Error('No testimony was added.');
    if (await this.heading(this.added.title).isVisible()) return;
    await this.testimonyItem(this.added.code).click();
    await this.heading(this.added.title).waitFor();
  }

  /** Adding the same code again is refused in the code field, naming the code. */
  async refuseDuplicateCode(code: string): Promise<void> {
    const { t } = this;
    await this.button(t.testimony.add).click();
    await this.field(t.testimony.code).fill(code);
    await this.field(t.testimony.title).fill('—');
    await this.field(t.testimony.title).press('Enter');
    const expected = this.text(t.errors.DUPLICATE_CODE, { code: `\u2068${code}\u2069` });
    await this.page.getByText(expected, { exact: true }).waitFor();
    await this.expectFocused(this.field(t.testimony.code));
    await this.screenshot('duplicate-code');
    // Escape closes the form and gives focus back to its button.
    await this.field(t.testimony.code).press('Escape');
    await this.expectFocused(this.button(t.testimony.add));
    expect(await this.field(t.testimony.code).count()).toBe(0);
  }

  testimonyItem(code: string): Locator {
    return this.page.locator(`[data-testimony-code="${code}"]`);
  }

  /** Imports one file through the (scripted) dialog and checks the row it makes. */
  async importFile(file: string, name: string): Promise<void> {
    const { t } = this;
    await this.openAdded();
    this.vault.host.queueImportFiles([file]);
    await this.button(t.media.import).click();
    const row = this.page.getByRole('row').filter({ hasText: name });
    await row.waitFor({ timeout: 60_000 });
    const size = (await readFile(file)).length;
    expect(await row.locator('data').getAttribute('value')).toBe(String(size));
    // Human-readable, in this language's number format and unit names.
    expect(await row.locator('data').textContent()).toBe(formatBytes(size, this.lang));
    await this.page.getByText(this.text(t.media.importDone, { done: 1 }), { exact: true }).waitFor();
    // The list now counts the file.
    await this.backToList();
    const files = await this.testimonyItem(this.added!.code).locator('.list-cell-files').textContent();
    expect(files).toBe(new Intl.NumberFormat(this.lang).format(1));
    await this.openAdded();
  }

  /** "Export original…" writes the exact bytes where the (scripted) save dialog said. */
  async exportOriginal(source: string, target: string): Promise<void> {
    const { t } = this;
    this.vault.host.queueSavePath(target);
    await this.button(t.media.export).click();
    await this.page.getByText(t.media.exportedTo).waitFor();
    expect(Buffer.compare(await readFile(target), await readFile(source))).toBe(0);
  }

  /**
   * The original streams to a media element from vault-media:// (decrypted by core, served
   * through the harness's route, allowed by the CSP): a 1 s tone reports a 1 s duration.
   */
  async playsFromVaultMedia(fileName: string): Promise<number> {
    return this.page.evaluate(async (name) => {
      type Reply<T> = { ok: true; value: T } | { ok: false; code: string };
      const g = globalThis as unknown as {
        vault: { invoke<T>(operation: string, input: unknown): Promise<Reply<T>> };
        Audio: new (src: string) => { duration: number; addEventListener(event: string, listener: () => void): void };
      };
      const value = async <T>(reply: Promise<Reply<T>>): Promise<T> => {
        const r = await reply;
        if (!r.ok) throw new Error(r.code);
        return r.value;
      };
      const { items } = await value(g.vault.invoke<{ items: { id: string }[] }>('testimonies.list', {}));
      for (const testimony of items) {
        const media = await value(g.vault.invoke<{ items: { id: string; originalName: string }[] }>('media.list', { testimonyId: testimony.id }));
        const item = media.items.find((m) => m.originalName === name);
        if (!item) continue;
        const { url } = await value(g.vault.invoke<{ url: string }>('media.playbackUrl', { mediaId: item.id }));
        const audio = new g.Audio(url);
        return new Promise<number>((resolve, reject) => {
          audio.addEventListener('loadedmetadata', () => resolve(audio.duration));
          audio.addEventListener('error', () => reject(new Error(`the media element could not load ${url}`)));
        });
      }
      throw new Error(`no media named ${name}`);
    }, fileName);
  }

  /** Main locks on its own (idle timer, screen lock): the page follows the vault.locked event. */
  async lockedByVault(): Promise<void> {
    await this.vault.api.lock('idle');
    await this.heading(this.t.unlock.title).waitFor();
  }

  /** Starts importing a large file, cancels it from its progress bar, and sees it refused. */
  async cancelImport(file: string, name: string): Promise<void> {
    const { t } = this;
    await this.openAdded();
    this.vault.host.queueImportFiles([file]);
    await this.button(t.media.import).click();
    const progress = this.page.getByRole('progressbar', { name: `${t.media.progressLabel} ${name}` });
    await progress.waitFor();
    await this.screenshot('import-progress');
    await this.button(t.media.cancel).click();
    await this.page.getByText(this.text(t.media.importSummary, { done: 0, failed: 1 }), { exact: true }).waitFor({ timeout: 60_000 });
    await this.page.getByRole('listitem').filter({ hasText: name }).filter({ hasText: t.errors.CANCELLED }).waitFor();
    await this.page.getByText(t.media.empty, { exact: true }).waitFor();
    await this.screenshot('import-cancelled');
  }

  /** After a lock nothing read from the vault is left in the page. */
  async expectNoTestimonyDataInPage(secrets: readonly string[]): Promise<void> {
    const html = await this.page.content();
    for (const secret of secrets) expect(html).not.toContain(secret);
  }
}

export function toLatinDigits(text: string): string {
  return text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

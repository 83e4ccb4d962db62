import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { createVaultApi } from '../../electron/core/api';
import type { VaultApi, VaultApiOptions } from '../../electron/core/api';
import { formatMinutes } from '../../renderer/src/features/settings/auto-lock';
import type { Journey } from './journey';

/**
 * The real core, with one addition: an operation can be held until the test lets it go, so
 * the busy state of a passphrase change is seen for certain, not by racing Argon2id. Every
 * call still reaches the real handler, and every call is counted.
 */
export class GatedCore {
  readonly calls: string[] = [];
  private held: { operation: string; promise: Promise<void>; release: () => void } | null = null;

  hold(operation: string): void {
    let release = (): void => undefined;
    const promise = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.held = { operation, promise, release };
  }

  release(): void {
    this.held?.release();
    this.held = null;
  }

  count(operation: string): number {
    return this.calls.filter((name) => name === operation).length;
  }

  readonly createApi = (options: VaultApiOptions): VaultApi => {
    const api = createVaultApi(options);
    return {
      dispatch: async (operation, input) => {
        this.calls.push(String(operation));
        const held = this.held;
        if (held && operation === held.operation) await held.promise;
        return api.dispatch(operation, input);
      },
      serveMedia: (url, range, method) => api.serveMedia(url, range, method),
      importDroppedFiles: (input) => api.importDroppedFiles(input),
      lock: (reason) => api.lock(reason),
      settings: () => api.settings(),
      isUnlocked: () => api.isUnlocked(),
      close: () => api.close(),
    };
  };
}

/** Steps in the Settings dialog, in the journey's language (strings from its translation file). */
export class SettingsSteps {
  constructor(readonly journey: Journey) {}

  private get t() {
    return this.journey.t;
  }

  dialog(): Locator {
    return this.journey.page.getByRole('dialog', { name: this.t.settings.title, exact: true });
  }

  headerButton(): Locator {
    return this.journey.page.getByRole('banner').getByRole('button', { name: this.t.settings.open });
  }

  field(label: string): Locator {
    return this.dialog().getByLabel(label, { exact: true });
  }

  status(text: string): Locator {
    return this.dialog().getByRole('status').filter({ hasText: text });
  }

  /** An error shown under a field and tied to it (aria-describedby), announced as an alert. */
  async expectFieldError(field: Locator, message: string): Promise<void> {
    const alert = this.dialog().getByRole('alert').filter({ hasText: message });
    await alert.waitFor({ timeout: 60_000 });
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const id = await alert.getAttribute('id');
    expect(id).toBeTruthy();
    expect((await field.getAttribute('aria-describedby'))?.split(' ')).toContain(id);
  }

  async openWithButton(): Promise<void> {
    await this.headerButton().click();
    await this.dialog().waitFor();
    // Announced like a new screen: focus on the dialog's title.
    await this.journey.expectFocused(this.dialog().getByRole('heading', { name: this.t.settings.title, exact: true }));
  }

  async openWithShortcut(): Promise<void> {
    await this.journey.page.keyboard.press('Control+Comma');
    await this.dialog().waitFor();
  }

  /** Escape closes the dialog and gives focus back to what opened it. */
  async closeWithEscape(opener: Locator): Promise<void> {
    await this.journey.page.keyboard.press('Escape');
    await this.dialog().waitFor({ state: 'detached' });
    await this.journey.expectFocused(opener);
  }

  /** Tab and Shift+Tab wrap inside the dialog; nothing behind it can take focus. */
  async expectFocusTrapped(lastButton: string): Promise<void> {
    const { page } = this.journey;
    await page.keyboard.press('Shift+Tab');
    await this.journey.expectFocused(this.dialog().getByRole('button', { name: lastButton, exact: true }));
    await page.keyboard.press('Tab');
    await this.journey.expectFocused(this.dialog().getByRole('button', { name: this.t.common.close, exact: true }));
    for (const key of [...Array<string>(14).fill('Tab'), ...Array<string>(14).fill('Shift+Tab')]) {
      await page.keyboard.press(key);
      expect(await this.focusIsInside(), `after ${key}`).toBe(true);
    }
  }

  private async focusIsInside(): Promise<boolean> {
    return this.dialog().evaluate((element) => {
      const node = element as unknown as { contains(other: unknown): boolean; ownerDocument: { activeElement: unknown } };
      return node.contains(node.ownerDocument.activeElement);
    });
  }

  /** Out of range and not a number are refused under the field; then N is saved and confirmed. */
  async setAutoLock(minutes: number, typed: string, notANumber: string): Promise<void> {
    const { t, journey } = this;
    const field = this.field(t.settings.autoLockLabel);
    await field.fill('0');
    await field.press('Enter');
    await this.expectFieldError(field, journey.text(t.settings.autoLockOutOfRange, { min: 1, max: 240 }));
    await journey.expectFocused(field);
    // Enter submitted the auto-lock form only, not the passphrase form below it.
    expect(await this.dialog().getByText(t.settings.currentMissing).count()).toBe(0);
    await field.fill(notANumber);
    await field.press('Enter');
    await this.expectFieldError(field, journey.text(t.settings.autoLockNotWhole, { example: 10 }));
    await journey.screenshot('auto-lock-refused');
    await field.fill(typed);
    await field.press('Enter');
    await this.status(journey.text(t.settings.autoLockSaved, { n: minutes })).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBeNull();
    // Shown back as the UI language writes numbers.
    expect(await field.inputValue()).toBe(formatMinutes(minutes, journey.lang));
    await journey.screenshot('auto-lock-saved');
  }

  async autoLockShown(): Promise<string> {
    return this.field(this.t.settings.autoLockLabel).inputValue();
  }

  /** Values of every input and textarea in the page (a lock must leave none of the dialog's). */
  async typedValues(): Promise<string[]> {
    return this.journey.page.evaluate(() => {
      const doc = (globalThis as unknown as { document: { querySelectorAll(selector: string): Iterable<{ value: string }> } }).document;
      return [...doc.querySelectorAll('input, textarea')].map((element) => element.value);
    });
  }
}

import type { Locator } from 'playwright-core';
import type { Journey } from './journey';

/** Steps on the users dialog and the unlock screen, in the journey's language. */
export class UsersSteps {
  constructor(readonly journey: Journey) {}

  private get t() {
    return this.journey.t;
  }

  dialog(): Locator {
    return this.journey.page.getByRole('dialog', { name: this.t.users.title });
  }

  async open(): Promise<void> {
    await this.journey.button(this.t.users.open).click();
    await this.dialog().waitFor();
  }

  async close(): Promise<void> {
    await this.journey.page.keyboard.press('Escape');
    await this.dialog().waitFor({ state: 'detached' });
  }

  async add(user: { username: string; displayName: string; role: string; passphrase: string }): Promise<void> {
    const { t } = this;
    const d = this.dialog();
    await d.getByLabel(t.users.add.username, { exact: true }).fill(user.username);
    await d.getByLabel(t.users.add.displayName, { exact: true }).fill(user.displayName);
    await d.getByLabel(t.users.add.role, { exact: true }).selectOption(user.role);
    await d.getByLabel(t.users.add.passphrase, { exact: true }).fill(user.passphrase);
    await d.getByRole('button', { name: t.users.add.submit, exact: true }).click();
    await d.getByRole('row').filter({ hasText: user.username }).waitFor({ timeout: 60_000 });
  }

  async remove(displayName: string): Promise<void> {
    const { t } = this;
    const d = this.dialog();
    await d.getByRole('button', { name: this.journey.text(t.users.remove.buttonLabel, { name: displayName }), exact: true }).click();
    await d.getByText(this.journey.text(t.users.remove.confirm, { name: displayName }), { exact: true }).waitFor();
    await this.journey.screenshot('remove-confirm');
    await d.getByRole('button', { name: t.users.remove.confirmButton, exact: true }).click();
    await d.getByRole('row').filter({ hasText: displayName }).waitFor({ state: 'detached', timeout: 60_000 });
  }

  /** Fills username and passphrase on the unlock screen and presses Enter. */
  async submitUnlock(username: string, passphrase: string): Promise<void> {
    const { journey, t } = this;
    await journey.field(t.users.unlock.username).fill(username);
    const field = journey.field(t.unlock.passphrase);
    await field.fill(passphrase);
    await field.press('Enter');
  }

  async unlockAs(username: string, passphrase: string): Promise<void> {
    await this.submitUnlock(username, passphrase);
    await this.journey.heading(this.t.home.testimonies).waitFor({ timeout: 60_000 });
  }
}

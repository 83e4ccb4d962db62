import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ar } from '../../renderer/src/i18n/ar';
import { en } from '../../renderer/src/i18n/en';
import { formatMinutes } from '../../renderer/src/features/settings/auto-lock';
import { launchE2E, type E2E, type VaultPage } from '../harness/vault-harness';
import { Journey } from './journey';
import { GatedCore, SettingsSteps } from './settings-steps';

const FIRST = 'correct horse battery staple';
const SECOND = 'purple elephants dance at midnight';
const THIRD = 'quiet rivers remember every stone';

describe('Settings: auto-lock and the passphrase, in the browser against the real core', () => {
  const core = new GatedCore();
  let e2e: E2E;

  beforeAll(async () => {
    e2e = await launchE2E({ createApi: core.createApi });
  });

  afterEach(() => {
    // A failed test must not leave the next one waiting on a held operation.
    core.release();
  });

  afterAll(async () => {
    await e2e?.close();
  });

  async function start(vault: VaultPage, journey: Journey): Promise<string[]> {
    await vault.open();
    if (journey.lang === 'ar') {
      await vault.page.getByRole('button', { name: 'العربية', exact: true }).click();
    }
    expect(await vault.page.locator('html').getAttribute('dir')).toBe(journey.lang === 'ar' ? 'rtl' : 'ltr');
    const groups = await journey.createVault(FIRST);
    await journey.confirmRecoveryKey(groups);
    return groups;
  }

  /** On the unlock screen: a passphrase that no longer opens the vault is refused. */
  async function refused(journey: Journey, passphrase: string): Promise<void> {
    const field = journey.field(journey.t.unlock.passphrase);
    await field.fill(passphrase);
    await field.press('Enter');
    await journey.page.getByRole('alert').filter({ hasText: journey.t.errors.WRONG_PASSPHRASE }).waitFor({ timeout: 60_000 });
  }

  it.each([
    ['en', en],
    ['ar', ar],
  ] as const)('sets auto-lock, changes the passphrase, and sets a new one after a recovery-key unlock (%s)', async (lang, t) => {
    const vault = await e2e.newVault();
    const journey = new Journey(vault, t, lang, 'settings');
    const settings = new SettingsSteps(journey);
    const { page } = vault;
    const groups = await start(vault, journey);
    const offer = page.getByRole('region', { name: t.settings.offerTitle, exact: true });
    // Unlocked with the passphrase: nothing to offer.
    expect(await offer.count()).toBe(0);

    // Auto-lock: refused values, then 5 minutes, confirmed and used by main's idle timer.
    await settings.openWithButton();
    await journey.screenshot('dialog');
    await settings.expectFocusTrapped(t.settings.changeSubmit);
    // Typed with an Arabic keyboard's digits in the Arabic run.
    await settings.setAutoLock(5, lang === 'ar' ? '٥' : '5', lang === 'ar' ? 'عشرة' : 'ten');
    expect(vault.api.settings().autoLockMinutes).toBe(5);
    await settings.closeWithEscape(settings.headerButton());

    // Kept across a reload (read back with settings.get); the shortcut opens the dialog too.
    await vault.open();
    await journey.heading(t.home.testimonies).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    await settings.openWithShortcut();
    await settings.field(t.settings.autoLockLabel).waitFor();
    expect(await settings.autoLockShown()).toBe(formatMinutes(5, lang));

    // A wrong current passphrase is refused under its field, which takes focus.
    const current = settings.field(t.settings.currentPassphrase);
    await current.fill('this is not the passphrase');
    await settings.field(t.settings.newPassphrase).fill(SECOND);
    await settings.field(t.settings.confirmPassphrase).fill(SECOND);
    await settings.field(t.settings.confirmPassphrase).press('Enter');
    await settings.expectFieldError(current, t.errors.WRONG_PASSPHRASE);
    await journey.expectFocused(current);
    await journey.screenshot('wrong-current');

    // The change: busy while the vault derives keys, no second submission, cannot be closed.
    core.hold('vault.changePassphrase');
    const before = core.count('vault.changePassphrase');
    await current.fill(FIRST);
    await current.press('Enter');
    await settings.status(t.settings.changing).waitFor();
    const submit = settings.dialog().getByRole('button', { name: t.common.working, exact: true });
    expect(await submit.getAttribute('aria-disabled')).toBe('true');
    await current.press('Enter');
    // aria-disabled (not disabled, so focus stays put) is what Playwright calls not enabled: click anyway.
    await submit.click({ force: true });
    await page.keyboard.press('Escape');
    expect(await settings.dialog().isVisible()).toBe(true);
    await journey.screenshot('changing');
    core.release();
    await settings.status(t.settings.changed).waitFor({ timeout: 60_000 });
    expect(core.count('vault.changePassphrase') - before).toBe(1);
    for (const label of [t.settings.currentPassphrase, t.settings.newPassphrase, t.settings.confirmPassphrase]) {
      expect(await settings.field(label).inputValue(), label).toBe('');
    }
    await journey.screenshot('changed');

    // What is typed in the dialog does not survive a lock (shortcut in English, main's idle lock in Arabic).
    const unsent = 'typed but never sent';
    await current.fill(unsent);
    if (lang === 'en') await journey.lockWithShortcut();
    else await journey.lockedByVault();
    expect(await settings.dialog().count()).toBe(0);
    expect(await settings.typedValues()).not.toContain(unsent);
    expect(await page.content()).not.toContain(unsent);

    // The old passphrase is refused, the new one opens the vault.
    await refused(journey, FIRST);
    await journey.unlockWithPassphrase(SECOND);
    expect(await offer.count()).toBe(0);

    // After a recovery-key unlock, the home screen offers a new passphrase.
    await journey.lockWithButton();
    await journey.unlockWithRecoveryKey(groups.join('-'));
    await offer.waitFor();
    await journey.screenshot('offer');
    if (lang === 'en') {
      await offer.getByRole('button', { name: t.settings.offerAction, exact: true }).click();
    } else {
      // Dismissible: "Not now" hides it (focus to the list heading); Settings still offers the reset.
      await offer.getByRole('button', { name: t.settings.offerDismiss, exact: true }).click();
      expect(await offer.count()).toBe(0);
      await journey.expectFocused(journey.heading(t.home.testimonies));
      await settings.headerButton().click();
    }
    await settings.dialog().getByRole('heading', { name: t.settings.resetHeading, exact: true }).waitFor();
    expect(await settings.field(t.settings.currentPassphrase).count()).toBe(0);
    const next = settings.field(t.settings.newPassphrase);
    if (lang === 'en') await journey.expectFocused(next);
    await next.fill(THIRD);
    await settings.field(t.settings.confirmPassphrase).fill(`${THIRD}!`);
    await settings.field(t.settings.confirmPassphrase).press('Enter');
    await settings.expectFieldError(settings.field(t.settings.confirmPassphrase), t.passphrase.mismatch);
    await settings.field(t.settings.confirmPassphrase).fill(THIRD);
    await settings.field(t.settings.confirmPassphrase).press('Enter');
    await settings.status(t.settings.resetDone).waitFor({ timeout: 60_000 });
    await journey.screenshot('reset-done');
    // The offer's button is gone with the offer: focus returns to the header's Settings button.
    await settings.closeWithEscape(settings.headerButton());
    expect(await offer.count()).toBe(0);

    // Done once: the dialog now asks for the current passphrase again.
    await settings.openWithButton();
    await settings.dialog().getByRole('heading', { name: t.settings.changeHeading, exact: true }).waitFor();
    await settings.closeWithEscape(settings.headerButton());

    await journey.lockWithButton();
    await refused(journey, SECOND);
    await journey.unlockWithPassphrase(THIRD);
    expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(vault.problems).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ar } from '../../renderer/src/i18n/ar';
import { en } from '../../renderer/src/i18n/en';
import { launchE2E, type E2E } from '../harness/vault-harness';
import { toLatinDigits } from './journey';
import { PASSPHRASE, callCore, testimonyId } from './record-steps';
import { decodedSeconds, openVault, playsInPage, recordedOriginal, vaultFolder } from './recording-steps';

/** How long each recording is paused: long enough that counting it would show in the duration. */
const PAUSE_MS = 2500;

describe('recording in the app, from Chromium’s fake microphone into the real core', () => {
  let e2e: E2E;

  beforeAll(async () => {
    e2e = await launchE2E({ fakeMedia: true });
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it.each([
    ['en', en],
    ['ar', ar],
  ] as const)('records about 3 s with a pause and two markers; the original plays and its markers are segments (%s)', async (lang, t) => {
    const folder = await vaultFolder();
    try {
      const { vault, journey, steps, recorder, dialogs } = await openVault(e2e, folder.dir, lang, t, 'recording', true);
      const code = lang === 'en' ? 'REC-2024-001' : 'ت-2024-001';
      await steps.addTestimony(code, lang === 'en' ? 'Recorded at the office' : 'شهادة مسجّلة في المكتب');
      await recorder.open();
      await journey.screenshot('recorder-ready');

      await recorder.start();
      await recorder.waitClock(1);
      await recorder.markerByShortcut(lang === 'en' ? 'The checkpoint' : 'الحاجز');
      await recorder.pauseFor(PAUSE_MS);
      await recorder.waitClock(2);
      await recorder.markerByButton();
      await recorder.waitClock(3);
      await recorder.markersSaved();
      // Every second reached the vault as it was recorded.
      expect(await recorder.savedChunks()).toBeGreaterThanOrEqual(2);
      await journey.screenshot('recording');
      // The level meter is a meter with a value a screen reader can read.
      const meter = recorder.meter();
      expect(await meter.getAttribute('aria-valuemin')).toBe('0');
      expect(await meter.getAttribute('aria-valuemax')).toBe('100');
      const valueText = (await meter.getAttribute('aria-valuetext')) ?? '';
      const unit = t.recorder.levelValue.replace('{{db, number}}', '');
      expect(valueText === t.recorder.levelSilent || (valueText.endsWith(unit) && /\d/.test(toLatinDigits(valueText)))).toBe(true);
      const shown = await recorder.stopAndSave();
      await journey.screenshot('recording-saved');

      const id = await testimonyId(vault, code);
      const { media, segments } = await recordedOriginal(vault.api, id);
      expect(media).toMatchObject({ kind: 'audio', contentType: 'audio/webm', damage: null, formatInfo: { codec: 'opus' } });
      // As long as the clock said when Stop was pressed (whole seconds shown): the 2.5 s pause is not in it.
      expect(shown).toBeGreaterThanOrEqual(3);
      expect(media.durationSeconds).toBeGreaterThan(shown - 0.5);
      expect(media.durationSeconds).toBeLessThan(shown + 1.5);
      const decoded = await decodedSeconds(vault.api, media);
      expect(Math.abs(decoded - media.durationSeconds!)).toBeLessThan(0.5);
      expect(await playsInPage(vault, media.id)).toBeGreaterThan(0.5);
      // The markers became segments, in time order, each running to the next.
      expect(segments.map((s) => s.title)).toEqual([lang === 'en' ? 'The checkpoint' : 'الحاجز', journey.text(t.recorder.markerDefault, { n: 2 })]);
      expect(segments[0]!.start).toBeGreaterThanOrEqual(1);
      expect(segments[0]!.end).toBe(segments[1]!.start);
      expect(segments[1]!.start).toBeGreaterThanOrEqual(2);
      // The original is listed in the testimony, with its duration.
      await vault.page.locator(`tr[data-media="${media.id}"]`).waitFor();
      const said = await vault.page.locator('.recorder-outcome').textContent();
      expect(said).toContain(t.recorder.saved.split('(')[0]!.trim());
      // The new original opens below the list and takes focus: it is not left on the page body.
      expect(await vault.page.evaluate(() => (globalThis as unknown as { document: { activeElement: { tagName: string } | null } }).document.activeElement?.tagName)).not.toBe('BODY');
      if (lang === 'ar') expect(await vault.page.locator('html').getAttribute('dir')).toBe('rtl');

      // A second recording, discarded: nothing of it stays.
      await recorder.open();
      await recorder.start();
      await expect.poll(() => recorder.savedChunks(), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
      await recorder.discard();
      expect((await callCore(vault.api, 'media.list', { testimonyId: id })).items.map((m) => m.id)).toEqual([media.id]);
      expect((await callCore(vault.api, 'recording.interrupted', {})).items).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(vault.problems).toEqual([]);
      await vault.close();
    } finally {
      await folder.remove();
    }
  });

  it.each([
    ['en', en],
    ['ar', ar],
  ] as const)('offers a recording cut off by closing the window at the next unlock: one kept (it plays), one discarded (%s)', async (lang, t) => {
    const folder = await vaultFolder();
    try {
      const code = lang === 'en' ? 'INT-1' : 'م-1';
      const title = lang === 'en' ? 'Interrupted interview' : 'مقابلة انقطعت';

      // 1. Recording, then the window is gone: no Stop, no beforeunload, the app quits.
      let opened = await openVault(e2e, folder.dir, lang, t, 'interrupted', true);
      await opened.steps.addTestimony(code, title);
      await opened.recorder.open();
      await opened.recorder.start();
      await opened.recorder.markerByShortcut(lang === 'en' ? 'Before the cut' : 'قبل الانقطاع');
      await opened.recorder.markersSaved();
      await expect.poll(() => opened.recorder.savedChunks(), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
      expect(opened.vault.problems).toEqual([]);
      await opened.vault.page.context().close();
      await opened.vault.close();

      // 2. The next unlock offers it; it is kept and becomes an original that plays.
      opened = await openVault(e2e, folder.dir, lang, t, 'interrupted-keep', false);
      const offer = opened.vault.page.locator('section.interrupted-recordings');
      await offer.getByRole('heading', { name: t.recorder.interrupted.title, exact: true }).waitFor();
      const item = offer.getByRole('listitem').filter({ hasText: code });
      await item.getByText(title).waitFor();
      await opened.journey.screenshot('offer');
      await item.getByRole('button', { name: t.recorder.interrupted.keep, exact: true }).click();
      await offer.getByRole('status').filter({ hasText: code }).waitFor({ timeout: 60_000 });
      await expect.poll(() => item.count()).toBe(0);
      await opened.journey.screenshot('kept');
      const id = await testimonyId(opened.vault, code);
      const { media, segments } = await recordedOriginal(opened.vault.api, id);
      expect(media.durationSeconds).toBeGreaterThanOrEqual(2);
      expect(await decodedSeconds(opened.vault.api, media)).toBeGreaterThanOrEqual(2);
      expect(await playsInPage(opened.vault, media.id)).toBeGreaterThan(0.5);
      expect(segments.map((s) => s.title)).toEqual([lang === 'en' ? 'Before the cut' : 'قبل الانقطاع']);
      expect((await callCore(opened.vault.api, 'recording.interrupted', {})).items).toEqual([]);

      // 3. Another recording cut off by locking (Ctrl+L), then discarded after unlocking (asked first).
      await opened.journey.testimonyItem(code).click();
      await opened.recorder.open();
      await opened.recorder.start();
      await expect.poll(() => opened.recorder.savedChunks(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
      await opened.journey.lockWithShortcut();
      await opened.journey.unlockWithPassphrase(PASSPHRASE);
      const again = opened.vault.page.locator('section.interrupted-recordings');
      const second = again.getByRole('listitem').filter({ hasText: code });
      await second.getByRole('button', { name: t.recorder.interrupted.discard, exact: true }).click();
      const dialog = opened.vault.page.getByRole('dialog', { name: t.recorder.interrupted.discardTitle, exact: true });
      await dialog.waitFor();
      await opened.journey.screenshot('discard-interrupted');
      // Cancel first: nothing happens, focus goes back to the button.
      await dialog.getByRole('button', { name: t.common.cancel, exact: true }).click();
      await opened.journey.expectFocused(second.getByRole('button', { name: t.recorder.interrupted.discard, exact: true }));
      await second.getByRole('button', { name: t.recorder.interrupted.discard, exact: true }).click();
      await dialog.getByRole('button', { name: t.recorder.interrupted.discardConfirm, exact: true }).click();
      await again.getByRole('status').filter({ hasText: code }).waitFor({ timeout: 30_000 });
      expect((await callCore(opened.vault.api, 'recording.interrupted', {})).items).toEqual([]);
      // The kept one is still the testimony's only original.
      expect((await callCore(opened.vault.api, 'media.list', { testimonyId: id })).items.map((m) => m.id)).toEqual([media.id]);
      expect(opened.dialogs).toEqual([]);
      expect(opened.vault.problems).toEqual([]);
      await opened.vault.close();
    } finally {
      await folder.remove();
    }
  });
});

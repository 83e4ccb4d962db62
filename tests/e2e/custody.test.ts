import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ar } from '../../renderer/src/i18n/ar';
import { en } from '../../renderer/src/i18n/en';
import { launchE2E, SCREENSHOT_DIR, type E2E } from '../harness/vault-harness';
import { runCli } from '../unit/cli/run-cli';
import { Journey } from './journey';
import { ageKey, CustodySteps, custodyVault, PASSPHRASE } from './custody-steps';

/**
 * The custody journey in each language: vault details, a recipient with a key from
 * age-keygen, a refused export (consent), an export the stock age decrypts and our verify
 * CLI passes, then the receipt, printed to PDF (Chromium's print, as window.print does).
 */
describe('Custody: address book, export, receipt (browser, real core)', () => {
  let e2e: E2E;
  const folders: string[] = [];

  beforeAll(async () => {
    e2e = await launchE2E();
  });

  afterAll(async () => {
    await e2e?.close();
    await Promise.all(folders.map((f) => fs.rm(f, { recursive: true, force: true })));
  });

  it.each([
    ['en', en],
    ['ar', ar],
  ] as const)('hands a testimony over and prints the receipt (%s)', async (lang, t) => {
    const { dir, work, original } = await custodyVault();
    folders.push(work);
    const vault = await e2e.newVault({ vaultDir: dir });
    const journey = new Journey(vault, t, lang, 'custody');
    const custody = new CustodySteps(journey);
    const { page, host } = vault;
    await vault.open();
    if (lang === 'ar') await page.getByRole('button', { name: 'العربية', exact: true }).click();
    expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    await journey.unlockWithPassphrase(PASSPHRASE);

    await custody.open();
    await journey.screenshot('dialog');
    // Without the vault details nothing is exported, and the dialog says where to set them.
    const { identityFile, publicKey } = ageKey(work);
    const recipient = lang === 'ar' ? 'مكتب المدعي العام' : 'ICC Office of the Prosecutor';
    const fingerprint = await custody.addRecipient(recipient, 'ICC', publicKey);
    await custody.chooseExport(['SY-2024-07'], recipient);
    await custody.startExport();
    await custody.dialog().getByText(t.custody.export.needDetails, { exact: true }).waitFor();

    await custody.setDetails(lang === 'ar' ? 'الأرشيف السوري' : 'Syrian Archive', 'Custodian One');
    await journey.screenshot('vault-details');

    // Consent refuses international courts for SY-2024-09: refused with the reason, nothing asked.
    await custody.chooseExport(['SY-2024-07', 'SY-2024-09'], recipient);
    const dialogs = host.dialogsShown;
    await custody.startExport();
    const refusals = custody.dialog().getByRole('alert').filter({ hasText: t.custody.export.refusedHeading });
    await refusals.waitFor();
    const reason = journey.text(t.custody.export.refusal, {
      code: 'SY-2024-09',
      title: 'شهادة من حمص',
      scope: t.consent.scopes.shareInternationalCourts,
      decision: t.custody.export.decisions.refused,
      kind: t.custody.kinds['international-court'],
    });
    await refusals.getByText(reason, { exact: true }).waitFor();
    expect(await refusals.getByText('SY-2024-07').count()).toBe(0);
    expect(host.dialogsShown).toBe(dialogs);
    await journey.screenshot('refused');

    // The testimony that may go: the save dialog answers, the package is written.
    await custody.dialog().getByRole('checkbox').and(custody.dialog().getByLabel('SY-2024-09')).uncheck();
    const target = path.join(work, 'handover.tar.age');
    host.queueSavePath(target);
    await custody.startExport();
    await custody.dialog().getByText(journey.text(t.custody.export.done, { name: 'handover.tar.age' }), { exact: true }).waitFor({ timeout: 60_000 });
    const shownHash = await custody.dialog().locator('.custody-done code.hash').textContent();
    expect(shownHash).toBe(createHash('sha256').update(await fs.readFile(target)).digest('hex'));
    await journey.screenshot('exported');

    // The recipient, with stock tools and our verify CLI.
    const bagDir = path.join(work, 'received');
    await fs.mkdir(bagDir);
    execFileSync('tar', ['-x', '-C', bagDir], { input: execFileSync('age', ['-d', '-i', identityFile, target]) });
    const [bagName] = await fs.readdir(bagDir);
    const bag = path.join(bagDir, bagName!);
    const originals = await fs.readdir(path.join(bag, 'data', 'originals', 'SY-2024-07'));
    expect((await fs.readFile(path.join(bag, 'data', 'originals', 'SY-2024-07', originals[0]!))).equals(original)).toBe(true);
    expect(await fs.readFile(path.join(bag, 'bag-info.txt'), 'utf8')).toContain(`Source-Organization: ${lang === 'ar' ? 'الأرشيف السوري' : 'Syrian Archive'}`);
    const verified = await runCli(['verify', bag, '--json']);
    expect(verified.code, verified.stdout).toBe(0);

    // The receipt: shown, then printed as the print dialog's "Save as PDF" would.
    await custody.dialog().getByRole('button', { name: t.custody.export.viewReceipt, exact: true }).click();
    const preview = custody.dialog().locator('.receipt-preview');
    await preview.getByRole('heading', { name: t.custody.receipt.title }).waitFor();
    expect(await preview.textContent()).toContain(fingerprint);
    await journey.screenshot('receipt');
    await custody.dialog().getByRole('button', { name: t.custody.receipts.print, exact: true }).waitFor();
    const pdf = path.join(SCREENSHOT_DIR, `${lang}-custody-receipt.pdf`);
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    const pages = execFileSync('pdfinfo', [pdf]).toString();
    expect(pages).toMatch(/Pages:\s+[12]\n/);
    expect(text).toContain(shownHash!);
    expect(text).toContain('SY-2024-07');
    expect(text).toContain(fingerprint);
    // Only the receipt is printed: nothing of the dialog around it.
    expect(text).not.toContain(lang === 'en' ? t.custody.nav.recipients : 'tagmanifest-sha256.txt.minisig');
    if (lang === 'en') {
      for (const words of [t.custody.receipt.title, t.custody.receipt.handedOver, t.custody.receipt.received]) expect(text).toContain(words);
    }

    // The receipts list has it; Escape closes the dialog and focus goes back to the app bar.
    await custody.section('receipts');
    await custody.dialog().getByRole('row').filter({ hasText: 'handover.tar.age' }).waitFor();
    await journey.screenshot('receipts');
    await page.keyboard.press('Escape');
    await custody.dialog().waitFor({ state: 'detached' });
    await journey.expectFocused(custody.appBarButton());
    expect(vault.problems).toEqual([]);
    await vault.close();
  }, 240_000);
});

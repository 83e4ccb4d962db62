import { execFile } from 'node:child_process';
import { truncate } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ar } from '../../renderer/src/i18n/ar';
import { en } from '../../renderer/src/i18n/en';
import { launchE2E, type E2E, type VaultPage } from '../harness/vault-harness';
import { Journey } from './journey';

const run = promisify(execFile);
const PASSPHRASE = 'correct horse battery staple';

/** A one-second 440 Hz tone made by the stock sox tool: a real WAV, generated, not committed. */
async function makeWav(dir: string, name: string): Promise<string> {
  const file = path.join(dir, name);
  await run('sox', ['-n', '-r', '8000', file, 'synth', '1', 'sine', '440']);
  return file;
}

/** Switches the UI to Arabic with the language switch and checks the page turned right to left. */
async function switchToArabic(vault: VaultPage): Promise<void> {
  await vault.page.getByRole('button', { name: 'العربية', exact: true }).click();
  const html = vault.page.locator('html');
  expect(await html.getAttribute('dir')).toBe('rtl');
  expect(await html.getAttribute('lang')).toBe('ar');
}

describe('first use of a vault, in the browser against the real core', () => {
  let e2e: E2E;

  beforeAll(async () => {
    e2e = await launchE2E();
  });

  afterAll(async () => {
    await e2e?.close();
  });

  interface Sample {
    code: string;
    title: string;
    fileName: string;
    /** How the person types the recovery key back from paper. */
    typeKey: (groups: readonly string[]) => string;
  }

  /**
   * The journey both languages take after the wizard: lock, a refused passphrase, unlock
   * with the passphrase, lock by shortcut, unlock with the recovery key, add a testimony (a
   * duplicate is refused), import a generated file, export it back, play it.
   */
  async function lockUnlockAddImport(journey: Journey, vault: VaultPage, groups: readonly string[], sample: Sample): Promise<void> {
    await journey.lockWithButton();
    await journey.refuseWrongPassphrase();
    await journey.unlockWithPassphrase(PASSPHRASE);
    await journey.lockWithShortcut();
    await journey.screenshot('unlock');
    await journey.unlockWithRecoveryKey(sample.typeKey(groups));

    await journey.addTestimony(sample.code, sample.title);
    await journey.refuseDuplicateCode(sample.code);
    const wav = await makeWav(vault.dir, sample.fileName);
    await journey.importFile(wav, sample.fileName);
    await journey.screenshot('testimony-files');
    await journey.exportOriginal(wav, path.join(vault.dir, 'exported.wav'));
    await journey.screenshot('exported');
    expect(await journey.playsFromVaultMedia(sample.fileName)).toBeCloseTo(1, 1);
  }

  it('creates, locks, refuses a wrong passphrase, unlocks both ways, adds a testimony and imports a file (English)', async () => {
    const vault = await e2e.newVault();
    const journey = new Journey(vault, en, 'en', 'journey');
    await vault.open();
    expect(await vault.page.locator('html').getAttribute('dir')).toBe('ltr');

    const groups = await journey.createVault(PASSPHRASE);
    // 256 bits and a checksum in Crockford base32, in groups of four.
    expect(groups.length).toBeGreaterThanOrEqual(2);
    for (const group of groups) expect(group).toMatch(/^[0-9A-Z]{1,4}$/);
    await journey.confirmRecoveryKey(groups);
    await journey.screenshot('home-empty');

    await lockUnlockAddImport(journey, vault, groups, {
      code: 'T-2024-001',
      title: 'Interview in Aleppo, March 2024',
      fileName: 'interview-tone.wav',
      // Typed from paper: lower case, spaces instead of dashes.
      typeKey: (g) => g.join(' ').toLowerCase(),
    });

    // Auto-lock in main: the page hears vault.locked and drops everything it showed.
    await journey.lockedByVault();
    await journey.expectNoTestimonyDataInPage(['T-2024-001', 'Interview in Aleppo', 'interview-tone.wav']);
    await journey.screenshot('locked-by-vault');
    expect(vault.problems).toEqual([]);
  });

  it('does the same journey in the Arabic interface, right to left (العربية)', async () => {
    const vault = await e2e.newVault();
    const journey = new Journey(vault, ar, 'ar', 'journey');
    await vault.open();
    await switchToArabic(vault);

    // The choice is kept (settings.update) and read back at start (settings.get).
    await vault.open();
    await journey.heading(ar.create.title).waitFor();
    expect(await vault.page.locator('html').getAttribute('dir')).toBe('rtl');

    const groups = await journey.createVault(PASSPHRASE);
    await journey.confirmRecoveryKey(groups);
    await journey.screenshot('home-empty');

    await lockUnlockAddImport(journey, vault, groups, {
      code: 'ش-2024-007',
      title: 'مقابلة في حلب، آذار 2024',
      fileName: 'تسجيل المقابلة.wav',
      typeKey: (g) => g.join('-'),
    });

    await journey.lockWithButton();
    await journey.expectNoTestimonyDataInPage(['ش-2024-007', 'مقابلة في حلب', 'تسجيل المقابلة.wav']);
    expect(await vault.page.locator('html').getAttribute('dir')).toBe('rtl');
    await journey.screenshot('locked');
    expect(vault.problems).toEqual([]);
  });

  it.each([
    ['en', en],
    ['ar', ar],
  ] as const)('shows the progress of an import and cancels it on request (%s)', async (lang, t) => {
    const vault = await e2e.newVault();
    const journey = new Journey(vault, t, lang, 'cancel');
    await vault.open();
    if (lang === 'ar') await switchToArabic(vault);
    await journey.confirmRecoveryKey(await journey.createVault(PASSPHRASE));
    await journey.addTestimony('T-2024-002', lang === 'ar' ? 'تسجيل طويل' : 'A long recording');
    // A valid WAV header followed by 2 GiB of (sparse) silence: long enough to cancel in flight.
    const big = await makeWav(vault.dir, 'long-recording.wav');
    await truncate(big, 2 * 1024 ** 3);
    await journey.cancelImport(big, 'long-recording.wav');
    expect(vault.problems).toEqual([]);
  });
});

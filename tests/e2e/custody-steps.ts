import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { consentSchema } from '../../shared/domain/record';
import { passphraseBytes } from '../../electron/core/crypto/passphrase';
import { startIngest } from '../../electron/core/media/ingest';
import { updateConsent } from '../../electron/core/records/record-service';
import { createTestimony } from '../../electron/core/records/testimonies';
import { createVault } from '../../electron/core/vault/open-vault';
import type { Journey } from './journey';

export const PASSPHRASE = 'custody journey passphrase';

/**
 * A vault made with core beforehand: one testimony whose consent allows international courts
 * (with a written original), and one whose consent refuses them.
 */
export async function custodyVault(): Promise<{ dir: string; work: string; original: Buffer }> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'tv-e2e-custody-'));
  const dir = path.join(work, 'vault');
  const { session } = await createVault(dir, passphraseBytes(PASSPHRASE));
  const scopes = consentSchema.parse({}).scopes;
  const original = Buffer.from(`Written statement ${randomBytes(6).toString('hex')} — إفادة مكتوبة\n`.repeat(500));
  for (const [code, title, courts] of [
    ['SY-2024-07', 'شهادة من حلب', true],
    ['SY-2024-09', 'شهادة من حمص', false],
  ] as const) {
    const t = await createTestimony(session, { code, title });
    await updateConsent(session, t.id, consentSchema.parse({ obtained: 'yes', scopes: { ...scopes, archive: true, shareInternationalCourts: courts } }));
    const file = path.join(work, `${code}.txt`);
    await fs.writeFile(file, original);
    await (await startIngest(session, t.id, file, () => undefined)).done;
    await fs.rm(file);
  }
  await session.close();
  return { dir, work, original };
}

export function ageKey(dir: string): { identityFile: string; publicKey: string } {
  const identityFile = path.join(dir, 'recipient.key');
  execFileSync('age-keygen', ['-o', identityFile], { stdio: 'pipe' });
  return { identityFile, publicKey: execFileSync('age-keygen', ['-y', identityFile]).toString().trim() };
}

/** The custody dialog, as a person uses it (with the keyboard where it matters). */
export class CustodySteps {
  constructor(private readonly journey: Journey) {}

  private get c() {
    return this.journey.t.custody;
  }

  dialog(): Locator {
    return this.journey.page.getByRole('dialog', { name: this.c.title });
  }

  appBarButton(): Locator {
    return this.journey.page.getByRole('banner').getByRole('button', { name: this.c.open, exact: true });
  }

  /** Opened from the app bar with the keyboard. */
  async open(): Promise<void> {
    await this.appBarButton().focus();
    await this.journey.page.keyboard.press('Enter');
    await this.dialog().waitFor();
  }

  async section(name: keyof Journey['t']['custody']['nav']): Promise<void> {
    await this.dialog().getByRole('navigation').getByRole('button', { name: this.c.nav[name], exact: true }).click();
  }

  async setDetails(organization: string, contact: string): Promise<void> {
    await this.section('vault');
    const d = this.dialog();
    await d.getByLabel(this.c.details.organization, { exact: true }).fill(organization);
    await d.getByLabel(this.c.details.contactName, { exact: true }).fill(contact);
    await d.getByRole('button', { name: this.c.details.save, exact: true }).click();
    await d.getByText(this.c.details.saved, { exact: true }).waitFor();
  }

  /** Adds a recipient; a key with a broken checksum is refused first, in the UI language. */
  async addRecipient(name: string, organization: string, publicKey: string): Promise<string> {
    await this.section('recipients');
    const d = this.dialog();
    const r = this.c.recipients;
    await d.getByLabel(r.name, { exact: true }).fill(name);
    await d.getByLabel(r.organization, { exact: true }).fill(organization);
    await d.getByLabel(r.kind, { exact: true }).selectOption({ label: this.c.kinds['international-court'] });
    const broken = `${publicKey.slice(0, -1)}${publicKey.endsWith('q') ? 'p' : 'q'}`;
    await d.getByLabel(r.publicKey, { exact: true }).fill(broken);
    await d.getByRole('button', { name: r.save, exact: true }).click();
    await d.getByText(r.badKey, { exact: true }).waitFor();
    await this.journey.screenshot('recipient-bad-key');
    await d.getByLabel(r.publicKey, { exact: true }).fill(publicKey);
    await d.getByLabel(r.publicKey, { exact: true }).press('Enter');
    await d.getByText(this.journey.text(r.saved, { name }), { exact: true }).waitFor();
    const row = d.getByRole('row').filter({ hasText: name });
    const fingerprint = (await row.locator('code').textContent()) ?? '';
    expect(fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
    await this.journey.screenshot('address-book');
    return fingerprint;
  }

  async chooseExport(codes: readonly string[], recipient: string): Promise<void> {
    await this.section('export');
    const d = this.dialog();
    for (const code of codes) await d.getByRole('checkbox').and(d.getByLabel(code)).check();
    await d.getByRole('checkbox').and(d.getByLabel(recipient)).check();
  }

  async startExport(): Promise<void> {
    await this.dialog().getByRole('button', { name: this.c.export.start, exact: true }).click();
  }
}

import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import type { OperationName } from '../../shared/contract/names';
import type { OperationInput, OperationOutput } from '../../shared/contract/operations';
import type { VaultApi } from '../../electron/core/api';
import type { SectionId } from '../../renderer/src/features/record/logic/sections';
import type { E2E, VaultPage } from '../harness/vault-harness';
import type { Translation } from '../../renderer/src/i18n/en';
import { Journey, type Lang } from './journey';

/** An operation on the real core from the test process, for preconditions and for checking what was stored. */
export async function callCore<K extends OperationName>(api: VaultApi, operation: K, input: OperationInput<K>): Promise<OperationOutput<K>> {
  const reply = await api.dispatch(operation, input);
  if (!reply.ok) throw new Error(`${operation}: ${reply.code} ${reply.message}`);
  return reply.value as OperationOutput<K>;
}

/** First-strong isolate … pop directional isolate: how the page wraps values inside sentences. */
export const iso = (text: string) => `\u2068${text}\u2069`;

export const PASSPHRASE = 'correct horse battery staple';
/** A testimony recorded earlier, and the testimony each test records (Arabic values). */
export const EARLIER = { code: 'T-2023-050', title: 'Earlier testimony, Homs' };
export const CODE = 'ش-2024-010';
export const TITLE = 'شهادة عن الاعتقال في حلب';

/**
 * A vault created through the real core, unlocked and shown in `lang`, on its list. Any
 * alert(), confirm() or prompt() the page opens is recorded: there must be none.
 */
export async function start(e2e: E2E, lang: Lang, t: Translation, name: string) {
  const vault = await e2e.newVault();
  await callCore(vault.api, 'vault.create', { passphrase: PASSPHRASE });
  await callCore(vault.api, 'settings.update', { language: lang });
  const dialogs: string[] = [];
  vault.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await vault.open();
  const journey = new Journey(vault, t, lang, name);
  await journey.heading(t.home.testimonies).waitFor();
  return { vault, journey, steps: new RecordSteps(journey), page: vault.page, dialogs };
}

export async function testimonyId(vault: VaultPage, code: string): Promise<string> {
  const { items } = await callCore(vault.api, 'testimonies.list', {});
  const found = items.find((item) => item.code === code);
  if (!found) throw new Error(`no testimony ${code}`);
  return found.id;
}

/** Steps on the testimony page, in the journey's language (every string from its translation file). */
export class RecordSteps {
  constructor(readonly journey: Journey) {}

  private get t() {
    return this.journey.t;
  }

  private get page() {
    return this.journey.page;
  }

  section(id: SectionId): Locator {
    return this.page.locator(`section.record-section-${id}`);
  }

  /** A button by its exact accessible name inside a part of the page. */
  button(within: Locator, name: string): Locator {
    return within.getByRole('button', { name, exact: true });
  }

  field(within: Locator, label: string): Locator {
    return within.getByLabel(label, { exact: true });
  }

  /** The alert under the field labelled `label` (inputs name their error with aria-describedby). */
  async fieldError(within: Locator, label: string): Promise<string> {
    const field = this.field(within, label);
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ');
    const texts = await Promise.all(ids.map((id) => this.page.locator(`[id="${id}"][role="alert"]`).allTextContents()));
    return texts.flat().join(' ');
  }

  /** "Add testimony" on the list: the new testimony's page opens, its title the main heading. */
  async addTestimony(code: string, title: string): Promise<void> {
    const { t } = this;
    await this.journey.button(t.testimony.add).click();
    await this.journey.field(t.testimony.code).fill(code);
    await this.journey.field(t.testimony.title).fill(title);
    await this.journey.field(t.testimony.title).press('Enter');
    await this.page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
    await this.section('overview').waitFor();
  }

  async backToList(): Promise<void> {
    await this.journey.button(this.t.record.back).click();
    await this.journey.heading(this.t.home.testimonies).waitFor();
  }

  /** Opens the editor of a whole section ("Edit: Overview"). */
  async editSection(id: SectionId): Promise<Locator> {
    const name = this.journey.text(this.t.record.editSection, { section: this.t.record.sections[id] });
    await this.button(this.section(id), name).click();
    const form = this.section(id).getByRole('form', { name, exact: true });
    await form.waitFor();
    return form;
  }

  /** Save in a form; waits for the form to close and "Saved." to be announced. */
  async save(form: Locator, within: Locator, label = this.t.record.save): Promise<void> {
    await this.button(form, label).click();
    await form.waitFor({ state: 'detached', timeout: 30_000 });
    await within.getByText(this.t.record.saved, { exact: true }).first().waitFor();
  }

  /** Types into a chip list (tags, interviewers, languages) and confirms with Enter. */
  async addChip(form: Locator, label: string, value: string): Promise<void> {
    const input = this.field(form, label);
    await input.fill(value);
    await input.press('Enter');
    await expect.poll(() => input.inputValue()).toBe('');
  }

  /** Chooses a radio of a fieldset by the fieldset's legend and the choice's label. */
  async choose(within: Locator, legend: string, choice: string): Promise<void> {
    await within.getByRole('group', { name: legend, exact: true }).getByRole('radio', { name: choice, exact: true }).check();
  }

  /** The checklist item's state, as the page shows it. */
  async checklistDone(item: string): Promise<boolean> {
    return (await this.page.locator(`.checklist [data-check="${item}"]`).getAttribute('data-done')) === 'true';
  }

  /** Scope -> decision as the consent section's table shows it. */
  async decisions(): Promise<Record<string, string>> {
    const rows = this.section('consent').locator('tr[data-scope]');
    const out: Record<string, string> = {};
    for (const row of await rows.all()) out[(await row.getAttribute('data-scope')) ?? ''] = (await row.getAttribute('data-decision')) ?? '';
    return out;
  }
}

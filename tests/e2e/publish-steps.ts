import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import type { VaultApi } from '../../electron/core/api';
import type { Translation } from '../../renderer/src/i18n/en';
import type { E2E } from '../harness/vault-harness';
import { Journey, type Lang } from './journey';
import { PASSPHRASE, callCore, iso } from './record-steps';

/**
 * An Arabic testimony with several people, each recorded under several spellings and
 * aliases, and a typed transcript that names them in still other forms: with and without
 * the article and hamza, joined or apart, ta marbuta written as ha, a Latin transliteration.
 */
export const CODE = 'ش-2024-031';
export const TITLE = 'شهادة عن الاعتقال عند الحاجز';

export const PEOPLE = {
  survivor: { legalName: 'فاطمة الزهراء عبد الرحمن', names: [{ value: 'Fatima Abdulrahman', script: 'Latn', kind: 'spelling' as const }, { value: 'أم خالد', script: 'Arab', kind: 'alias' as const }], sexGender: 'female' },
  witness: { legalName: 'مصطفى الحلبي', names: [{ value: 'أبو سمير', script: 'Arab', kind: 'nickname' as const }, { value: 'Mustafa al-Halabi', script: 'Latn', kind: 'spelling' as const }], sexGender: 'male' },
  officer: { legalName: 'جميل الحسن', names: [{ value: 'Jamil Hassan', script: 'Latn', kind: 'spelling' as const }], sexGender: 'male' },
};

export const PARAGRAPHS = [
  'اسمي فاطمة الزهراء عبد الرحمن، ويناديني الجيران أم خالد.',
  'في ربيع 2013 اعتقلوني عند الحاجز مع جاري مصطفى الحلبي، أبو سمير.',
  'المحقق جميل الحسن سألني عن زوجي. قلت له إن فاطمه عبدالرحمن لا تعرف شيئاً.',
  'كان معنا في الزنزانة رجل يلقبونه الدكتور، وكان الدكتور يداوي الجرحى في حي الشعار.',
  'بعد الإفراج عني أخبرني أبو سمير أن Fatima Abdulrahman ما زالت مطلوبة.',
];
/** Every spelling that must not reach a publication. */
export const SENSITIVE = [
  'فاطمة',
  'فاطمه',
  'عبد الرحمن',
  'عبدالرحمن',
  'أم خالد',
  'Fatima',
  'Abdulrahman',
  'مصطفى',
  'الحلبي',
  'أبو سمير',
  'جميل',
  'الحسن',
  'الدكتور',
  'حي الشعار',
];

/** A vault with the testimony above (record, consent to publish anonymised text, transcript), open on the list. */
export async function startWithTestimony(e2e: E2E, lang: Lang, t: Translation, name: string) {
  const vault = await e2e.newVault();
  const api = vault.api;
  await callCore(api, 'vault.create', { passphrase: PASSPHRASE });
  await callCore(api, 'settings.update', { language: lang });
  const testimony = await callCore(api, 'testimonies.create', { code: CODE, title: TITLE });
  await seedRecord(api, testimony.id);
  const dialogs: string[] = [];
  vault.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await vault.open();
  const journey = new Journey(vault, t, lang, name);
  await journey.heading(t.home.testimonies).waitFor();
  return { vault, journey, steps: new PublishSteps(journey), page: vault.page, dialogs, testimonyId: testimony.id };
}

async function seedRecord(api: VaultApi, testimonyId: string): Promise<void> {
  for (const [key, role] of [
    ['survivor', 'survivor'],
    ['witness', 'witness'],
    ['officer', 'alleged-perpetrator'],
  ] as const) {
    const person = await callCore(api, 'people.create', { code: `P-${key}`, identity: { ...PEOPLE[key], nationality: [], contact: '', notes: '', birthDate: null } });
    await callCore(api, 'records.linkPerson', { testimonyId, link: { personId: person.id, role, ageAtEvents: '', notes: '' } });
  }
  const view = await callCore(api, 'records.get', { testimonyId });
  await callCore(api, 'records.updateConsent', {
    testimonyId,
    consent: { ...view.record.consent, obtained: 'yes', scopes: { ...view.record.consent.scopes, archive: true, publishAnonymisedText: true, publishIdentity: false } },
  });
  const transcript = await callCore(api, 'transcripts.create', { testimonyId, mediaId: null, kind: 'transcript', language: 'ar', sourceId: null });
  await callCore(api, 'transcripts.save', {
    transcriptId: transcript.id,
    baseVersion: 0,
    paragraphs: PARAGRAPHS.map((text) => ({ id: randomUUID(), start: null, speaker: '', text })),
  });
}

/** The little of the DOM the selection step uses (the Node-side types have no DOM). */
interface PageNode {
  nodeValue: string | null;
}
interface PageWindow {
  document: {
    createTreeWalker(root: unknown, show: number): { nextNode(): PageNode | null };
    createRange(): { setStart(node: PageNode, offset: number): void; setEnd(node: PageNode, offset: number): void };
    getSelection(): { removeAllRanges(): void; addRange(range: unknown): void; toString(): string };
  };
  MouseEvent: new (type: string, init: { bubbles: boolean }) => unknown;
}

/** Selects the nth occurrence of a word inside `root` and releases the mouse there; runs in the page. */
function selectWord(root: unknown, { word, nth }: { word: string; nth: number }): string {
  const page = globalThis as unknown as PageWindow;
  const doc = page.document;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    for (let at = value.indexOf(word); at !== -1; at = value.indexOf(word, at + 1)) {
      if (seen++ !== nth) continue;
      const range = doc.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const selection = doc.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      (root as { dispatchEvent(event: unknown): void }).dispatchEvent(new page.MouseEvent('mouseup', { bubbles: true }));
      return selection.toString();
    }
  }
  throw new Error(`not found: ${word}`);
}

/** Steps in the narratives section, in the journey's language. */
export class PublishSteps {
  constructor(readonly journey: Journey) {}

  private get t() {
    return this.journey.t.redaction;
  }

  private get page() {
    return this.journey.page;
  }

  section(): Locator {
    return this.page.locator('section.record-section-narratives');
  }

  button(name: string, within: Locator = this.section()): Locator {
    return within.getByRole('button', { name, exact: true });
  }

  suggestions(): Locator {
    return this.section().locator('.pb-suggestions');
  }

  redactions(): Locator {
    return this.section().locator('.pb-redactions');
  }

  text(): Locator {
    return this.section().locator('.pb-text').first();
  }

  async openTestimony(): Promise<void> {
    await this.page.getByRole('row').filter({ hasText: CODE }).first().click();
    await this.page.getByRole('heading', { level: 1, name: TITLE, exact: true }).waitFor();
    await this.section().scrollIntoViewIfNeeded();
  }

  /** New narrative from the (only) transcript; the editor opens on it. */
  async createNarrative(title: string): Promise<void> {
    await this.button(this.t.section.new).click();
    const form = this.section().getByRole('form', { name: this.t.create.heading, exact: true });
    await form.getByLabel(this.t.create.title, { exact: true }).fill(title);
    await expect.poll(() => form.getByLabel(this.t.create.from, { exact: true }).inputValue()).not.toBe('');
    await this.button(this.t.create.submit, form).click();
    await this.section().getByRole('heading', { level: 3, name: title, exact: true }).waitFor();
  }

  /** The suggestion group of an entity, by the name the list shows. */
  group(label: string): Locator {
    return this.suggestions().locator('.pb-group').filter({ has: this.page.locator('.pb-group-label', { hasText: label }) });
  }

  async acceptAll(label: string): Promise<void> {
    const group = this.group(label);
    const name = (await group.getByRole('button').first().textContent()) ?? '';
    // The name sits in its own direction inside the sentence (an isolate), whatever the UI language.
    expect(name.startsWith(this.journey.text(this.t.suggestions.acceptAll, { label: iso(label), n: 0 }).split('(')[0]!)).toBe(true);
    await group.getByRole('button').first().click();
    await group.waitFor({ state: 'detached' });
  }

  /** Selects the `nth` occurrence of `word` in the redaction view, as a mouse drag does, and releases. */
  async select(word: string, nth = 0): Promise<void> {
    // Run in the page (the Node-side types have no DOM): a Range over the word's text node.
    const selected = await this.text().evaluate(selectWord, { word, nth });
    expect(selected).toBe(word);
  }

  /** A close-up of the section beside the journey's full-page screenshots: test-results/e2e/<lang>-publish-close-<name>.png */
  async closeUp(name: string): Promise<void> {
    await this.section().screenshot({ path: path.join('test-results', 'e2e', `${this.journey.lang}-${this.journey.name}-close-${name}.png`) });
  }

  markForm(): Locator {
    return this.section().locator('form.pb-mark-form');
  }

  async save(): Promise<void> {
    await this.button(this.t.editor.save).click();
    await this.section().locator('.pb-notice').waitFor();
    await expect.poll(() => this.section().locator('.pb-dirty').count()).toBe(0);
  }

  /**
   * Another person at the same computer: Lock in the app bar, then the unlock screen with
   * their own username and passphrase, and the narrative opened again from the testimony.
   */
  async switchUser(username: string, passphrase: string, narrativeTitle: string): Promise<void> {
    const { t } = this.journey;
    await this.page.locator('.button-lock').click();
    await this.journey.heading(t.unlock.title).waitFor();
    await this.journey.field(t.users.unlock.username).fill(username);
    await this.journey.field(t.unlock.passphrase).fill(passphrase);
    await this.journey.button(t.unlock.submit).click();
    await this.journey.heading(t.home.testimonies).waitFor({ timeout: 60_000 });
    await this.openTestimony();
    await this.button(narrativeTitle).click();
    await this.section().getByRole('heading', { level: 3, name: narrativeTitle, exact: true }).waitFor();
  }

  mode(name: string): Locator {
    return this.section().locator('.pb-modes').getByRole('button', { name, exact: true });
  }

  exportDialog(): Locator {
    return this.page.getByRole('dialog', { name: this.t.export.title, exact: true });
  }

  status(): Promise<string | null> {
    return this.section().locator('.pb-review .pb-status').getAttribute('data-status');
  }
}

import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ar } from '../../renderer/src/i18n/ar';
import { en } from '../../renderer/src/i18n/en';
import { normalizeForSearch } from '../../shared/text/normalize';
import { launchE2E, type E2E } from '../harness/vault-harness';
import { PASSPHRASE, callCore, iso } from './record-steps';
import { PEOPLE, SENSITIVE, startWithTestimony } from './publish-steps';

const NARRATIVE = 'شهادة امرأة من حلب';
const REVIEWER_PASSPHRASE = 'a second reviewer reads every line';
/** A sentence the editor adds after redacting, naming the witness by his nickname, and forgets to redact. */
const MISSED = 'وقال لي أبو سمير لاحقاً إنه رآها في المستشفى.';

/** True when the text holds the term in any spelling the search normalisation folds together. */
const mentions = (text: string, term: string) => ` ${normalizeForSearch(text)} `.includes(normalizeForSearch(term));

describe('redacting, reviewing and exporting a narrative, in the browser against the real core', () => {
  let e2e: E2E;

  beforeAll(async () => {
    e2e = await launchE2E();
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it.each([
    ['en', en],
    ['ar', ar],
  ] as const)(
    'an Arabic testimony with several people is redacted in the UI, reviewed by a second user and exported without a name (%s)',
    async (lang, t) => {
      const { vault, journey, steps, page, dialogs, testimonyId } = await startWithTestimony(e2e, lang, t, 'publish');
      const tr = t.redaction;
      await steps.openTestimony();
      await steps.createNarrative(NARRATIVE);
      const [narrative] = (await callCore(vault.api, 'publish.list', { testimonyId })).items;
      expect(narrative?.status).toBe('draft');
      expect(narrative?.source.kind).toBe('transcript');

      // The record's people are suggested in every spelling the text uses.
      await steps.group(PEOPLE.survivor.legalName).waitFor();
      const survivorTexts = await steps.group(PEOPLE.survivor.legalName).locator('.pb-occurrences mark').allTextContents();
      // Her given and family names, written with ha for ta marbuta and joined, are found as parts of her name.
      expect(survivorTexts).toEqual(['فاطمة الزهراء عبد الرحمن', 'أم خالد', 'فاطمه', 'عبدالرحمن', 'Fatima Abdulrahman']);
      await steps.text().scrollIntoViewIfNeeded();
      await journey.screenshot('suggestions');

      // One occurrence of the witness accepted: his other occurrences are flagged, first in the list.
      const witness = steps.group(PEOPLE.witness.legalName);
      await witness.getByRole('button', { name: journey.text(tr.suggestions.acceptOne, { text: iso('مصطفى الحلبي') }), exact: true }).click();
      await steps.suggestions().locator('.pb-group').first().and(page.locator('[data-flagged="true"]')).waitFor();
      expect(await steps.suggestions().locator('.pb-group').first().locator('.pb-group-label').textContent()).toBe(PEOPLE.witness.legalName);
      await page.getByText(journey.text(tr.suggestions.flagged, { n: 2 }), { exact: true }).waitFor();
      await journey.screenshot('flagged');
      await steps.closeUp('flagged');

      // Everyone else, all at once per person.
      await steps.acceptAll(PEOPLE.witness.legalName);
      await steps.acceptAll(PEOPLE.survivor.legalName);
      await steps.acceptAll(PEOPLE.officer.legalName);

      // A nickname nobody recorded: selected with the mouse, redacted as a third party; its second occurrence is flagged.
      await steps.select('الدكتور');
      const form = steps.markForm();
      await form.waitFor();
      await form.getByLabel(tr.mark.category, { exact: true }).selectOption('thirdParty');
      await form.getByRole('button', { name: tr.mark.submit, exact: true }).click();
      await steps.group('الدكتور').waitFor();
      expect(await steps.group('الدكتور').getAttribute('data-flagged')).toBe('true');
      await steps.acceptAll('الدكتور');

      // A place found by typing it without the article's hamza rules: every occurrence, as a label.
      await steps.section().getByLabel(tr.find.label, { exact: true }).fill('حي الشعار');
      await steps.button(journey.text(tr.find.mark, { n: 1 })).click();
      await form.getByLabel(tr.mark.category, { exact: true }).selectOption('place');
      await form.getByLabel(tr.mark.policy, { exact: true }).selectOption('label');
      await form.getByRole('button', { name: tr.mark.submit, exact: true }).click();
      await form.waitFor({ state: 'detached' });

      // Pseudonyms: the survivor is "الناجية أ" in the Arabic publication, whatever the spelling replaced.
      const survivorRow = steps.redactions().locator('.pb-group').filter({ hasText: PEOPLE.survivor.legalName });
      expect(await survivorRow.locator('.pb-replacement').textContent()).toBe('الناجية أ');
      await page.getByText(tr.suggestions.none, { exact: true }).waitFor();
      await journey.screenshot('redacted');

      // Leaving with unsaved redactions asks first.
      await steps.button(tr.editor.back).click();
      const leave = page.getByRole('dialog', { name: tr.leave.title, exact: true });
      await leave.waitFor();
      await leave.getByRole('button', { name: tr.leave.stay, exact: true }).click();
      await steps.save();

      // The preview is what the core will publish: no spelling of anyone left, the leak check clean.
      await steps.mode(tr.editor.mode.preview).click();
      await page.getByText(tr.preview.clean, { exact: true }).waitFor();
      const published = (await steps.section().getByTestId('narrative-preview').textContent()) ?? '';
      for (const term of SENSITIVE) expect(mentions(published, term), term).toBe(false);
      expect(published).toContain('الناجية أ');
      // The two halves of her name, found apart, are one pseudonym.
      expect(published).toContain('إن الناجية أ لا تعرف');
      await journey.screenshot('preview');
      await steps.closeUp('preview');

      // The editor adds a sentence naming the witness again and misses it: the preview warns, she submits anyway.
      await steps.mode(tr.editor.mode.text).click();
      const textarea = steps.section().getByRole('textbox', { name: tr.editor.textLabel, exact: true });
      await textarea.fill(`${await textarea.inputValue()}\n${MISSED}`);
      await steps.mode(tr.editor.mode.preview).click();
      await page.getByText(journey.text(tr.preview.leaks, { n: 1 }), { exact: true }).waitFor();

      // Meanwhile a colleague saves the narrative: her save is refused, nothing overwritten, until she chooses.
      const theirs = (await callCore(vault.api, 'publish.get', { narrativeId: narrative!.id })).narrative;
      await callCore(vault.api, 'publish.save', { narrativeId: theirs.id, expectedVersion: theirs.version, title: 'عنوان من زميل', publication: theirs.publication, document: theirs.document });
      await steps.button(tr.editor.save).click();
      await steps.section().getByText(tr.conflict.text, { exact: true }).waitFor();
      expect(await steps.section().locator('.pb-dirty').count()).toBe(1);
      await steps.closeUp('conflict');
      await steps.button(tr.conflict.saveMine).click();
      await steps.section().locator('.pb-notice').waitFor();
      await expect.poll(() => steps.section().locator('.pb-dirty').count()).toBe(0);
      const mine = (await callCore(vault.api, 'publish.get', { narrativeId: narrative!.id })).narrative;
      expect([mine.version, mine.title, mine.document.text.endsWith(MISSED)]).toEqual([theirs.version + 2, NARRATIVE, true]);
      await steps.button(tr.review.submit).click();
      await expect.poll(() => steps.status()).toBe('submitted');

      // The same person cannot approve what she wrote.
      await steps.button(tr.review.approve).click();
      await page.getByText(tr.review.sameEditor, { exact: true }).waitFor();
      expect(await steps.status()).toBe('submitted');
      await journey.screenshot('same-editor');

      // A second person, with her own passphrase, reviews and approves it.
      await callCore(vault.api, 'users.add', { username: 'reviewer', displayName: 'Reviewer', role: 'administrator', passphrase: REVIEWER_PASSPHRASE });
      await steps.switchUser('reviewer', REVIEWER_PASSPHRASE, NARRATIVE);
      await steps.button(tr.review.approve).click();
      await expect.poll(() => steps.status()).toBe('approved');
      expect(await steps.section().locator('.pb-review .pb-facts').textContent()).toContain('Reviewer');

      // Export: the missed name is found in every output, the spot named; nothing is written, no folder asked.
      const shown = vault.host.dialogsShown;
      await steps.button(tr.review.export).click();
      const dialog = steps.exportDialog();
      await dialog.waitFor();
      await dialog.getByRole('button', { name: tr.export.submit, exact: true }).click();
      await dialog.getByText(tr.export.refusedTitle, { exact: true }).waitFor({ timeout: 120_000 });
      const files = await dialog.locator('.pb-leak-table tbody tr').evaluateAll((rows) => rows.map((r) => (r as unknown as { dataset: { file: string } }).dataset.file));
      for (const file of ['narrative.pdf', 'narrative.html', 'narrative.docx', 'narrative.md']) expect(files, file).toContain(file);
      const found = await dialog.locator('.pb-leak-table tbody tr td:last-child').allTextContents();
      expect(found.every((f) => mentions(f, 'أبو سمير'))).toBe(true);
      expect(vault.host.dialogsShown).toBe(shown);
      await journey.screenshot('export-refused');
      await dialog.screenshot({ path: `test-results/e2e/${lang}-publish-close-export-refused.png` });
      await dialog.getByRole('button', { name: t.common.close, exact: true }).click();

      // Back to the editor with a note; she redacts the flagged occurrence and submits again.
      await steps.button(tr.review.return).click();
      await steps.section().getByLabel(tr.review.note, { exact: true }).fill('أبو سمير ما زال ظاهرًا في الجملة الأخيرة.');
      await steps.button(tr.review.confirmReturn).click();
      await expect.poll(() => steps.status()).toBe('draft');
      await steps.switchUser('admin', PASSPHRASE, NARRATIVE);
      expect(await steps.group(PEOPLE.witness.legalName).getAttribute('data-flagged')).toBe('true');
      await steps.acceptAll(PEOPLE.witness.legalName);
      await steps.save();
      await steps.button(tr.review.submit).click();
      await expect.poll(() => steps.status()).toBe('submitted');

      // Approved by the reviewer, exported to the folder she picks.
      await steps.switchUser('reviewer', REVIEWER_PASSPHRASE, NARRATIVE);
      await steps.button(tr.review.approve).click();
      await expect.poll(() => steps.status()).toBe('approved');
      const target = await mkdtemp(path.join(tmpdir(), 'tv-publication-'));
      vault.host.queueFolder(target);
      await steps.button(tr.review.export).click();
      await dialog.getByRole('button', { name: tr.export.submit, exact: true }).click();
      await dialog.getByText(tr.export.written, { exact: true }).waitFor({ timeout: 120_000 });
      const folder = (await dialog.locator('.pb-path').textContent()) ?? '';
      expect(path.dirname(folder)).toBe(target);
      await journey.screenshot('exported');
      await dialog.screenshot({ path: `test-results/e2e/${lang}-publish-close-exported.png` });
      await dialog.getByRole('button', { name: t.common.close, exact: true }).last().click();
      await expect.poll(() => steps.status()).toBe('published');

      // No spelling of anyone in any output: the PDF's text layer, the DOCX XML, HTML, Markdown, metadata.
      const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(folder, 'narrative.pdf'), '-'], { encoding: 'utf8' });
      const docxXml = execFileSync('unzip', ['-p', path.join(folder, 'narrative.docx')], { encoding: 'utf8', maxBuffer: 64 << 20 });
      const others = await Promise.all(['narrative.html', 'narrative.md', 'metadata.json'].map((f) => readFile(path.join(folder, f), 'utf8')));
      // The text layer reads as the narrative (a pseudonym is there), so its silence about names means something.
      expect(mentions(pdfText, 'الناجية أ')).toBe(true);
      expect(mentions(docxXml, 'الناجية أ')).toBe(true);
      for (const [where, text] of [['pdf', pdfText], ['docx', docxXml], ['html', others[0]!], ['md', others[1]!], ['metadata', others[2]!]] as const)
        for (const term of SENSITIVE) expect(mentions(text, term), `${term} in ${where}`).toBe(false);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', path.join(folder, 'narrative.pdf'), `test-results/e2e/${lang}-publish-pdf-page`]);

      const stored = await callCore(vault.api, 'publish.get', { narrativeId: narrative!.id });
      expect(stored.narrative.history.map((h) => [h.action, h.actor.name])).toEqual([
        ['created', 'Owner'],
        ['saved', 'Owner'],
        ['saved', 'Owner'],
        ['saved', 'Owner'],
        ['submitted', 'Owner'],
        ['approved', 'Reviewer'],
        ['returned', 'Reviewer'],
        ['saved', 'Owner'],
        ['submitted', 'Owner'],
        ['approved', 'Reviewer'],
        ['exported', 'Reviewer'],
      ]);

      expect(vault.problems).toEqual([]);
      expect(dialogs).toEqual([]);
    },
    300_000,
  );
});

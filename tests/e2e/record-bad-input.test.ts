import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ar } from '../../renderer/src/i18n/ar';
import { en } from '../../renderer/src/i18n/en';
import { launchE2E, type E2E } from '../harness/vault-harness';
import { CODE, EARLIER, PASSPHRASE, TITLE, callCore, iso, start, testimonyId } from './record-steps';

describe('the testimony page with bad input, in the browser against the real core', () => {
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
  ] as const)('refuses bad input inline, shows script as text, and asks before leaving with unsaved edits (%s)', async (lang, t) => {
    const { vault, journey, steps, page, dialogs } = await start(e2e, lang, t, 'record-bad');
    await steps.addTestimony(EARLIER.code, EARLIER.title);
    await steps.backToList();
    await steps.addTestimony(CODE, TITLE);
    const id = await testimonyId(vault, CODE);

    // An impossible date and a malformed one are refused on the field; nothing is saved.
    const sessions = steps.section('sessions');
    await steps.button(sessions, t.record.interview.add).click();
    const form = sessions.getByRole('form', { name: t.record.interview.newHeading, exact: true });
    const date = steps.field(form, t.record.interview.date);
    await date.fill('2024-02-30');
    await form.getByText(t.edtf.notYet, { exact: true }).waitFor();
    await steps.button(form, t.record.save).click();
    expect(await steps.fieldError(form, t.record.interview.date)).toBe(t.edtf.problems['impossible-date']);
    await journey.expectFocused(date);
    await date.fill('15/03/2024');
    // An over-long interpreter's name, refused with the limit in this language's digits.
    await steps.field(form, t.record.interview.interpreter).fill('x'.repeat(201));
    await steps.button(form, t.record.save).click();
    expect(await steps.fieldError(form, t.record.interview.date)).toBe(t.edtf.problems.syntax);
    expect(await steps.fieldError(form, t.record.interview.interpreter)).toBe(journey.text(t.record.problems.tooLong, { max: 200 }));
    await form.getByText(t.record.notSavedCheck, { exact: true }).waitFor();
    await journey.screenshot('invalid-date');
    expect((await callCore(vault.api, 'records.get', { testimonyId: id })).record.sessions).toEqual([]);
    // Escape cancels; the edits can be brought back.
    await date.press('Escape');
    await form.waitFor({ state: 'detached' });
    await sessions.getByText(t.record.discarded, { exact: true }).waitFor();
    await steps.button(sessions, t.record.restore).click();
    expect(await steps.field(sessions, t.record.interview.date).inputValue()).toBe('15/03/2024');
    await steps.field(sessions, t.record.interview.date).press('Escape');

    // The code of another testimony is refused on the code field, naming it.
    const overview = steps.section('overview');
    let edit = await steps.editSection('overview');
    await steps.field(edit, t.record.overview.code).fill(EARLIER.code);
    await steps.button(edit, t.record.save).click();
    expect(await steps.fieldError(edit, t.record.overview.code)).toBe(journey.text(t.errors.DUPLICATE_CODE, { code: iso(EARLIER.code) }));
    await journey.screenshot('duplicate-code');
    await steps.field(edit, t.record.overview.code).fill(CODE);

    // Markup and script typed into fields are kept and shown as text, never run.
    const img = '<img src=x onerror=alert(1)>';
    const script = '<script>alert("x")</script>';
    await steps.field(edit, t.record.overview.title).fill(script);
    await steps.field(edit, t.record.overview.summary).fill(img);
    await steps.addChip(edit, t.record.overview.tags, img);
    await steps.save(edit, overview);
    await page.getByRole('heading', { level: 1, name: script, exact: true }).waitFor();
    await overview.getByText(img, { exact: true }).first().waitFor();
    expect(await page.locator('.record-page img').count()).toBe(0);
    expect(await page.locator('.record-page script').count()).toBe(0);
    expect((await callCore(vault.api, 'records.get', { testimonyId: id })).record.summary).toBe(img);
    await journey.screenshot('script-as-text');

    // The organisation adds a term of its own to a vocabulary, in both languages, and uses it.
    await steps.button(sessions, t.record.interview.add).click();
    const session = sessions.getByRole('form', { name: t.record.interview.newHeading, exact: true });
    await steps.button(session, t.record.terms.add).first().click();
    const termDialog = page.getByRole('dialog', { name: journey.text(t.record.terms.addTitle, { list: t.record.interview.mode }) });
    await termDialog.getByLabel(t.record.terms.labelEn, { exact: true }).fill('Phone call, no video');
    await termDialog.getByLabel(t.record.terms.labelAr, { exact: true }).fill('مكالمة هاتفية دون فيديو');
    expect(await termDialog.getByLabel(t.record.terms.key, { exact: true }).inputValue()).toBe('phone-call-no-video');
    await steps.button(termDialog, t.record.terms.addSubmit).click();
    await termDialog.waitFor({ state: 'detached' });
    const ownLabel = lang === 'ar' ? 'مكالمة هاتفية دون فيديو' : 'Phone call, no video';
    expect(await steps.field(session, t.record.interview.mode).inputValue()).toBe('phone-call-no-video');
    await steps.save(session, sessions);
    await sessions.getByText(ownLabel, { exact: true }).waitFor();
    expect((await callCore(vault.api, 'vocabularies.list', {})).custom).toEqual([
      { vocabulary: 'interviewModes', key: 'phone-call-no-video', labels: { en: 'Phone call, no video', ar: 'مكالمة هاتفية دون فيديو' } },
    ]);

    // Leaving with unsaved edits asks first; staying keeps them.
    edit = await steps.editSection('overview');
    await steps.field(edit, t.record.overview.title).fill(TITLE);
    await page.locator('.record-toc').getByText(t.record.unsavedMark).waitFor();
    await journey.button(t.record.back).click();
    const leave = page.getByRole('dialog', { name: t.record.leave.title });
    await leave.getByText(journey.text(t.record.leave.text, { sections: t.record.sections.overview }), { exact: true }).waitFor();
    await journey.screenshot('leave-asks');
    await steps.button(leave, t.record.leave.stay).click();
    expect(await steps.field(edit, t.record.overview.title).inputValue()).toBe(TITLE);

    // A lock is never held up by unsaved edits: the edits are dropped with everything else.
    await page.keyboard.press('Control+KeyL');
    await journey.heading(t.unlock.title).waitFor();
    await journey.expectNoTestimonyDataInPage([CODE, TITLE]);
    await journey.unlockWithPassphrase(PASSPHRASE);
    expect((await callCore(vault.api, 'records.get', { testimonyId: id })).record.title).toBe(script);

    expect(dialogs).toEqual([]);
    expect(vault.problems).toEqual([]);
  });
});

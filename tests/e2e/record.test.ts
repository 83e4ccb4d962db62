import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ar } from '../../renderer/src/i18n/ar';
import { en } from '../../renderer/src/i18n/en';
import { formatEdtf } from '../../shared/domain/edtf';
import { SENSITIVITY_INFO, labelOf } from '../../shared/domain/vocabularies';
import { launchE2E, type E2E, type VaultPage } from '../harness/vault-harness';
import { CODE, EARLIER, TITLE, callCore, iso, start, testimonyId } from './record-steps';

const run = promisify(execFile);

/** The page is laid out right to left: the checklist column sits to the right of the sections. */
async function expectRightToLeft(vault: VaultPage): Promise<void> {
  expect(await vault.page.locator('html').getAttribute('dir')).toBe('rtl');
  const aside = await vault.page.locator('.record-aside').boundingBox();
  const sections = await vault.page.locator('.record-sections').boundingBox();
  expect(aside && sections && aside.x > sections.x).toBe(true);
}

describe('the testimony page, in the browser against the real core', () => {
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
  ] as const)('records a testimony section by section, finds a person interviewed before, withdraws consent (%s)', async (lang, t) => {
    const { vault, journey, steps, page, dialogs } = await start(e2e, lang, t, 'record');

    // An earlier testimony: an interview on 2 November 2023 by Layla Haddad, with W-001 as witness.
    await steps.addTestimony(EARLIER.code, EARLIER.title);
    const sessions = steps.section('sessions');
    await steps.button(sessions, t.record.interview.add).click();
    let form = sessions.getByRole('form', { name: t.record.interview.newHeading, exact: true });
    await steps.field(form, t.record.interview.date).fill('2023-11-02');
    await steps.addChip(form, t.record.interview.interviewers, 'Layla Haddad');
    await steps.save(form, sessions);
    const people = steps.section('people');
    await steps.button(people, t.people.add).click();
    await steps.field(people, t.people.findLabel).fill('أحمد مصطفى');
    await people.getByText(t.people.findNone, { exact: true }).waitFor();
    await steps.button(people, t.people.createNew).click();
    form = people.getByRole('form', { name: t.people.createHeading, exact: true });
    // The search is carried over as the legal name.
    expect(await steps.field(form, t.people.legalName).inputValue()).toBe('أحمد مصطفى');
    await steps.field(form, t.people.code).fill('W-001');
    await steps.field(form, t.people.role).selectOption({ label: labelOf('personRoles', 'witness', lang) });
    await steps.button(form, t.people.addName).click();
    await steps.field(form, journey.text(t.people.nameValue, { n: 1 })).fill('Ahmad Mustafa');
    // The script follows the letters typed.
    expect(await steps.field(form, t.people.nameScript).inputValue()).toBe('Latn');
    await journey.screenshot('new-person-form');
    await steps.save(form, people, t.people.createSave);
    await people.locator('[data-person="W-001"]').waitFor();
    await steps.backToList();

    // The testimony of this test, with Arabic values.
    await steps.addTestimony(CODE, TITLE);
    await journey.expectFocused(page.getByRole('heading', { level: 1, name: TITLE, exact: true }));
    expect(await steps.checklistDone('summary')).toBe(false);
    await journey.screenshot('new-testimony');

    // 1. Overview.
    const overview = steps.section('overview');
    form = await steps.editSection('overview');
    await steps.field(form, t.record.overview.summary).fill('اعتُقل الشاهد عند حاجز في حلب\nواحتُجز ثلاثة أسابيع.');
    await steps.addChip(form, t.record.overview.languages, 'ar');
    await steps.addChip(form, t.record.overview.languages, 'kmr');
    await steps.choose(form, t.record.overview.sensitivity, SENSITIVITY_INFO.sensitive.labels[lang]);
    await form.getByRole('checkbox', { name: labelOf('contentWarnings', 'torture', lang), exact: true }).check();
    await steps.addChip(form, t.record.overview.tags, 'اعتقال');
    await journey.screenshot('overview-form');
    await steps.save(form, overview);
    await overview.getByText('اعتقال', { exact: true }).waitFor();
    // Whoever opens the testimony is warned first of what it contains.
    await page.locator('.content-warning-banner').getByText(labelOf('contentWarnings', 'torture', lang)).waitFor();
    expect(await steps.checklistDone('summary')).toBe(true);
    expect(await steps.checklistDone('languages')).toBe(true);

    // 2. Consent, with sharing with national prosecutors and every publication refused.
    const consent = steps.section('consent');
    form = await steps.editSection('consent');
    await steps.choose(form, t.consent.obtained, t.consent.obtainedYes);
    await steps.field(form, t.consent.method).selectOption({ label: labelOf('consentMethods', 'oral-on-recording', lang) });
    await steps.field(form, t.consent.obtainedOn).fill('2024-03-14');
    await steps.field(form, t.consent.takenBy).fill('ليلى حداد');
    const answers = { archive: true, shareUnMechanisms: true, shareInternationalCourts: true, shareNationalProsecutors: false, publishAnonymisedText: false, publishAudio: false, publishIdentity: false };
    for (const [scope, yes] of Object.entries(answers)) {
      await steps.choose(form, t.consent.scopes[scope as keyof typeof answers], yes ? t.consent.answer.yes : t.consent.answer.no);
    }
    await journey.screenshot('consent-form');
    await steps.save(form, consent);
    expect(await steps.decisions()).toEqual({
      archive: 'granted',
      shareUnMechanisms: 'granted',
      shareInternationalCourts: 'granted',
      shareNationalProsecutors: 'refused',
      publishAnonymisedText: 'refused',
      publishAudio: 'refused',
      publishIdentity: 'refused',
    });
    expect(await steps.checklistDone('consentToShare')).toBe(true);

    // 3. An interview in "about March 2024": the date reads back in words as it is typed.
    await steps.button(sessions, t.record.interview.add).click();
    form = sessions.getByRole('form', { name: t.record.interview.newHeading, exact: true });
    await steps.field(form, t.record.interview.date).fill('2024-03~');
    const about = formatEdtf('2024-03~', lang);
    await form.getByText(journey.text(t.edtf.reads, { reading: about }), { exact: true }).waitFor();
    await steps.field(form, t.record.place.text).fill('حلب، حي الشعار');
    await steps.addChip(form, t.record.interview.interviewers, 'ليلى حداد');
    await journey.screenshot('session-form');
    await steps.save(form, sessions);
    await sessions.getByRole('heading', { name: journey.text(t.record.interview.named, { date: about }), exact: true }).waitFor();
    expect(await steps.checklistDone('interviewDate')).toBe(true);

    // 4. People: W-001 found by a spelling typed without hamza, interviewed before.
    await steps.button(people, t.people.add).click();
    await steps.field(people, t.people.findLabel).fill('احمد مصطفي');
    const found = people.locator('.found-person[data-person="W-001"]');
    await found.waitFor();
    const before = journey.text(t.people.prior.dateBy, {
      date: iso(formatEdtf('2023-11-02', lang)),
      interviewers: iso('Layla Haddad'),
      code: iso(EARLIER.code),
      // Mid-sentence, in lower case in English.
      role: lang === 'en' ? 'witness' : labelOf('personRoles', 'witness', lang),
    });
    await found.getByText(before, { exact: true }).waitFor();
    expect(await found.locator('mark').allTextContents()).toEqual(['أحمد', 'مصطفى']);
    await journey.screenshot('person-found');
    await steps.button(found, journey.text(t.people.chooseFound, { code: 'W-001' })).click();
    form = people.getByRole('form', { name: journey.text(t.people.linkHeading, { code: 'W-001' }), exact: true });
    await steps.field(form, t.people.role).selectOption({ label: labelOf('personRoles', 'survivor', lang) });
    await steps.field(form, t.people.ageAtEvents).fill('34');
    await steps.save(form, people, t.people.linkSave);
    const w001 = people.locator('.person-card[data-person="W-001"]');
    await w001.getByText(before, { exact: true }).waitFor();
    expect(await steps.checklistDone('witnessOrSurvivor')).toBe(true);
    // Their identity, completed here, is the same person's everywhere: a nationality typed by name.
    await steps.button(w001, journey.text(t.record.editItem, { item: 'W-001' })).click();
    form = w001.getByRole('form', { name: journey.text(t.record.editItem, { item: 'W-001' }), exact: true });
    await steps.addChip(form, t.people.nationality, lang === 'ar' ? 'سوريا' : 'Syria');
    await steps.save(form, w001);
    const stored = await callCore(vault.api, 'people.find', { query: 'W-001' });
    expect(stored.matches[0]?.person.identity.nationality).toEqual(['SY']);

    // A second person, not in the vault yet: searched for first, then created.
    await steps.button(people, t.people.add).click();
    await steps.field(people, t.people.findLabel).fill('أبو خالد');
    await people.getByText(t.people.findNone, { exact: true }).waitFor();
    await steps.button(people, t.people.createNew).click();
    form = people.getByRole('form', { name: t.people.createHeading, exact: true });
    await steps.field(form, t.people.code).fill('P-2');
    await steps.field(form, t.people.role).selectOption({ label: labelOf('personRoles', 'alleged-perpetrator', lang) });
    await steps.save(form, people, t.people.createSave);
    await people.locator('.person-card[data-person="P-2"]').waitFor();
    // Identity details are shown only on request.
    await expect.poll(() => w001.getByText('أحمد مصطفى', { exact: true }).count()).toBe(0);
    await steps.button(w001, `${t.people.showIdentity} W-001`).click();
    await w001.getByText('أحمد مصطفى', { exact: true }).waitFor();
    await journey.screenshot('people');

    // The recording, imported in Files (a one-second tone made by sox), to cite in the event.
    const wav = path.join(vault.dir, 'interview.wav');
    await run('sox', ['-n', '-r', '8000', wav, 'synth', '1', 'sine', '440']);
    vault.host.queueImportFiles([wav]);
    await steps.button(steps.section('files'), t.media.import).click();
    await steps.section('files').getByRole('row').filter({ hasText: 'interview.wav' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => steps.checklistDone('original')).toBe(true);

    // 5. An event citing W-001 as victim and P-2 as alleged perpetrator, and the recording.
    const events = steps.section('events');
    await steps.button(events, t.events.add).click();
    form = events.getByRole('form', { name: t.events.newHeading, exact: true });
    await steps.field(form, t.events.actType).selectOption({ label: labelOf('actTypes', 'arbitrary-detention', lang) });
    await steps.field(form, t.events.date).fill('2024-02-10');
    await steps.field(form, t.record.place.text).fill('حاجز الراموسة');
    await steps.field(form, t.events.description).fill('أُوقف عند الحاجز واقتيد إلى فرع الأمن.');
    await form.getByRole('checkbox', { name: new RegExp('^W-001') }).check();
    await steps.button(form, t.events.addPerpetrator).click();
    await steps.field(form, t.events.perpetratorPerson).selectOption({ label: `P-2 (${labelOf('personRoles', 'alleged-perpetrator', lang)})` });
    await steps.field(form, t.events.involvement).selectOption({ label: labelOf('perpetratorInvolvement', 'direct-perpetrator', lang) });
    await steps.button(form, t.events.addCitation).click();
    // The only file is chosen already.
    expect(await steps.field(form, t.events.citationFile).locator('option:checked').textContent()).toBe('interview.wav');
    await steps.field(form, t.events.citationStart).fill('0:00');
    await steps.field(form, t.events.citationEnd).fill('١');
    await steps.field(form, t.events.citationNote).fill('يصف لحظة التوقيف');
    await journey.screenshot('event-form');
    await steps.save(form, events);
    const event = events.locator('[data-event="arbitrary-detention"]');
    await event.getByText('W-001', { exact: true }).waitFor();
    await event.getByText('P-2', { exact: true }).waitFor();
    await event.getByText('0:00–0:01', { exact: true }).waitFor();
    expect(await steps.checklistDone('eventDate')).toBe(true);

    // 6. Source and reliability.
    const source = steps.section('source');
    form = await steps.editSection('source');
    await steps.choose(form, t.record.source.reliability, labelOf('reliability', 'f', lang));
    await steps.field(form, t.record.source.receivedOn).fill('2024-03');
    await steps.save(form, source);
    expect(await steps.checklistDone('sourceReliability')).toBe(true);
    await journey.screenshot('recorded');

    // Consent withdrawn for UN mechanisms and international courts: nothing is left to share with.
    await steps.button(consent, t.consent.withdraw.open).click();
    const dialog = page.getByRole('dialog', { name: t.consent.withdraw.title });
    await dialog.getByRole('checkbox', { name: t.consent.scopes.shareUnMechanisms, exact: true }).check();
    await dialog.getByRole('checkbox', { name: t.consent.scopes.shareInternationalCourts, exact: true }).check();
    await dialog.getByLabel(t.consent.withdraw.date, { exact: true }).fill('2024-04-02');
    await steps.button(dialog, t.consent.withdraw.review).click();
    await dialog.getByRole('note').waitFor();
    await journey.screenshot('withdrawal-confirm');
    await steps.button(dialog, t.consent.withdraw.confirm).click();
    await dialog.waitFor({ state: 'detached' });
    await consent.getByText(t.consent.withdraw.recorded, { exact: true }).waitFor();
    await expect.poll(() => steps.decisions()).toMatchObject({ shareUnMechanisms: 'withdrawn', shareInternationalCourts: 'withdrawn', archive: 'granted' });
    expect(await steps.checklistDone('consentToShare')).toBe(false);
    await consent.getByText(journey.text(t.consent.withdrawnOn, { date: formatEdtf('2024-04-02', lang) }), { exact: true }).first().waitFor();
    await journey.screenshot('withdrawn');

    // What the page showed is what the vault holds.
    const view = await callCore(vault.api, 'records.get', { testimonyId: await testimonyId(vault, CODE) });
    expect(view.record.sessions.map((s) => s.date)).toEqual(['2024-03~']);
    expect(view.record.languages).toEqual(['ar', 'kmr']);
    expect(view.record.consent.withdrawals).toEqual([{ withdrawnOn: '2024-04-02', scopes: ['shareUnMechanisms', 'shareInternationalCourts'], notes: '' }]);
    expect(view.record.events[0]?.victims).toEqual([view.people.find((p) => p.code === 'W-001')?.id]);
    expect(view.record.events[0]?.citations).toMatchObject([{ startSeconds: 0, endSeconds: 1, note: 'يصف لحظة التوقيف' }]);

    // The other language, and the layout follows it.
    if (lang === 'en') {
      await page.getByRole('button', { name: 'العربية', exact: true }).click();
      await page.getByRole('heading', { name: ar.record.sections.consent, exact: true }).waitFor();
      await expectRightToLeft(vault);
      await page.getByRole('heading', { name: ar.record.interview.named.replace('{{date}}', formatEdtf('2024-03~', 'ar')), exact: true }).waitFor();
      await vault.screenshot('en-record-99-switched-to-arabic');
    } else {
      await expectRightToLeft(vault);
    }
    expect(dialogs).toEqual([]);
    expect(vault.problems).toEqual([]);
  });
});

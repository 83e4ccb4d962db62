import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ar } from '../../renderer/src/i18n/ar';
import { en } from '../../renderer/src/i18n/en';
import { launchE2E, type E2E } from '../harness/vault-harness';
import { ListSteps } from './list-steps';
import { CODE, TITLE, callCore, start, testimonyId } from './record-steps';
import { TranscriptSteps, makeInterview } from './transcripts-steps';

const Q1 = 'ماذا حدث عند الحاجز؟';
const A1 = 'اعتقلوني عند الحاجز في حلب واحتجزوني ثلاثة أسابيع في فرع الأمن.';
const A2 = 'اعتقلوني عند الحاجز في حلب واحتجزوني أسبوعين في فرع الأمن.';
const EN = 'He says they held him for three weeks.';

describe('transcripts and translations, in the browser against the real core', () => {
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
    'transcribes a recording with the keyboard, versions, a translation beside it and a conflicting save (%s)',
    async (lang, t) => {
      const { vault, journey, steps, page, dialogs } = await start(e2e, lang, t, 'transcripts');
      const ts = new TranscriptSteps(journey);
      const tt = t.transcripts;

      // A testimony with a ten-second recording (Arabic, then English), imported in Files, opened.
      await steps.addTestimony(CODE, TITLE);
      const wav = await makeInterview(vault.dir);
      vault.host.queueImportFiles([wav]);
      await steps.button(steps.section('files'), t.media.import).click();
      await steps.section('files').getByRole('row').filter({ hasText: 'interview.wav' }).waitFor({ timeout: 60_000 });
      await ts.openOriginal('interview.wav');
      await page.getByText(tt.none, { exact: true }).waitFor();
      await ts.button(tt.new.createTranscript).click();

      // Three paragraphs: the first opens at 0:00; the second is added and timed by hand (Arabic digits).
      await ts.write(1, { speaker: 'المحاور', text: Q1 });
      expect(await ts.start(1).inputValue()).toBe('0:00');
      await ts.button(tt.addParagraph).click();
      await journey.expectFocused(ts.text(2));
      await ts.write(2, { start: '٠:٠٤', speaker: 'الشاهد', text: A1 });
      // Leaving the field writes the time back as the clock shows it.
      expect(await ts.start(2).inputValue()).toBe('0:04');
      // Forward 5 s with Ctrl+] (the physical key: the same on an Arabic layout), then a timestamp with Ctrl+J.
      await ts.pressIn(2, 'Control+BracketRight');
      await ts.expectTime(5);
      await page.keyboard.press('Control+KeyJ');
      await expect.poll(() => ts.rows().count()).toBe(3);
      expect(await ts.start(3).inputValue()).toBe('0:05');
      expect(await ts.speaker(3).inputValue()).toBe('الشاهد');
      await journey.expectFocused(ts.text(3));
      // Next speaker on the new, empty paragraph: the other person in the interview.
      await page.keyboard.press('Control+KeyK');
      expect(await ts.speaker(3).inputValue()).toBe('المحاور');
      expect(await ts.rows().count()).toBe(3);
      await ts.write(3, { speaker: 'Interpreter', text: EN });
      await page.getByText(tt.unsaved, { exact: true }).waitFor();
      await ts.save(1);

      const id = await testimonyId(vault, CODE);
      const [transcript] = (await callCore(vault.api, 'transcripts.list', { testimonyId: id })).items;
      let stored = await callCore(vault.api, 'transcripts.get', { transcriptId: transcript!.id });
      expect(stored.paragraphs.map((p) => [p.start, p.speaker, p.text])).toEqual([
        [0, 'المحاور', Q1],
        [4, 'الشاهد', A1],
        [5, 'Interpreter', EN],
      ]);

      // Each paragraph in its own direction, whatever the UI language; times and speakers on the UI's starting side.
      expect(await ts.text(2).getAttribute('dir')).toBe('rtl');
      expect(await ts.text(3).getAttribute('dir')).toBe('ltr');
      expect(await ts.direction(ts.text(2))).toBe('rtl');
      expect(await ts.direction(ts.text(3))).toBe('ltr');
      const gutter = await ts.x(ts.row(2).locator('.tp-gutter'));
      const body = await ts.x(ts.text(2));
      expect(lang === 'ar' ? gutter > body : gutter < body).toBe(true);

      // A click on a time cues the recording there; playback does not start by itself.
      await ts.button(journey.text(tt.paragraph.seek, { time: '0:04' })).click();
      await ts.expectTime(4);
      await ts.expectPaused(true);
      await expect.poll(() => ts.row(2).getAttribute('data-current')).toBe('true');
      await journey.screenshot('transcript');

      // Escape plays and pauses while typing; Ctrl+[ and Ctrl+] move 5 s; Ctrl+Shift+, and . change speed.
      await ts.pressIn(1, 'Escape');
      await ts.expectPaused(false);
      await page.keyboard.press('Escape');
      await ts.expectPaused(true);
      // Escape in the transcript did not take the page back to the list.
      await ts.panel().waitFor();
      await ts.button(journey.text(tt.paragraph.seek, { time: '0:00' })).click();
      await ts.expectTime(0);
      await ts.pressIn(1, 'Control+BracketRight');
      await ts.expectTime(5);
      await page.keyboard.press('Control+BracketLeft');
      await ts.expectTime(0);
      await page.keyboard.press('Control+Shift+Comma');
      await expect.poll(async () => (await ts.media()).playbackRate).toBe(0.75);
      await page.keyboard.press('Control+Shift+Period');
      await expect.poll(async () => (await ts.media()).playbackRate).toBe(1);

      // The help lists the keys; F1 opens it, Escape closes it and typing goes on where it was.
      await page.keyboard.press('F1');
      const help = page.getByRole('dialog', { name: tt.help.title, exact: true });
      await help.waitFor();
      expect(await help.locator('tr[data-action="playPause"] kbd').allTextContents()).toEqual(['Esc', 'Ctrl', lang === 'ar' ? 'مسافة' : 'Space']);
      await journey.screenshot('shortcuts-help');
      await page.keyboard.press('Escape');
      await help.waitFor({ state: 'detached' });
      await journey.expectFocused(ts.text(1));
      // "?" opens it too, outside a text field.
      await ts.button(tt.help.open).focus();
      await page.keyboard.press('Shift+Slash');
      await help.waitFor();
      await page.keyboard.press('Escape');
      await help.waitFor({ state: 'detached' });

      // An edit saved is version 2; its changes read word by word; version 1 restored becomes version 3.
      await ts.text(2).fill(A2);
      await ts.save(2);
      await ts.button(journey.text(tt.history.toggle, { n: 2 })).click();
      await ts.button(journey.text(tt.history.changes, { version: 2 })).click();
      await expect.poll(() => ts.diffWords(2)).toEqual({ removed: ['ثلاثة أسابيع'], added: ['أسبوعين'] });
      await ts.panel().locator('.tp-diff').scrollIntoViewIfNeeded();
      await journey.screenshot('diff');
      await ts.button(journey.text(tt.history.restore, { version: 1 })).click();
      await expect.poll(() => ts.status().textContent()).toBe(journey.text(tt.notice.restored, { version: 3, from: 1 }));
      expect(await ts.text(2).inputValue()).toBe(A1);
      const versions = await callCore(vault.api, 'transcripts.versions', { transcriptId: transcript!.id });
      expect(versions.items.map((v) => [v.version, v.restoredFrom])).toEqual([
        [3, 1],
        [2, null],
        [1, null],
      ]);

      // A translation, paragraph i beside paragraph i, each in its own direction.
      await ts.button(tt.new.addTranslation).click();
      expect(await ts.panel().getByLabel(tt.new.translationLanguage, { exact: true }).inputValue()).toBe('en');
      await ts.button(tt.new.createTranslation).click();
      await ts.translation(1).waitFor();
      expect(await ts.rows().count()).toBe(3);
      expect(await ts.row(2).locator('.tp-source-text').textContent()).toBe(A1);
      await ts.translation(1).fill('What happened at the checkpoint?');
      await ts.translation(2).fill('They arrested me at the checkpoint in Aleppo and held me for three weeks at the security branch.');
      await ts.translation(3).fill('يقول إنهم احتجزوه ثلاثة أسابيع.');
      expect(await ts.row(2).locator('.tp-source').getAttribute('dir')).toBe('rtl');
      expect(await ts.translation(2).getAttribute('dir')).toBe('ltr');
      expect(await ts.row(3).locator('.tp-source').getAttribute('dir')).toBe('ltr');
      expect(await ts.translation(3).getAttribute('dir')).toBe('rtl');
      const source = await ts.x(ts.row(2).locator('.tp-source'));
      const target = await ts.x(ts.translation(2));
      expect(lang === 'ar' ? source > target : source < target).toBe(true);
      await ts.save(1);
      await journey.screenshot('translation');
      const translationInfo = (await callCore(vault.api, 'transcripts.list', { testimonyId: id })).items.find((i) => i.kind === 'translation')!;
      const translated = await callCore(vault.api, 'transcripts.get', { transcriptId: translationInfo.id });
      stored = await callCore(vault.api, 'transcripts.get', { transcriptId: transcript!.id });
      expect(translated.paragraphs.map((p) => p.id)).toEqual(stored.paragraphs.map((p) => p.id));
      expect(translated.paragraphs.map((p) => p.start)).toEqual([0, 4, 5]);

      // Someone saves version 4 behind this editor's back; saving here is refused, and the text typed stays.
      await ts.panel().locator('.tp-picker button').first().click();
      const mine = `${Q1} احكِ لنا.`;
      await ts.text(1).fill(mine);
      const theirs = stored.paragraphs.map((p, i) => (i === 2 ? { ...p, text: `${EN} At the branch.` } : p));
      await callCore(vault.api, 'transcripts.save', { transcriptId: transcript!.id, baseVersion: 3, paragraphs: theirs });
      await ts.button(tt.save).click();
      await ts.panel().getByRole('alert').filter({ hasText: journey.text(tt.conflict.text, { latest: 4, base: 3 }) }).waitFor();
      expect(await ts.text(1).inputValue()).toBe(mine);
      await journey.screenshot('conflict');
      // Loading the newer version keeps the person's text beside it, to copy from.
      await ts.button(journey.text(tt.conflict.reload, { latest: 4 })).click();
      await expect.poll(() => ts.text(3).inputValue()).toBe(`${EN} At the branch.`);
      expect(await ts.text(1).inputValue()).toBe(Q1);
      expect(await ts.panel().getByRole('textbox', { name: tt.kept.heading, exact: true }).inputValue()).toContain(mine);
      await journey.screenshot('conflict-reloaded');

      // The words of the transcript and the translation find the testimony in the list (hamza or not).
      await steps.backToList();
      const list = new ListSteps(journey);
      await list.searchFor('اسابيع');
      await list.expectCodes([CODE]);
      await list.searchFor('checkpoint');
      await list.expectCodes([CODE]);
      await list.searchFor('غير موجود اطلاقا');
      await page.getByText(t.list.noMatch, { exact: true }).waitFor();

      expect(vault.problems).toEqual([]);
      expect(dialogs).toEqual([]);
    },
    300_000,
  );
});

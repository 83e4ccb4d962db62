import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ar } from '../../renderer/src/i18n/ar';
import { en } from '../../renderer/src/i18n/en';
import { launchE2E, type E2E } from '../harness/vault-harness';
import { ListSteps } from './list-steps';
import { CODE, EARLIER, TITLE, callCore, start, testimonyId } from './record-steps';
import { TranscriptSteps, makeInterview } from './transcripts-steps';

const Q = 'ماذا حدث بعد ذلك؟';
const A1 = 'أوقفونا عند الحاجز وأخذوا هواتفنا.';
// The paragraph the search finds: "the security branch" with hamza and tashkeel, searched without them.
const A2 = 'ثم احتجزوني أسبوعين في فرعِ الأَمنِ العسكري.';
const SEARCH = 'فرع الامن';

describe('a search hit in a transcript opens the transcript at that paragraph, the recording cued to it', () => {
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
  ] as const)('finds a spelling variant in a transcript and opens it there (%s)', async (lang, t) => {
    const { vault, journey, steps, page, dialogs } = await start(e2e, lang, t, 'transcript-search');
    const ts = new TranscriptSteps(journey);
    const list = new ListSteps(journey);

    // Two testimonies; the second has a recording with a timed transcript.
    await steps.addTestimony(EARLIER.code, EARLIER.title);
    await steps.backToList();
    await steps.addTestimony(CODE, TITLE);
    const wav = await makeInterview(vault.dir);
    vault.host.queueImportFiles([wav]);
    await steps.button(steps.section('files'), t.media.import).click();
    await steps.section('files').getByRole('row').filter({ hasText: 'interview.wav' }).waitFor({ timeout: 60_000 });
    await ts.openOriginal('interview.wav');
    await ts.button(t.transcripts.new.createTranscript).click();
    await ts.write(1, { speaker: 'المحاور', text: Q });
    await ts.button(t.transcripts.addParagraph).click();
    await ts.write(2, { start: '0:03', speaker: 'الشاهد', text: A1 });
    await ts.button(t.transcripts.addParagraph).click();
    await ts.write(3, { start: '0:07', speaker: 'الشاهد', text: A2 });
    await ts.save(1);
    const id = await testimonyId(vault, CODE);
    const [transcript] = (await callCore(vault.api, 'transcripts.list', { testimonyId: id })).items;
    const { paragraphs } = await callCore(vault.api, 'transcripts.get', { transcriptId: transcript!.id });
    expect(paragraphs.map((p) => p.start)).toEqual([0, 3, 7]);

    // Back on the list, a search without hamza or tashkeel finds the testimony by its transcript.
    await steps.backToList();
    await list.searchFor(SEARCH);
    await list.expectCodes([CODE]);
    expect(await list.foundIn(CODE)).toBe(journey.text(t.list.foundIn, { fields: t.transcripts.search.field }));
    await journey.screenshot('hit');

    // Opening the hit: the recording's transcript at the third paragraph, highlighted, with the keyboard in it, the recording cued to 0:07 and not playing.
    await list.row(CODE).click();
    await journey.heading(TITLE).waitFor();
    await ts.panel().waitFor({ timeout: 30_000 });
    const hit = ts.row(3);
    await expect.poll(() => hit.getAttribute('data-revealed'), { timeout: 20_000 }).toBe('true');
    expect(await ts.row(2).getAttribute('data-revealed')).toBeNull();
    await journey.expectFocused(ts.text(3));
    await ts.expectTime(7);
    await ts.expectPaused(true);
    expect(await hit.isVisible()).toBe(true);
    await journey.screenshot('opened-at-paragraph');

    // Opened without a search, the testimony shows no paragraph singled out and the recording stays closed.
    await steps.backToList();
    await list.searchFor('');
    await list.expectCodes([CODE, EARLIER.code]);
    await list.row(CODE).click();
    await journey.heading(TITLE).waitFor();
    await steps.section('files').getByRole('row').filter({ hasText: 'interview.wav' }).waitFor();
    expect(await page.locator('audio').count()).toBe(0);
    expect(await page.locator('[data-revealed]').count()).toBe(0);

    expect(vault.problems).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});

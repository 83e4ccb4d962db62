import { randomBytes, randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LockReason } from '../../electron/core/api';
import { ar } from '../../renderer/src/i18n/ar';
import { en } from '../../renderer/src/i18n/en';
import { launchE2E, type E2E, type VaultPage } from '../harness/vault-harness';
import { Journey, type Lang } from './journey';
import { call, PASSPHRASE, seedTestimonies } from './list-seed';
import { ListSteps } from './list-steps';
import { RecordSteps } from './record-steps';
import { TranscriptSteps, makeInterview } from './transcripts-steps';
import { heapStrings, markersIn, windowState } from './security-lock-steps';

// A lock must leave nothing of the vault in the renderer: no DOM, no row store or query
// cache, no search text, nothing at window level (issue 7, "auto-lock ... clears testimony
// data from the renderer"). Unique markers go into a testimony's title and into the legal
// name of the person linked to it; the test shows they are in the page's DOM and JS heap
// while unlocked (so the check can see them), locks the way a person or main does, and then
// finds them nowhere: not in the DOM, not at window level, not in the garbage-collected heap.

const CODE = 'T-2099-001';
const ARABIC_LETTERS = 'بتثجحخدذرزسشصضطظعغفقكلمنهي';

function latinMarker(): string {
  return `zq${randomBytes(6).toString('hex')}`;
}

function arabicMarker(): string {
  return Array.from({ length: 10 }, () => ARABIC_LETTERS[randomInt(ARABIC_LETTERS.length)]).join('');
}

interface Markers {
  title: string;
  name: string;
  all: string[];
}

/** A vault whose one testimony carries the markers, shown unlocked in `lang`. */
async function markedVault(e2e: E2E, lang: Lang): Promise<{ vault: VaultPage; markers: Markers }> {
  const title = latinMarker();
  const arabic = arabicMarker();
  const name = latinMarker();
  const vault = await e2e.newVault();
  await call(vault.api, 'vault.create', { passphrase: PASSPHRASE });
  await call(vault.api, 'settings.update', { language: lang });
  await seedTestimonies(vault.api, [
    {
      code: CODE,
      title: `${arabic} ${title}`,
      status: 'draft',
      languages: ['ar'],
      people: [{ code: 'P-99', legalName: name }],
    },
  ]);
  await vault.open();
  return { vault, markers: { title, name, all: [title, arabic, name] } };
}

/** Every place a lock must have emptied. Run before anything hands the page a marker. */
async function expectNothingLeft(vault: VaultPage, markers: Markers): Promise<void> {
  expect(markersIn(await heapStrings(vault.page), markers.all)).toEqual([]);
  expect(markersIn([await windowState(vault.page)], markers.all)).toEqual([]);
  expect(markersIn([await vault.page.content()], markers.all)).toEqual([]);
}

/** Types the person's legal name into the search: the search text and the results are vault data too. */
async function searchForName(list: ListSteps, journey: Journey, name: string): Promise<void> {
  await list.search().click();
  // Typed as key presses, not fill(): fill would pass the marker into the page as an argument.
  await journey.page.keyboard.type(name);
  await list.expectCodes([CODE]);
}

describe('locking clears testimony data from the renderer', () => {
  let e2e: E2E;

  beforeAll(async () => {
    e2e = await launchE2E();
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('leaves no marker in the DOM, at window level or in the JS heap after the shortcut and a suspend (English)', async () => {
    const { vault, markers } = await markedVault(e2e, 'en');
    const journey = new Journey(vault, en, 'en', 'security-lock');
    const list = new ListSteps(journey);
    await journey.heading(en.home.testimonies).waitFor({ timeout: 60_000 });
    await searchForName(list, journey, markers.name);

    // The checks can see the data while it is there.
    expect(markersIn(await heapStrings(vault.page), markers.all)).toEqual(markers.all);
    expect(markersIn([await windowState(vault.page)], [markers.name])).toEqual([markers.name]);
    await journey.screenshot('searched');

    // The quick-lock shortcut, pressed while the search field has focus.
    await journey.lockWithShortcut();
    await journey.screenshot('locked-by-shortcut');
    await expectNothingLeft(vault, markers);

    // Again from the testimony's own page, locked by main because the laptop went to sleep.
    await journey.unlockWithPassphrase(PASSPHRASE);
    await list.row(CODE).click();
    await list.grid().waitFor({ state: 'detached' });
    // The person's identity shown too: the most sensitive thing the page ever holds.
    await journey.button(`${en.people.showIdentity} P-99`).click();
    await expect.poll(async () => markersIn([await vault.page.content()], [markers.title, markers.name])).toEqual([markers.title, markers.name]);
    await journey.screenshot('testimony-identity-shown');
    await lockedByMain(journey, 'suspend');
    await expectNothingLeft(vault, markers);
    expect(vault.problems).toEqual([]);
  });

  it('leaves no word of a transcript, saved or still being typed, after an idle lock with the recording open', async () => {
    const { vault, markers } = await markedVault(e2e, 'en');
    const journey = new Journey(vault, en, 'en', 'security-lock-transcript');
    const list = new ListSteps(journey);
    const record = new RecordSteps(journey);
    const ts = new TranscriptSteps(journey);
    const saved = latinMarker();
    const typing = latinMarker();
    const all = { ...markers, all: [...markers.all, saved, typing] };

    await list.row(CODE).click();
    const wav = await makeInterview(vault.dir);
    vault.host.queueImportFiles([wav]);
    await record.button(record.section('files'), en.media.import).click();
    await record.section('files').getByRole('row').filter({ hasText: 'interview.wav' }).waitFor({ timeout: 60_000 });
    await ts.openOriginal('interview.wav');
    await ts.button(en.transcripts.new.createTranscript).click();
    // Typed as key presses, never handed to the page as an argument (see security-lock-steps.ts).
    await ts.text(1).focus();
    await vault.page.keyboard.type(`The witness said ${saved}.`);
    await ts.save(1);
    await ts.button(en.transcripts.addParagraph).click();
    await ts.text(2).focus();
    await vault.page.keyboard.type(`Not saved yet: ${typing}`);
    expect(markersIn(await heapStrings(vault.page), [saved, typing])).toEqual([saved, typing]);
    await journey.screenshot('transcript-typing');

    await lockedByMain(journey, 'idle');
    await journey.screenshot('locked-by-idle');
    await expectNothingLeft(vault, all);
    expect(vault.problems).toEqual([]);
  });

  it('does the same in the Arabic interface when the screen is locked (العربية)', async () => {
    const { vault, markers } = await markedVault(e2e, 'ar');
    const journey = new Journey(vault, ar, 'ar', 'security-lock');
    const list = new ListSteps(journey);
    await journey.heading(ar.home.testimonies).waitFor({ timeout: 60_000 });
    expect(await vault.page.locator('html').getAttribute('dir')).toBe('rtl');
    await searchForName(list, journey, markers.name);
    expect(markersIn(await heapStrings(vault.page), markers.all)).toEqual(markers.all);
    await journey.screenshot('searched');

    await lockedByMain(journey, 'screen-lock');
    await journey.screenshot('locked-by-screen-lock');
    await expectNothingLeft(vault, markers);
    expect(vault.problems).toEqual([]);
  });
});

/** Main locks on its own (power monitor): the page follows the vault.locked event. */
async function lockedByMain(journey: Journey, reason: LockReason): Promise<void> {
  await journey.vault.api.lock(reason);
  await journey.heading(journey.t.unlock.title).waitFor({ timeout: 60_000 });
}

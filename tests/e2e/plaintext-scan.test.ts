import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { labelOf } from '../../shared/domain/vocabularies';
import { launchE2E, type E2E } from '../harness/vault-harness';
import { callCore, start, testimonyId } from './record-steps';
import { TranscriptSteps } from './transcripts-steps';
import { markerWav, markers, scan, tempEntries, textNeedles, type Needle } from './plaintext-scan-files';

/**
 * Plaintext scan (issue 7): a whole session in the app (a testimony with marker strings in
 * its title, a person and a transcript, marker audio imported, played, transcribed, then the
 * vault locked), after which no marker may be found, in any encoding, in the vault folder,
 * in what the session left in the OS temp folder, or in the app's data (settings file,
 * Chromium's profile). Only an explicit export may write plaintext, and there is none here.
 */
const M = markers();
const CODE = 'PS-2024-001';

describe('after a full session, no plaintext on disk', () => {
  let e2e: E2E;
  let source: string;
  let before: Set<string>;
  const wav = markerWav(M.audioTag);

  beforeAll(async () => {
    // The imported file is the one place the markers may be: made before the snapshot, so it is not scanned.
    source = await fs.mkdtemp(path.join(os.tmpdir(), 'tv-scan-source-'));
    await fs.writeFile(path.join(source, 'marker.wav'), wav.bytes);
    before = await tempEntries();
    e2e = await launchE2E();
  });

  afterAll(async () => {
    await e2e?.close();
    await fs.rm(source, { recursive: true, force: true });
  });

  it('finds no marker string or marker audio in the vault, temp or app data folders', async () => {
    const { vault, journey, steps, page, dialogs } = await start(e2e, 'en', en, 'plaintext-scan');
    const t = en;

    await steps.addTestimony(CODE, `Testimony ${M.title}`);
    const people = steps.section('people');
    await steps.button(people, t.people.add).click();
    await steps.field(people, t.people.findLabel).fill(M.person);
    await people.getByText(t.people.findNone, { exact: true }).waitFor();
    await steps.button(people, t.people.createNew).click();
    const form = people.getByRole('form', { name: t.people.createHeading, exact: true });
    await steps.field(form, t.people.code).fill('W-SCAN');
    await steps.field(form, t.people.role).selectOption({ label: labelOf('personRoles', 'witness', 'en') });
    await steps.save(form, people, t.people.createSave);
    await people.locator('[data-person="W-SCAN"]').waitFor();

    vault.host.queueImportFiles([path.join(source, 'marker.wav')]);
    await steps.button(steps.section('files'), t.media.import).click();
    await steps.section('files').getByRole('row').filter({ hasText: 'marker.wav' }).waitFor({ timeout: 60_000 });

    const ts = new TranscriptSteps(journey);
    await ts.openOriginal('marker.wav');
    await ts.button(t.transcripts.new.createTranscript).click();
    await ts.write(1, { speaker: 'W', text: `The witness said ${M.transcript}.` });
    await ts.save(1);
    // Played for a second (the waveform was drawn from the decrypted audio meanwhile).
    await ts.pressIn(1, 'Escape');
    await ts.expectPaused(false);
    await expect.poll(async () => (await ts.media()).currentTime > 1, { timeout: 15_000 }).toBe(true);
    await page.keyboard.press('Escape');
    await ts.expectPaused(true);
    await journey.screenshot('before-lock');

    // What the session stored is really there (so the scan below looks for what was typed).
    const id = await testimonyId(vault, CODE);
    const record = await callCore(vault.api, 'records.get', { testimonyId: id });
    expect(record.record.title).toContain(M.title);
    const [transcript] = (await callCore(vault.api, 'transcripts.list', { testimonyId: id })).items;
    expect((await callCore(vault.api, 'transcripts.get', { transcriptId: transcript!.id })).paragraphs[0]!.text).toContain(M.transcript);

    await journey.lockWithShortcut();
    await journey.screenshot('locked');
    expect(vault.problems).toEqual([]);
    expect(dialogs).toEqual([]);

    const needles: Needle[] = [
      ...textNeedles({ title: M.title, person: M.person, transcript: M.transcript, audioTag: M.audioTag }),
      { label: 'audio samples', bytes: wav.pcmWindow },
    ];
    // The search finds the markers where they are: in the imported original.
    const control = await scan([source], needles);
    expect(control.hits.map((h) => h.needle).sort()).toEqual(['audio samples', 'audioTag (UTF-8)']);

    // The vault folder and the harness's app data (settings.json) are under vault.dir; the
    // Chromium profile and anything else the session made are new entries of the temp folder.
    const created = [...(await tempEntries())].filter((name) => !before.has(name)).map((name) => path.join(os.tmpdir(), name));
    expect(created).toContain(vault.dir);
    // Chromium's user-data folder for this browser (the renderer's app data).
    expect(created.some((entry) => path.basename(entry).startsWith('playwright_chromiumdev_profile-'))).toBe(true);
    const result = await scan(created, needles);
    expect(result.files).toBeGreaterThan(3);
    expect(result.hits).toEqual([]);
    process.stdout.write(`plaintext scan: ${result.files} files, ${result.bytes} bytes in ${created.length} new temp entries; ${result.skipped.length} files over 256 MiB skipped\n`);
  }, 240_000);
});

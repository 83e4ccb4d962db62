import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ar } from '../../renderer/src/i18n/ar';
import { en } from '../../renderer/src/i18n/en';
import { readRedactedAudio } from '../../electron/core/audio-redaction/redacted-audio-store';
import { passphraseBytes } from '../../electron/core/crypto/passphrase';
import { unlockWithPassphrase } from '../../electron/core/vault/open-vault';
import { launchE2E, type E2E } from '../harness/vault-harness';
import { CODE, PASSPHRASE, TITLE, callCore, start, testimonyId } from './record-steps';
import { makeInterview } from './transcripts-steps';
import { ListSteps } from './list-steps';

const run = promisify(execFile);

/** sox's figures for a stretch of a file: the loudest sample, the RMS and the rough frequency. */
async function stretch(file: string, from: number, length: number): Promise<{ max: number; rms: number; frequency: number }> {
  const { stderr } = await run('sox', [file, '-n', 'trim', String(from), String(length), 'stat']);
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(-?[\\d.]+)`).exec(stderr)?.[1]);
  return { max: field('Maximum\\s+amplitude'), rms: field('RMS\\s+amplitude'), frequency: field('Rough\\s+frequency') };
}

const P2 = randomUUID();
const SCOPES = { archive: true, shareUnMechanisms: null, shareInternationalCourts: null, shareNationalProsecutors: null, publishAnonymisedText: true, publishAudio: true, publishIdentity: false };

describe('audio redaction, in the browser against the real core', () => {
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
  ] as const)('hides a paragraph and a typed stretch of a recording, makes WAV and Opus, and refuses once consent is withdrawn (%s)', async (lang, t) => {
    const { vault, journey, steps, page, dialogs } = await start(e2e, lang, t, 'audio-redaction');
    const tr = t.audioRedaction;
    await steps.addTestimony(CODE, TITLE);
    const id = await testimonyId(vault, CODE);
    await callCore(vault.api, 'records.updateConsent', { testimonyId: id, consent: { obtained: 'yes', scopes: SCOPES } });
    const wav = await makeInterview(vault.dir);
    vault.host.queueImportFiles([wav]);
    await steps.button(steps.section('files'), t.media.import).click();
    await steps.section('files').getByRole('row').filter({ hasText: 'interview.wav' }).waitFor({ timeout: 60_000 });
    const [media] = (await callCore(vault.api, 'media.list', { testimonyId: id })).items;
    // A transcript with timed paragraphs: the second (4 s to 7 s) names the place.
    const transcript = await callCore(vault.api, 'transcripts.create', { testimonyId: id, mediaId: media!.id, kind: 'transcript', language: 'ar' });
    const paragraphs = [
      { id: randomUUID(), start: 0, speaker: 'A', text: 'شهد الشاهد اعتقاله' },
      { id: P2, start: 4, speaker: 'A', text: 'عند الحاجز في حلب' },
      { id: randomUUID(), start: 7, speaker: 'B', text: 'The witness was held.' },
    ];
    await callCore(vault.api, 'transcripts.save', { transcriptId: transcript.id, baseVersion: 0, paragraphs });
    // Back to the list and in again: the page reads the transcript afresh.
    await steps.backToList();
    await new ListSteps(journey).openWithKeyboard(CODE, TITLE);

    const panel = page.locator('section.audio-redaction');
    await panel.getByRole('heading', { name: tr.title }).waitFor({ timeout: 30_000 });
    await panel.getByText(tr.noRegions, { exact: true }).waitFor();
    // The paragraph about the checkpoint, hidden under a tone; a typed stretch, under silence.
    await panel.getByLabel(tr.fromParagraph).selectOption(P2);
    await panel.getByRole('button', { name: tr.addRegion, exact: true }).click();
    await panel.getByLabel(journey.text(tr.startOf, { n: 2 }), { exact: true }).fill('0:00.5');
    await panel.getByLabel(journey.text(tr.endOf, { n: 2 }), { exact: true }).fill('0:02');
    // A time that does not read is caught before saving, naming the row.
    await panel.getByLabel(journey.text(tr.endOf, { n: 2 }), { exact: true }).fill('two');
    await panel.getByRole('button', { name: tr.savePlan, exact: true }).click();
    await panel.getByRole('alert').filter({ hasText: journey.text(tr.badRow, { n: 2 }) }).waitFor();
    await panel.getByLabel(journey.text(tr.endOf, { n: 2 }), { exact: true }).fill('0:02');
    await panel.getByRole('button', { name: tr.savePlan, exact: true }).click();
    await expect.poll(async () => (await callCore(vault.api, 'audioRedaction.plan', { mediaId: media!.id })).regions).toEqual([
      { startSeconds: 0.5, endSeconds: 2, mode: 'silence' },
      { startSeconds: 4, endSeconds: 7, mode: 'bleep', paragraphId: P2 },
    ]);
    // The disguise warning is there to read before it is turned on.
    await panel.getByText(tr.disguiseWarning, { exact: true }).waitFor();

    for (const format of ['wav', 'opus'] as const) {
      await panel.getByLabel(tr.formats[format], { exact: true }).check();
      await panel.getByRole('button', { name: tr.makeButton, exact: true }).click();
      await panel.getByRole('status').filter({ hasText: tr.made }).waitFor({ timeout: 60_000 });
    }
    await expect.poll(async () => (await callCore(vault.api, 'audioRedaction.list', { testimonyId: id })).items.map((i) => i.format)).toEqual(['wav', 'opus']);
    await panel.scrollIntoViewIfNeeded();
    await journey.screenshot('audio-redaction');

    // Withdrawn consent: refused, saying so in the page's language.
    await callCore(vault.api, 'records.withdrawConsent', { testimonyId: id, withdrawal: { scopes: ['publishAudio'], withdrawnOn: '2024-05-01' } });
    await panel.getByRole('button', { name: tr.makeButton, exact: true }).click();
    await panel.getByRole('alert').filter({ hasText: journey.text(tr.consent.withdrawn, { code: CODE }) }).waitFor();
    await journey.screenshot('audio-redaction-refused');
    expect(vault.problems).toEqual([]);
    expect(dialogs).toEqual([]);

    // What was made, read back from the vault and measured: the regions are hidden, the rest is speech.
    const items = (await callCore(vault.api, 'audioRedaction.list', { testimonyId: id })).items;
    await callCore(vault.api, 'vault.lock', {});
    const session = await unlockWithPassphrase(path.join(vault.dir, 'vault'), passphraseBytes(PASSPHRASE));
    try {
      for (const item of items) {
        const pieces: Uint8Array[] = [];
        for await (const piece of readRedactedAudio(session, item.id)) pieces.push(piece);
        const file = path.join(vault.dir, `redacted.${item.format === 'wav' ? 'wav' : 'opus'}`);
        await writeFile(file, Buffer.concat(pieces));
        const measured = file.endsWith('.wav') ? file : path.join(vault.dir, 'redacted-opus.wav');
        if (measured !== file) await run('ffmpeg', ['-v', 'error', '-y', '-i', file, measured]);
        const original = await stretch(wav, 0.6, 1.3);
        expect(original.rms).toBeGreaterThan(0.01);
        const silenced = await stretch(measured, 0.6, 1.3);
        // Exactly zero in WAV; Opus may leave a whisper of codec noise, far below speech.
        expect(silenced.max).toBeLessThan(item.format === 'wav' ? 1e-9 : 0.01);
        const bleep = await stretch(measured, 4.2, 2.5);
        expect(bleep.frequency).toBeGreaterThan(900);
        expect(bleep.frequency).toBeLessThan(1100);
        expect((await stretch(measured, 2.2, 1.6)).rms).toBeGreaterThan(0.01);
      }
    } finally {
      await session.close();
    }
  });
});

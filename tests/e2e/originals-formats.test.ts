import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ar } from '../../renderer/src/i18n/ar';
import { en } from '../../renderer/src/i18n/en';
import { launchE2E, type E2E } from '../harness/vault-harness';
import { audioOriginals, badInputs, droppedStatement, hashesOf, speech, writtenOriginals } from './originals-formats-fixtures';
import { FormatsSteps } from './originals-formats-steps';
import { OriginalsSteps } from './originals-player-steps';
import { CODE, TITLE, callCore, iso, start, testimonyId } from './record-steps';

describe('importing originals of every accepted format, and refusing or flagging bad ones', () => {
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
  ] as const)('imports audio and written originals by dialog and drop, lists their facts, plays them, and names what it refuses (%s)', async (lang, t) => {
    const { vault, journey, steps, dialogs } = await start(e2e, lang, t, 'formats');
    const originals = new OriginalsSteps(journey, vault);
    const formats = new FormatsSteps(journey, vault, originals);
    await steps.addTestimony(CODE, TITLE);
    const id = await testimonyId(vault, CODE);

    // Speech in the journey's language, in each audio format; scans, a PDF, a DOCX, a text.
    const spoken = await speech(vault.dir, lang);
    const audio = await audioOriginals(vault.dir, lang, spoken);
    const written = await writtenOriginals(vault.dir, lang);
    const statement = await droppedStatement(vault.dir, lang);
    const chosen = [...audio, ...written];

    // One dialog for eleven files: a progress bar for each, then all listed.
    await formats.watchProgress();
    await formats.importByDialog(chosen, journey.text(t.media.importDone, { done: chosen.length }));
    await formats.expectProgressBarFor(chosen.map((o) => o.name));
    await journey.screenshot('imported');

    // The twelfth by drag and drop (a name in the journey's script), with its own progress bar.
    await formats.importByDrop(statement);
    await formats.expectProgressBarFor([statement.name]);

    // Each listed with its kind, content type (from its bytes), size, duration and hashes.
    const every = [...chosen, statement];
    const stored = (await callCore(vault.api, 'media.list', { testimonyId: id })).items;
    expect(stored.map((m) => m.originalName).sort()).toEqual(every.map((o) => o.name).sort());
    const item = (name: string) => stored.find((m) => m.originalName === name)!;
    for (const original of every) {
      await originals.row(original.name).waitFor();
      await formats.expectListed(original, item(original.name));
    }
    expect(stored.every((m) => m.damage === null)).toBe(true);
    await journey.screenshot('listed');

    // Every audio format opens with its waveform and plays from the vault.
    for (const original of audio) await formats.openAndPlay(original, item(original.name));
    await journey.screenshot('opened-webm');

    // Bad input, in one dialog: a text named .mp3, an MP3 cut short, a 0-byte file, a 0-second WAV.
    const bad = await badInputs(vault.dir, audio.find((o) => o.name.endsWith('.mp3'))!.file);
    await formats.importByDialog([bad.disguised, bad.truncated, bad.empty, bad.silent], journey.text(t.media.importSummary, { done: 2, failed: 2 }));
    // Refused, each named with its reason (soft: the rest of the journey still runs when a message is wrong).
    await formats.failure(bad.disguised.name).waitFor();
    expect.soft(await formats.failure(bad.disguised.name).textContent()).toBe(`${t.media.importFailedFile} ${bad.disguised.name}: ${t.errors.CONTENT_MISMATCH}`);
    expect.soft(await formats.failure(bad.empty.name).textContent()).toBe(
      `${t.media.importFailedFile} ${bad.empty.name}: ${journey.text(t.errors.EMPTY_FILE, { fileName: iso(bad.empty.name) })}`,
    );
    // Kept, and flagged with the reason.
    await formats.damageFlag(bad.truncated.name, t.originals.damage.truncated).waitFor();
    await formats.damageFlag(bad.silent.name, t.originals.damage['no-audio']).waitFor();
    await journey.screenshot('bad-input');
    const after = (await callCore(vault.api, 'media.list', { testimonyId: id })).items;
    expect(after).toHaveLength(every.length + 2);
    expect(after.find((m) => m.originalName === bad.truncated.name)).toMatchObject({ damage: 'truncated', kind: 'audio', ...(await hashesOf(bad.truncated.file)) });
    expect(after.find((m) => m.originalName === bad.silent.name)).toMatchObject({ damage: 'no-audio', durationSeconds: 0 });
    expect(after.some((m) => m.originalName === bad.disguised.name || m.originalName === bad.empty.name)).toBe(false);

    // The damaged MP3 is evidence as given: exported, it is the very bytes received.
    const target = path.join(vault.dir, 'exported-cut-short.mp3');
    vault.host.queueSavePath(target);
    await originals.row(bad.truncated.name).getByRole('button', { name: t.media.export, exact: true }).click();
    await originals.row(bad.truncated.name).getByText(t.media.exportedTo).waitFor();
    expect((await hashesOf(target)).sha256).toBe((await hashesOf(bad.truncated.file)).sha256);

    // What it holds still opens, with a waveform, and says it is damaged.
    await originals.open(bad.truncated.name);
    await originals.waitForOriginal(bad.truncated.name);
    await originals.waitForWaveform();
    await originals.files.getByText(t.originals.damageKept, { exact: true }).waitFor();
    await journey.screenshot('damaged-opened');

    expect(vault.problems).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});

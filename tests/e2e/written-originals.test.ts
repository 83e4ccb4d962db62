import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { ar } from '../../renderer/src/i18n/ar';
import { en } from '../../renderer/src/i18n/en';
import { launchE2E, type E2E } from '../harness/vault-harness';
import { ListSteps } from './list-steps';
import { CODE, TITLE, callCore, start, testimonyId } from './record-steps';
import { TranscriptSteps } from './transcripts-steps';
import { docxFile } from '../unit/helpers/media-files';
import { STATEMENT_AR, TEXT_AR, TEXT_EN, brokenPdf, scanPng, scanTiff, statementPdf, statementText } from './written-originals-fixtures';

/** Pixels of a canvas that are not (nearly) white: the page was drawn, not left blank. */
async function inkedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((element) => {
    type Canvas = { width: number; height: number; getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null };
    const c = element as unknown as Canvas;
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 600 && data[i + 3]! > 0) inked++;
    return inked;
  });
}

async function cssWidth(locator: Locator): Promise<number> {
  return (await locator.boundingBox())?.width ?? 0;
}

describe('written originals: a scan or PDF shown beside its typed transcription', () => {
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
  ] as const)('shows a PDF page by page, TIFF and PNG scans and typed statements, beside the transcription (%s)', async (lang, t) => {
    const { vault, journey, steps, page, dialogs } = await start(e2e, lang, t, 'written');
    const tv = t.viewer;
    const ts = new TranscriptSteps(journey);
    const files = steps.section('files');

    await steps.addTestimony(CODE, TITLE);
    const pdf = await statementPdf(e2e.browser, vault.dir);
    const tiff = await scanTiff(vault.dir, 'scan.tif', 'packbits', 'gray');
    const lzw = await scanTiff(vault.dir, 'scan-colour.tif', 'lzw', 'rgb24');
    const deflated = await scanTiff(vault.dir, 'scan-deflate.tif', 'deflate', 'gray');
    const png = await scanPng(vault.dir);
    const txt = await statementText(vault.dir);
    const docx = await docxFile(vault.dir, 'statement.docx', TEXT_EN);
    const deep = await scanTiff(vault.dir, 'scan-16bit.tif', 'raw', 'gray16le');
    const broken = await brokenPdf(vault.dir);
    vault.host.queueImportFiles([pdf, tiff, lzw, deflated, png, txt, docx, deep, broken]);
    await steps.button(files, t.media.import).click();
    for (const name of ['statement.pdf', 'scan.tif', 'scan-colour.tif', 'scan-deflate.tif', 'scan.png', 'statement.txt', 'statement.docx', 'scan-16bit.tif', 'broken.pdf']) {
      await files.getByRole('row').filter({ hasText: name }).waitFor({ timeout: 60_000 });
    }

    // The PDF opens on its first page, drawn from the decrypted bytes (in memory only).
    await files.getByRole('button', { name: journey.text(t.originals.openNamed, { name: 'statement.pdf' }), exact: true }).click();
    const viewer = files.locator('section.document-viewer');
    const canvas = viewer.getByRole('img', { name: journey.text(tv.pageImage, { page: 1, name: 'statement.pdf' }), exact: true });
    await canvas.waitFor({ timeout: 30_000 }).catch(async (error: unknown) => {
      // Say what the viewer showed instead (a refusal names its reason).
      throw new Error(`The PDF page did not appear. The viewer shows: ${await viewer.innerText()} Problems: ${vault.problems.join(' | ')}`, { cause: error });
    });
    await viewer.getByText(journey.text(tv.pageStatus, { page: 1, count: 2 }), { exact: true }).waitFor();
    await expect.poll(() => inkedPixels(canvas), { timeout: 20_000 }).toBeGreaterThan(500);
    // Drawn left to right whatever the UI's direction (a right-to-left canvas tore the Arabic glyphs apart).
    expect(await ts.direction(canvas)).toBe('ltr');

    // Next page with the button, back with Page Up on the page itself.
    await viewer.getByRole('button', { name: tv.nextPage, exact: true }).click();
    const second = viewer.getByRole('img', { name: journey.text(tv.pageImage, { page: 2, name: 'statement.pdf' }), exact: true });
    await second.waitFor();
    await expect.poll(() => inkedPixels(second)).toBeGreaterThan(500);
    expect(await viewer.getByRole('button', { name: tv.nextPage, exact: true }).isDisabled()).toBe(true);
    const stage = viewer.getByRole('region', { name: journey.text(tv.region, { name: 'statement.pdf' }), exact: true });
    await stage.focus();
    await page.keyboard.press('PageUp');
    await canvas.waitFor();
    // A page number typed in the UI's digits.
    const pageField = viewer.getByLabel(tv.page, { exact: true });
    await pageField.fill(lang === 'ar' ? '٢' : '2');
    await pageField.press('Enter');
    await second.waitFor();
    await stage.focus();
    await page.keyboard.press('Home');
    await canvas.waitFor();

    // Zoom in with + on the page, out with the button, and back to the width of the column with 0.
    const fitted = await cssWidth(canvas);
    await stage.focus();
    await page.keyboard.press('+');
    await expect.poll(() => cssWidth(canvas)).toBeGreaterThan(fitted * 1.05);
    await viewer.getByRole('button', { name: tv.zoomOut, exact: true }).click();
    await viewer.getByRole('button', { name: tv.zoomOut, exact: true }).click();
    await expect.poll(() => cssWidth(canvas)).toBeLessThan(fitted);
    await stage.focus();
    await page.keyboard.press('0');
    await expect.poll(async () => Math.abs((await cssWidth(canvas)) - fitted)).toBeLessThan(2);

    // The transcription is typed beside it.
    await ts.panel().getByRole('heading', { name: t.transcripts.heading, exact: true }).waitFor();
    await ts.button(t.transcripts.new.createTranscript).click();
    await ts.write(1, { text: STATEMENT_AR });
    await ts.save(1);
    const id = await testimonyId(vault, CODE);
    const [transcript] = (await callCore(vault.api, 'transcripts.list', { testimonyId: id })).items;
    expect((await callCore(vault.api, 'transcripts.get', { transcriptId: transcript!.id })).paragraphs.map((p) => p.text)).toEqual([STATEMENT_AR]);
    // Side by side: the original first in reading order (left in English, right in Arabic), level with the transcript.
    const original = (await viewer.boundingBox())!;
    const typed = (await ts.panel().boundingBox())!;
    expect(Math.abs(original.y - typed.y)).toBeLessThan(40);
    expect(lang === 'ar' ? original.x > typed.x : original.x < typed.x).toBe(true);
    if (lang === 'ar') expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await journey.screenshot('pdf-beside-transcript');

    // A TIFF scan, which Chromium cannot show, decoded by the viewer (PackBits greyscale, LZW colour, Deflate greyscale).
    for (const name of ['scan.tif', 'scan-colour.tif', 'scan-deflate.tif']) {
      await files.getByRole('button', { name: journey.text(t.originals.openNamed, { name }), exact: true }).click();
      const scan = files.getByRole('img', { name: journey.text(tv.pageImage, { page: 1, name }), exact: true });
      await scan.waitFor({ timeout: 30_000 });
      await expect.poll(() => inkedPixels(scan)).toBeGreaterThan(1000);
      expect(await scan.evaluate((c) => [(c as unknown as { width: number }).width, (c as unknown as { height: number }).height])).toEqual([320, 240]);
    }
    await journey.screenshot('tiff');

    // A PNG scan, from its bytes in a Blob URL.
    await files.getByRole('button', { name: journey.text(t.originals.openNamed, { name: 'scan.png' }), exact: true }).click();
    const img = files.getByRole('img', { name: journey.text(tv.image, { name: 'scan.png' }), exact: true });
    await expect.poll(() => img.evaluate((i) => (i as unknown as { naturalWidth: number }).naturalWidth)).toBe(320);
    expect(await img.getAttribute('src')).toMatch(/^blob:/);

    // Typed statements as their text, each paragraph in its own direction.
    await files.getByRole('button', { name: journey.text(t.originals.openNamed, { name: 'statement.txt' }), exact: true }).click();
    const arabic = files.locator('.dv-text p').filter({ hasText: TEXT_AR });
    await arabic.waitFor();
    expect(await ts.direction(arabic)).toBe('rtl');
    const english = files.locator('.dv-text p').filter({ hasText: TEXT_EN });
    expect(await ts.direction(english)).toBe('ltr');
    await journey.screenshot('text');
    await files.getByRole('button', { name: journey.text(t.originals.openNamed, { name: 'statement.docx' }), exact: true }).click();
    await files.locator('.dv-text p').filter({ hasText: TEXT_EN }).waitFor();

    // What cannot be shown says so and why; the original is kept as it is.
    await files.getByRole('button', { name: journey.text(t.originals.openNamed, { name: 'scan-16bit.tif' }), exact: true }).click();
    await files.getByRole('alert').filter({ hasText: journey.text(tv.cannotPreview.tiff, { reason: tv.tiffProblem.layout }) }).waitFor();
    await files.getByRole('button', { name: journey.text(t.originals.openNamed, { name: 'broken.pdf' }), exact: true }).click();
    const refused = files.getByRole('alert').filter({ hasText: journey.text(tv.cannotPreview.pdf, { reason: tv.pdfProblem.damaged }) });
    await refused.waitFor({ timeout: 30_000 });
    await journey.screenshot('cannot-show');

    // A search for a word of the transcription (typed without its vowel mark) opens the PDF beside it, at that paragraph.
    await steps.backToList();
    const list = new ListSteps(journey);
    await list.searchFor('احتجزت');
    // The only testimony is listed with or without the search: wait for the answer to say where it matched.
    await expect.poll(() => list.foundIn(CODE)).toBe(journey.text(t.list.foundIn, { fields: t.transcripts.search.field }));
    await list.row(CODE).click();
    await journey.heading(TITLE).waitFor();
    await expect.poll(() => ts.row(1).getAttribute('data-revealed'), { timeout: 30_000 }).toBe('true');
    await journey.expectFocused(ts.text(1));
    await files.getByRole('heading', { level: 3, name: 'statement.pdf', exact: true }).waitFor();
    await viewer.getByRole('img', { name: journey.text(tv.pageImage, { page: 1, name: 'statement.pdf' }), exact: true }).waitFor({ timeout: 30_000 });
    await journey.screenshot('search-hit');

    expect(vault.problems).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});

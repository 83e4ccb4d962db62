import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';

const run = promisify(execFile);

/** The handwritten statement as the scan shows it (two pages, Arabic then English). */
export const STATEMENT_AR = 'أفادت الشاهدة بأنها احتُجزت في مدرسة الحي لمدة يومين.';
export const STATEMENT_EN = 'She was then moved to a building near the river.';

/**
 * A written statement as a two-page PDF, printed by Chromium itself (a separate page of the
 * test's browser, nothing of the app): real fonts embedded, Arabic shaped, as a scanner's or
 * word processor's PDF would be.
 */
export async function statementPdf(browser: Browser, dir: string): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.setContent(
      `<!doctype html><meta charset="utf-8"><style>body{font:20px 'DejaVu Sans',sans-serif}section{break-after:page;padding:2em}</style>` +
        `<section dir="rtl"><h1>إفادة مكتوبة</h1><p>${STATEMENT_AR}</p></section>` +
        `<section dir="ltr"><h1>Page two</h1><p>${STATEMENT_EN}</p></section>`,
    );
    const file = path.join(dir, 'statement.pdf');
    await writeFile(file, await page.pdf({ format: 'A5' }));
    return file;
  } finally {
    await page.close();
  }
}

/**
 * A scan as TIFF: a test pattern made by ffmpeg's own TIFF encoder, in the compression and
 * pixel format asked (the viewer decodes TIFF itself: Chromium shows none).
 */
export async function scanTiff(dir: string, name: string, compression: 'raw' | 'packbits' | 'lzw' | 'deflate', pixels: 'gray' | 'gray16le' | 'rgb24' | 'monob'): Promise<string> {
  const file = path.join(dir, name);
  await run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=size=320x240', '-frames:v', '1', '-pix_fmt', pixels, '-compression_algo', compression, file]);
  return file;
}

/** A scan as PNG (ffmpeg's test pattern), shown by Chromium itself from a Blob URL. */
export async function scanPng(dir: string): Promise<string> {
  const file = path.join(dir, 'scan.png');
  await run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=size=320x240', '-frames:v', '1', file]);
  return file;
}

export const TEXT_AR = 'كتبت الشاهدة هذه الإفادة بخط يدها ثم نُسخت.';
export const TEXT_EN = 'Typed from the handwritten statement.';

/** A typed statement as plain UTF-8 text: an Arabic paragraph, a blank line, an English one. */
export async function statementText(dir: string): Promise<string> {
  const file = path.join(dir, 'statement.txt');
  await writeFile(file, `${TEXT_AR}\n\n${TEXT_EN}\n`);
  return file;
}

/** A file that starts as a PDF and then is not one (a copy that went wrong): kept, but not shown. */
export async function brokenPdf(dir: string): Promise<string> {
  const file = path.join(dir, 'broken.pdf');
  await writeFile(file, `%PDF-1.7\n${'this is not a PDF body\n'.repeat(40)}`);
  return file;
}

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TiffError, inflateStrips, tiffPages } from '../../../../../../renderer/src/features/originals/viewer/tiff-decode';

const run = promisify(execFile);
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tv-tiff-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A 67×41 test pattern (odd sizes: rows that end mid-byte in 1-bit) written by ffmpeg's TIFF encoder. */
async function tiff(pixels: string, compression: string): Promise<Uint8Array> {
  const file = path.join(dir, `${pixels}-${compression}.tif`);
  await run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=size=67x41', '-frames:v', '1', '-pix_fmt', pixels, '-compression_algo', compression, file]);
  return new Uint8Array(await readFile(file));
}

/** The same file as ffmpeg's TIFF decoder sees it, as RGBA. */
async function ffmpegRgba(bytes: Uint8Array): Promise<Uint8Array> {
  const file = path.join(dir, 'check.tif');
  await writeFile(file, bytes);
  const { stdout } = await run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-i', file, '-f', 'rawvideo', '-pix_fmt', 'rgba', '-'], { encoding: 'buffer', maxBuffer: 1 << 24 });
  return new Uint8Array(stdout);
}

describe('TIFF scans decoded for the viewer (Chromium shows no TIFF)', () => {
  it.each([
    ['gray', 'raw'],
    ['gray', 'packbits'],
    ['gray', 'lzw'],
    ['gray', 'deflate'],
    ['rgb24', 'raw'],
    ['rgb24', 'packbits'],
    ['rgb24', 'lzw'],
    ['rgb24', 'deflate'],
    ['rgba', 'lzw'],
    ['monob', 'packbits'],
    ['monob', 'raw'],
    ['pal8', 'packbits'],
    ['ya8', 'raw'],
  ])('decodes %s with %s compression to the same pixels as ffmpeg', async (pixels, compression) => {
    const bytes = await tiff(pixels, compression);
    const pages = tiffPages(bytes, await inflateStrips(bytes));
    expect(pages.count).toBe(1);
    expect(pages.widthOf(0)).toBe(67);
    const page = pages.decode(0);
    expect([page.width, page.height]).toEqual([67, 41]);
    expect(Buffer.from(page.rgba)).toEqual(Buffer.from(await ffmpegRgba(bytes)));
  });

  it('refuses a compression it does not read (CCITT fax), saying so', async () => {
    const bytes = await tiff('gray', 'raw');
    // The Compression entry (tag 259, SHORT, 1, value 1) rewritten to 4: CCITT Group 4.
    const entry = Buffer.from(bytes).indexOf(Buffer.from([0x03, 0x01, 0x03, 0x00, 0x01, 0, 0, 0, 0x01, 0x00]));
    expect(entry).toBeGreaterThan(0);
    bytes[entry + 8] = 4;
    expect(() => tiffPages(bytes).decode(0)).toThrow(expect.objectContaining({ problem: 'compression' }) as Error);
  });

  it('refuses 16-bit samples as a layout it does not read', async () => {
    const bytes = await tiff('gray16le', 'raw');
    expect(() => tiffPages(bytes).decode(0)).toThrow(expect.objectContaining({ problem: 'layout' }) as Error);
  });

  it('refuses a Deflate strip that is corrupt', async () => {
    const bytes = await tiff('gray', 'deflate');
    const pages = tiffPages(bytes);
    // Without its strips inflated first, a Deflate page cannot be decoded.
    expect(() => pages.decode(0)).toThrow(TiffError);
    // ffmpeg writes the strip first and the directory last: overwriting the strip's bytes makes it corrupt.
    bytes.fill(0x55, 40, Math.min(bytes.length - 200, 400));
    await expect(inflateStrips(bytes)).rejects.toBeInstanceOf(TiffError);
  });

  it('refuses what is not a TIFF, and a TIFF cut short, without reading out of bounds', async () => {
    expect(() => tiffPages(new TextEncoder().encode('%PDF-1.4 not a tiff'))).toThrow(TiffError);
    const whole = await tiff('rgb24', 'raw');
    const cut = whole.subarray(0, Math.floor(whole.length / 2));
    let problem: string | null = null;
    try {
      tiffPages(cut).decode(0);
    } catch (error) {
      problem = error instanceof TiffError ? error.problem : 'other';
    }
    expect(problem).toBe('damaged');
  });

  it('refuses a chain of page directories that loops back', () => {
    // II*\0, first directory at 8; one entry (width), next directory pointing back at 8.
    const bytes = new Uint8Array(8 + 2 + 12 + 4);
    const v = new DataView(bytes.buffer);
    bytes.set([0x49, 0x49, 42, 0]);
    v.setUint32(4, 8, true);
    v.setUint16(8, 1, true);
    v.setUint16(10, 256, true);
    v.setUint16(12, 3, true);
    v.setUint32(14, 1, true);
    v.setUint16(18, 10, true);
    v.setUint32(22, 8, true);
    expect(() => tiffPages(bytes)).toThrow(expect.objectContaining({ problem: 'damaged' }) as Error);
  });
});

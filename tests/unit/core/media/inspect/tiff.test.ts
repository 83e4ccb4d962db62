import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { ffmpeg, truncatedCopy } from '../../../helpers/media-files';
import { inspected } from '../../../helpers/inspect';
import { tempDir } from '../../../helpers/temp-dir';

async function scan(compression: string): Promise<string> {
  const file = path.join(await tempDir(), `scan-${compression}.tiff`);
  ffmpeg('-f', 'lavfi', '-i', 'testsrc=size=320x240', '-frames:v', '1', '-compression_algo', compression, file);
  return file;
}

describe('TIFF inspection', () => {
  it('reads the size and compression from the first directory, and counts the pages', async () => {
    expect(await inspected(await scan('packbits'))).toEqual({ kind: 'image', damageDetail: '', formatInfo: { codec: 'tiff (packbits)', width: 320, height: 240, pages: 1 } });
    expect((await inspected(await scan('raw'))).formatInfo).toMatchObject({ codec: 'tiff (uncompressed)', width: 320, height: 240 });
  });

  it('flags a scan cut at 60 % as truncated', async () => {
    const result = await inspected(await truncatedCopy(await scan('raw'), 0.6));
    expect(result.damage).toBe('truncated');
    expect(result.damageDetail).toMatch(/past the end of the file|but the file ends at/);
  });
});

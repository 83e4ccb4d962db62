import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { ffmpeg, truncatedCopy } from '../../../helpers/media-files';
import { inspected } from '../../../helpers/inspect';
import { tempDir } from '../../../helpers/temp-dir';

async function photo(): Promise<string> {
  const file = path.join(await tempDir(), 'scan.jpg');
  ffmpeg('-f', 'lavfi', '-i', 'testsrc=size=320x240', '-frames:v', '1', file);
  return file;
}

describe('JPEG inspection', () => {
  it('reads the size from the frame header and walks to the end-of-image marker', async () => {
    const file = await photo();
    expect(await inspected(file)).toEqual({ kind: 'image', damageDetail: '', formatInfo: { codec: 'jpeg (baseline)', width: 320, height: 240 } });
    expect((await inspected(file, [1])).damageDetail).toBe('');
  });

  it('flags a photo cut at 60 % as truncated (the bottom of the picture is missing)', async () => {
    const result = await inspected(await truncatedCopy(await photo(), 0.6));
    expect(result).toMatchObject({ damage: 'truncated', formatInfo: { width: 320, height: 240 } });
    expect(result.damageDetail).toMatch(/before its end-of-image marker: the bottom of the picture is missing/);
  });
});

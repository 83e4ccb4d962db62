import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ffmpeg, truncatedCopy } from '../../../helpers/media-files';
import { inspected } from '../../../helpers/inspect';
import { tempDir } from '../../../helpers/temp-dir';

async function scan(): Promise<string> {
  const file = path.join(await tempDir(), 'scan.png');
  ffmpeg('-f', 'lavfi', '-i', 'testsrc=size=320x240', '-frames:v', '1', file);
  return file;
}

describe('PNG inspection', () => {
  it('reads the size from IHDR and checks every chunk’s CRC', async () => {
    expect(await inspected(await scan())).toEqual({ kind: 'image', damageDetail: '', formatInfo: { codec: 'png', width: 320, height: 240 } });
  });

  it('checks image data as it streams by, in pieces of any size', async () => {
    const file = await scan();
    expect((await inspected(file, [1])).damageDetail).toBe('');
    expect((await inspected(file, [100, 3])).damageDetail).toBe('');
  });

  it('flags a flipped bit in the image data by the chunk’s CRC, and a cut file as truncated', async () => {
    const file = await scan();
    const bytes = await fs.readFile(file);
    const idat = bytes.indexOf('IDAT');
    bytes[idat + 100]! ^= 0x20;
    const flipped = path.join(path.dirname(file), 'flipped.png');
    await fs.writeFile(flipped, bytes);
    const result = await inspected(flipped);
    expect(result.damage).toBe('bad-checksum');
    expect(result.damageDetail).toMatch(/^Chunk \d+ \(IDAT\) at byte [\d,]+ fails its CRC check/);
    const cut = await inspected(await truncatedCopy(file, 0.6));
    expect(cut).toMatchObject({ damage: 'truncated', formatInfo: { width: 320, height: 240 } });
    expect(cut.damageDetail).toMatch(/ends inside chunk \d+ \(IDAT\): the image is incomplete/);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ffmpeg, ffprobeDuration, speechWav, suiteDir, truncatedCopy } from '../../../helpers/media-files';
import { inspected } from '../../../helpers/inspect';

let aac: string;
let speech: string;

beforeAll(async () => {
  const dir = await suiteDir();
  speech = await speechWav(dir);
  aac = path.join(dir, 'speech.aac');
  ffmpeg('-i', speech, '-c:a', 'aac', '-f', 'adts', aac);
});

/** Where each ADTS frame starts (the 13-bit length of every header, from the file's start). */
function adtsFrameStarts(bytes: Uint8Array): number[] {
  const starts: number[] = [];
  for (let at = 0; at + 7 <= bytes.length; ) {
    starts.push(at);
    at += ((bytes[at + 3]! & 3) << 11) | (bytes[at + 4]! << 3) | (bytes[at + 5]! >> 5);
  }
  return starts;
}

describe('AAC (ADTS) inspection', () => {
  it('counts the frames of raw AAC: the duration of the packets ffprobe counts', async () => {
    const result = await inspected(aac);
    expect(result).toMatchObject({ kind: 'audio', damageDetail: '', formatInfo: { codec: 'aac', sampleRate: 44_100, channels: 2 } });
    // ffprobe only estimates an ADTS file's duration from its bitrate; its packet count is exact.
    const packets = Number(execFileSync('ffprobe', ['-v', 'error', '-count_packets', '-show_entries', 'stream=nb_read_packets', '-of', 'default=noprint_wrappers=1:nokey=1', aac]).toString());
    expect(result.durationSeconds).toBeCloseTo((packets * 1024) / 44_100, 6);
    expect(Math.abs(result.durationSeconds! - ffprobeDuration(speech))).toBeLessThanOrEqual((3 * 1024) / 44_100);
  });

  it('flags a file cut at 60 % in the middle of a frame', async () => {
    // The fixture is made the same way every run (sox -R); check the cut is not on a frame boundary.
    const cut = await truncatedCopy(aac, 0.6);
    expect(adtsFrameStarts(await readFile(aac))).not.toContain((await readFile(cut)).length);
    const result = await inspected(cut);
    expect(result.damage).toBe('truncated');
    // (inside the header, when the cut falls in a frame's first seven bytes)
    expect(result.damageDetail).toMatch(/ends (in the middle|inside the header) of frame [\d,]+ \(at 00:00:0\d\.\d\)/);
  });
});

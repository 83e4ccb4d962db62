import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ODD_BLOCKS, allPackets, encodedTrack, ffmpeg, joined, packetTimes, probe, speechDir } from '../media-fixtures';

describe('MP3 demuxer', () => {
  let dir: string;
  let wav: string;
  let seconds: number;

  let remove: () => Promise<void>;

  beforeAll(async () => {
    ({ dir, wav, seconds, remove } = await speechDir());
  });
  afterAll(() => remove());

  it('hands out every frame ffprobe counts, in time, with the decoder setup and the gapless length of the LAME tag', async () => {
    const mp3 = path.join(dir, 'speech.mp3');
    await ffmpeg('-i', wav, '-c:a', 'libmp3lame', '-b:a', '64k', mp3);
    const expected = await probe(mp3);
    const { track, source } = await encodedTrack(mp3);
    const packets = await allPackets(track);
    await source.close();
    expect(track.decoder).toEqual({ codec: 'mp3', sampleRate: 22050, numberOfChannels: 1 });
    expect(packets).toHaveLength(expected.packets);
    // The Info frame's LAME fields give the exact length of the original audio.
    expect(track.durationSeconds).toBeCloseTo(seconds, 6);
    // Encoder delay plus the decoder's 529 samples, as LAME documents it.
    expect(track.skipSeconds * 22050).toBeGreaterThan(529);
    const times = await packetTimes(mp3);
    expect(packets.map((p) => p.timestampUs / 1e6 + (times[0] ?? 0))).toEqual(times.map((t): unknown => expect.closeTo(t, 5)));
  });

  it('reads MPEG-1 stereo at 44.1 kHz without an Info frame, from ranges of any size', async () => {
    const mp3 = path.join(dir, 'stereo.mp3');
    await ffmpeg('-i', wav, '-ar', '44100', '-ac', '2', '-c:a', 'libmp3lame', '-write_xing', '0', '-id3v2_version', '0', mp3);
    const expected = await probe(mp3);
    let reference: Buffer | null = null;
    for (const block of ODD_BLOCKS) {
      for (const cap of [Infinity, 333]) {
        const { track, source } = await encodedTrack(mp3, block, cap);
        const packets = await allPackets(track);
        await source.close();
        expect(track.decoder).toEqual({ codec: 'mp3', sampleRate: 44100, numberOfChannels: 2 });
        expect(track.durationSeconds).toBeNull();
        expect(packets).toHaveLength(expected.packets);
        expect(source.longest).toBeLessThanOrEqual(Math.max(block, 64 * 1024));
        reference ??= joined(packets);
        expect(joined(packets).equals(reference)).toBe(true);
      }
    }
    // Every byte after the (absent) tags is a frame: the frames tile the file.
    expect(reference?.length).toBe((await readFile(mp3)).length);
  });

  it('keeps the whole frames of a truncated file and resyncs after garbage in the middle', async () => {
    const mp3 = path.join(dir, 'whole.mp3');
    await ffmpeg('-i', wav, '-c:a', 'libmp3lame', '-b:a', '32k', '-write_xing', '0', mp3);
    const bytes = await readFile(mp3);
    const whole = await encodedTrack(mp3);
    const all = await allPackets(whole.track);
    await whole.source.close();

    const cut = path.join(dir, 'cut.mp3');
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const truncated = await encodedTrack(cut);
    const kept = await allPackets(truncated.track);
    await truncated.source.close();
    expect(kept.length).toBeGreaterThan(all.length * 0.5);
    expect(kept.length).toBeLessThan(all.length);
    expect(joined(kept).equals(joined(all.slice(0, kept.length)))).toBe(true);

    // 3000 bytes of noise over the middle: frames before and after survive, in time.
    const damaged = Buffer.from(bytes);
    const middle = Math.floor(bytes.length / 2);
    for (let i = 0; i < 3000; i++) damaged[middle + i] = (i * 7919) & 0xff;
    const noisy = path.join(dir, 'noisy.mp3');
    await writeFile(noisy, damaged);
    const resynced = await encodedTrack(noisy);
    const survived = await allPackets(resynced.track);
    await resynced.source.close();
    expect(survived.length).toBeGreaterThan(all.length - 40);
    expect(survived.length).toBeLessThan(all.length);
    expect(survived.at(-1)?.data).toEqual(all.at(-1)?.data);
  });
});

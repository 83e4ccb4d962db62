import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAudioSpecificConfig } from '../../../../../shared/media/demux/mp4-audio-config';
import { ODD_BLOCKS, allPackets, encodedTrack, ffmpeg, joined, openFile, packetTimes, probe, speechDir } from '../media-fixtures';

/** Where the top-level box `type` starts in the file, or -1. */
function topLevel(bytes: Buffer, type: string): number {
  for (let at = 0; at + 8 <= bytes.length; at += bytes.readUInt32BE(at)) {
    if (bytes.toString('latin1', at + 4, at + 8) === type) return at;
    if (bytes.readUInt32BE(at) < 8) break;
  }
  return -1;
}

describe('MP4/M4A demuxer', () => {
  let dir: string;
  let wav: string;
  let seconds: number;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    ({ dir, wav, seconds, remove } = await speechDir());
  });
  afterAll(() => remove());

  it.each([
    ['at the end', []],
    ['at the start', ['-movflags', '+faststart']],
  ])('finds AAC samples through moov %s: every sample ffprobe counts, the whole mdat, the edit list', async (where, flags) => {
    const m4a = path.join(dir, `aac-${where.replace(' ', '-')}.m4a`);
    await ffmpeg('-i', wav, '-ac', '2', '-c:a', 'aac', '-b:a', '96k', ...flags, m4a);
    const bytes = await readFile(m4a);
    expect(topLevel(bytes, 'moov') < topLevel(bytes, 'mdat')).toBe(where === 'at the start');
    const expected = await probe(m4a);
    let reference: Buffer | null = null;
    for (const block of ODD_BLOCKS) {
      const { track, source } = await encodedTrack(m4a, block, 4099);
      const packets = await allPackets(track);
      await source.close();
      expect(packets).toHaveLength(expected.packets);
      reference ??= joined(packets);
      expect(joined(packets).equals(reference)).toBe(true);
      // A block at a time (the first look is 64 KiB), whatever the file.
      expect(source.longest).toBeLessThanOrEqual(Math.max(block, 64 * 1024));
      expect(track.decoder).toMatchObject({ codec: 'mp4a.40.2', sampleRate: 22050, numberOfChannels: 2 });
      expect(parseAudioSpecificConfig(track.decoder.description!)).toEqual({ objectType: 2, sampleRate: 22050, channels: 2 });
      // The edit list: 1024 samples of priming skipped, the speech's own length kept.
      expect(track.skipSeconds * 22050).toBe(1024);
      expect(Math.abs(track.durationSeconds! - seconds)).toBeLessThan(0.001);
    }
    // The samples are mdat's payload, all of it, in order.
    const mdat = topLevel(bytes, 'mdat');
    expect(reference!.equals(bytes.subarray(mdat + 8, mdat + bytes.readUInt32BE(mdat)))).toBe(true);
    const { track, source } = await encodedTrack(m4a);
    const times = (await allPackets(track)).map((p) => p.timestampUs / 1e6 - track.skipSeconds);
    await source.close();
    expect(times).toEqual((await packetTimes(m4a)).map((t): unknown => expect.closeTo(t, 5)));
  });

  it.each([
    ['MP3', ['-c:a', 'libmp3lame'], 'mp3', null],
    ['Opus', ['-c:a', 'libopus'], 'opus', 'OpusHead'],
    ['FLAC', ['-c:a', 'flac', '-strict', '-2'], 'flac', 'fLaC'],
  ])('reads %s in MP4 with the codec WebCodecs names', async (_name, args, codec, magic) => {
    const mp4 = path.join(dir, `${codec}.mp4`);
    await ffmpeg('-i', wav, ...args, '-f', 'mp4', mp4);
    const { track, source } = await encodedTrack(mp4);
    const packets = await allPackets(track);
    await source.close();
    expect(track.decoder.codec).toBe(codec);
    expect(packets).toHaveLength((await probe(mp4)).packets);
    if (magic) expect(Buffer.from(track.decoder.description!).subarray(0, 4).toString()).toBe(magic.slice(0, 4));
    else expect(track.decoder.description).toBeUndefined();
  });

  it('keeps the samples that are there when the file is cut, and refuses a file without moov or fragmented', async () => {
    const m4a = path.join(dir, 'cut.m4a');
    await ffmpeg('-i', wav, '-c:a', 'aac', '-movflags', '+faststart', m4a);
    const bytes = await readFile(m4a);
    const whole = await encodedTrack(m4a);
    const all = await allPackets(whole.track);
    await whole.source.close();
    await writeFile(m4a, bytes.subarray(0, bytes.length - 10_000));
    const cut = await encodedTrack(m4a);
    const kept = await allPackets(cut.track);
    await cut.source.close();
    expect(kept.length).toBeLessThan(all.length);
    expect(joined(kept).equals(joined(all.slice(0, kept.length)))).toBe(true);

    const noMoov = path.join(dir, 'no-moov.m4a');
    await ffmpeg('-i', wav, '-c:a', 'aac', noMoov);
    const original = await readFile(noMoov);
    await writeFile(noMoov, original.subarray(0, topLevel(original, 'moov')));
    await expect(openFile(noMoov)).rejects.toMatchObject({ reason: 'damaged', message: expect.stringContaining('moov') });

    const fragmented = path.join(dir, 'fragmented.mp4');
    await ffmpeg('-i', wav, '-c:a', 'aac', '-movflags', 'frag_keyframe+empty_moov', fragmented);
    await expect(openFile(fragmented)).rejects.toMatchObject({ reason: 'unsupported', message: expect.stringContaining('Fragmented') });
  });

  it('reads raw AAC in ADTS frames, headers stripped and the configuration given once', async () => {
    const aac = path.join(dir, 'speech.aac');
    await ffmpeg('-i', wav, '-c:a', 'aac', '-f', 'adts', aac);
    const { track, source } = await encodedTrack(aac, 1000);
    const packets = await allPackets(track);
    await source.close();
    expect(track.container).toBe('adts');
    expect(parseAudioSpecificConfig(track.decoder.description!)).toEqual({ objectType: 2, sampleRate: 22050, channels: 1 });
    expect(packets).toHaveLength((await probe(aac)).packets);
    // The same raw frames the M4A holds.
    const m4a = path.join(dir, 'same.m4a');
    await ffmpeg('-i', aac, '-c', 'copy', m4a);
    const fromMp4 = await encodedTrack(m4a);
    expect(joined(await allPackets(fromMp4.track)).equals(joined(packets))).toBe(true);
    await fromMp4.source.close();
  });
});

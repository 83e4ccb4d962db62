import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opusPacketSamples } from '../../../../../shared/media/demux/opus';
import { ODD_BLOCKS, allPackets, encodedTrack, ffmpeg, joined, openFile, probe, speechDir } from '../media-fixtures';

describe('Ogg demuxer', () => {
  let dir: string;
  let wav: string;
  let seconds: number;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    ({ dir, wav, seconds, remove } = await speechDir());
  });
  afterAll(() => remove());

  it('hands out the Opus packets ffprobe counts, with OpusHead as the description and the length from the last granule', async () => {
    const opus = path.join(dir, 'speech.opus');
    await ffmpeg('-i', wav, '-ac', '2', '-c:a', 'libopus', '-b:a', '48k', opus);
    const expected = await probe(opus);
    const { track, source } = await encodedTrack(opus);
    const packets = await allPackets(track);
    await source.close();
    expect(track.decoder).toMatchObject({ codec: 'opus', sampleRate: 48000, numberOfChannels: 2 });
    expect(Buffer.from(track.decoder.description!).subarray(0, 8).toString()).toBe('OpusHead');
    expect(packets).toHaveLength(expected.packets);
    // Pre-skip dropped, end trimmed by the final granule: the length of the speech itself.
    expect(track.skipSeconds).toBeCloseTo(312 / 48000, 9);
    expect(Math.abs(track.durationSeconds! - seconds)).toBeLessThan(0.001);
    // Timestamps add up the packets' own durations (TOC byte).
    const last = packets.at(-1)!;
    expect(last.timestampUs + last.durationUs!).toBe(Math.round((packets.reduce((n, p) => n + opusPacketSamples(p.data), 0) / 48000) * 1e6));
  });

  it('reads the same packets whatever the size of the ranges, pages spanning reads', async () => {
    const opus = path.join(dir, 'ranges.opus');
    await ffmpeg('-i', wav, '-c:a', 'libopus', opus);
    let reference: Buffer | null = null;
    for (const block of ODD_BLOCKS) {
      const { track, source } = await encodedTrack(opus, block, 777);
      const packets = await allPackets(track);
      await source.close();
      reference ??= joined(packets);
      expect(joined(packets).equals(reference)).toBe(true);
    }
  });

  it('hands Vorbis its three headers Xiph-laced, and FLAC in Ogg its STREAMINFO', async () => {
    const vorbis = path.join(dir, 'speech.ogg');
    await ffmpeg('-i', wav, '-c:a', 'libvorbis', vorbis);
    const v = await encodedTrack(vorbis);
    const vPackets = await allPackets(v.track);
    await v.source.close();
    expect(v.track.decoder).toMatchObject({ codec: 'vorbis', sampleRate: 22050, numberOfChannels: 1 });
    const description = v.track.decoder.description!;
    expect(description[0]).toBe(2); // three packets
    expect(Buffer.from(description).includes(Buffer.from('\x01vorbis'))).toBe(true);
    expect(Buffer.from(description).includes(Buffer.from('\x05vorbis'))).toBe(true);
    expect(vPackets).toHaveLength((await probe(vorbis)).packets);
    expect(v.track.durationSeconds).toBeCloseTo(seconds, 6);

    const flac = path.join(dir, 'speech.oga');
    await ffmpeg('-i', wav, '-c:a', 'flac', '-f', 'ogg', flac);
    const f = await encodedTrack(flac);
    const fPackets = await allPackets(f.track);
    await f.source.close();
    expect(f.track.decoder).toMatchObject({ codec: 'flac', sampleRate: 22050, numberOfChannels: 1 });
    expect(Buffer.from(f.track.decoder.description!).subarray(0, 4).toString()).toBe('fLaC');
    expect(fPackets).toHaveLength((await probe(flac)).packets);
    expect(f.track.durationSeconds).toBeCloseTo(seconds, 6);
  });

  it('skips a page whose checksum fails and goes on with the next', async () => {
    const opus = path.join(dir, 'damaged.opus');
    await ffmpeg('-i', wav, '-c:a', 'libopus', '-page_duration', '200000', opus);
    const whole = await encodedTrack(opus);
    const all = await allPackets(whole.track);
    await whole.source.close();
    const bytes = Buffer.from(await readFile(opus));
    // A byte flipped in the body of a page in the middle.
    const pages = [...bytes.toString('latin1').matchAll(/OggS/g)].map((m) => m.index);
    const middle = pages[Math.floor(pages.length / 2)]!;
    bytes[middle + 100] = bytes[middle + 100]! ^ 0xff;
    await writeFile(opus, bytes);
    const damaged = await encodedTrack(opus);
    const kept = await allPackets(damaged.track);
    await damaged.source.close();
    expect(kept.length).toBeLessThan(all.length);
    expect(kept.length).toBeGreaterThan(all.length - 15);
    expect(kept.at(-1)?.data).toEqual(all.at(-1)?.data);
  });

  it('says an Ogg file with no stream it can read is unsupported, naming what it found', async () => {
    const theora = path.join(dir, 'theora.ogg');
    await ffmpeg('-f', 'lavfi', '-i', 'testsrc=duration=0.5:size=64x48:rate=5', '-c:v', 'libtheora', theora);
    await expect(openFile(theora)).rejects.toMatchObject({ reason: 'unsupported', message: expect.stringContaining('theora') });
  });
});

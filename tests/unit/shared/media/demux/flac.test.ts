import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStreamInfo } from '../../../../../shared/media/demux/flac-format';
import { ODD_BLOCKS, allPackets, encodedTrack, ffmpeg, joined, probe, sox, speechDir } from '../media-fixtures';

/** Offset of the first frame: after 'fLaC' and every metadata block. */
function audioStart(bytes: Buffer): number {
  let at = 4;
  for (let last = false; !last; ) {
    last = (bytes[at]! & 0x80) !== 0;
    at += 4 + bytes.readUIntBE(at + 1, 3);
  }
  return at;
}

describe('FLAC demuxer', () => {
  let dir: string;
  let wav: string;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    ({ dir, wav, remove } = await speechDir());
  });
  afterAll(() => remove());

  it('splits the stream into the frames ffprobe counts, which tile the audio exactly', async () => {
    const flac = path.join(dir, 'speech.flac');
    await ffmpeg('-i', wav, flac);
    const expected = await probe(flac);
    const bytes = await readFile(flac);
    let reference: Buffer | null = null;
    for (const block of ODD_BLOCKS) {
      const { track, source } = await encodedTrack(flac, block, 1001);
      const packets = await allPackets(track);
      await source.close();
      expect(packets).toHaveLength(expected.packets);
      reference ??= joined(packets);
      expect(joined(packets).equals(reference)).toBe(true);
      expect(track.decoder).toMatchObject({ codec: 'flac', sampleRate: 22050, numberOfChannels: 1 });
      expect(track.durationSeconds! * 22050).toBe(expected.durationSamples);
    }
    // No byte lost or doubled: the frames are the file after its metadata.
    expect(reference!.equals(bytes.subarray(audioStart(bytes)))).toBe(true);
  });

  it('describes the stream as fLaC + STREAMINFO, and reads 24-bit stereo from sox', async () => {
    const flac = path.join(dir, 'stereo24.flac');
    await sox(wav, '-b', '24', '-c', '2', '-r', '48000', flac);
    const { track, source } = await encodedTrack(flac);
    const packets = await allPackets(track);
    await source.close();
    const description = track.decoder.description!;
    expect(Buffer.from(description).subarray(0, 4).toString()).toBe('fLaC');
    const info = parseStreamInfo(description.subarray(8));
    expect(info).toMatchObject({ sampleRate: 48000, channels: 2, bitsPerSample: 24 });
    expect(packets).toHaveLength((await probe(flac)).packets);
    // Timestamps follow the frame numbers.
    expect(packets[1]!.timestampUs).toBe(Math.round((info.maxBlockSize / 48000) * 1e6));
  });

  it('skips a damaged frame and goes on from the next valid header', async () => {
    const flac = path.join(dir, 'damaged.flac');
    await ffmpeg('-i', wav, flac);
    const whole = await encodedTrack(flac);
    const all = await allPackets(whole.track);
    await whole.source.close();
    const bytes = Buffer.from(await readFile(flac));
    // Break the sync code of a frame in the middle: it merges into the frame before it.
    const start = audioStart(bytes) + all.slice(0, 20).reduce((n, p) => n + p.data.length, 0);
    expect(bytes[start]).toBe(0xff);
    bytes[start + 1] = 0x00;
    await writeFile(flac, bytes);
    const damaged = await encodedTrack(flac);
    const kept = await allPackets(damaged.track);
    await damaged.source.close();
    expect(kept).toHaveLength(all.length - 1);
    expect(kept.at(-1)?.data).toEqual(all.at(-1)?.data);
  });
});

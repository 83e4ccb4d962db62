import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyRedactions, redactBlock } from '../../../../../shared/media/audio-redaction/apply-regions';
import { normalizeRegions } from '../../../../../shared/media/audio-redaction/regions';
import { encodeWav16, pcm16Block, wavHeader16 } from '../../../../../shared/media/audio-redaction/wav-writer';
import type { PcmTrack } from '../../../../../shared/media/demux/types';
import { ffmpeg, openFile, probe, speechDir } from '../media-fixtures';

const run = promisify(execFile);

/** sox's `stat` of a stretch of a file: RMS amplitude and its rough frequency. */
async function soxStat(file: string, start: number, length: number): Promise<{ rms: number; frequency: number; maxAmplitude: number }> {
  const { stderr } = await run('sox', [file, '-n', 'trim', String(start), String(length), 'stat']);
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(-?[\\d.]+)`).exec(stderr)?.[1]);
  return { rms: field('RMS\\s+amplitude'), frequency: field('Rough\\s+frequency'), maxAmplitude: field('Maximum\\s+amplitude') };
}

/** Every sample of a PCM WAV as float planes, through the demuxer the waveform uses. */
async function planesOf(file: string): Promise<{ planes: Float32Array[]; sampleRate: number }> {
  const { track, source } = await openFile(file);
  try {
    const pcm = track as PcmTrack;
    const blocks: Float32Array[][] = [];
    for await (const block of pcm.blocks()) blocks.push(block.map((p) => Float32Array.from(p)));
    const planes = Array.from({ length: pcm.numberOfChannels }, (_, c) => {
      const out = new Float32Array(blocks.reduce((n, b) => n + b[c]!.length, 0));
      blocks.reduce((at, b) => (out.set(b[c]!, at), at + b[c]!.length), 0);
      return out;
    });
    return { planes, sampleRate: pcm.sampleRate };
  } finally {
    await source.close();
  }
}

describe('audio redaction regions', () => {
  it('clamps, sorts and merges overlapping regions; a bleep wins where they meet', () => {
    expect(
      normalizeRegions(
        [
          { startSeconds: 5, endSeconds: 7, mode: 'silence' },
          { startSeconds: -1, endSeconds: 1, mode: 'silence' },
          { startSeconds: 6, endSeconds: 8, mode: 'bleep' },
          { startSeconds: 9.5, endSeconds: 12, mode: 'silence' },
          { startSeconds: 3, endSeconds: 3.001, mode: 'silence' },
        ],
        10,
      ),
    ).toEqual([
      { startSeconds: 0, endSeconds: 1, mode: 'silence' },
      { startSeconds: 5, endSeconds: 8, mode: 'bleep' },
      { startSeconds: 9.5, endSeconds: 10, mode: 'silence' },
    ]);
    expect(() => normalizeRegions([{ startSeconds: 2, endSeconds: 1, mode: 'silence' }], 10)).toThrow(/start before it ends/);
    expect(() => normalizeRegions([{ startSeconds: Number.NaN, endSeconds: 1, mode: 'silence' }], 10)).toThrow(RangeError);
  });
});

describe('redacted audio as WAV', () => {
  let dir: string;
  let wav: string;
  let remove: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, wav, remove } = await speechDir());
  });
  afterAll(() => remove());

  it('silences and bleeps the regions, every sample inside replaced, the rest untouched; sox reads the file', async () => {
    const { planes, sampleRate } = await planesOf(wav);
    const regions = [
      { startSeconds: 0.5, endSeconds: 1.0, mode: 'silence' as const },
      { startSeconds: 1.5, endSeconds: 2.0, mode: 'bleep' as const },
    ];
    const redacted = applyRedactions(planes, sampleRate, regions);
    const out = path.join(dir, 'redacted.wav');
    await writeFile(out, encodeWav16(redacted, sampleRate));

    expect(await probe(out)).toMatchObject({ codec: 'pcm_s16le', sampleRate, channels: planes.length });
    const before = await soxStat(wav, 0.5, 0.5);
    expect(before.rms).toBeGreaterThan(0.01); // there was speech to hide
    expect((await soxStat(out, 0.5, 0.5)).maxAmplitude).toBe(0);
    const bleep = await soxStat(out, 1.5, 0.5);
    expect(bleep.frequency).toBeGreaterThan(950);
    expect(bleep.frequency).toBeLessThan(1050);
    // Outside the regions and their 5 ms fades, the samples are the original ones (to 16-bit rounding).
    const back = (await planesOf(out)).planes[0]!;
    const original = planes[0]!;
    for (const [from, to] of [[0, 0.49], [1.01, 1.49], [2.01, original.length / sampleRate]] as const) {
      for (let i = Math.ceil(from * sampleRate); i < Math.floor(to * sampleRate); i++) {
        expect(Math.abs(back[i]! - original[i]!)).toBeLessThan(1 / 16_000);
      }
    }
    // The input planes were not changed.
    expect(original.subarray(Math.ceil(0.5 * sampleRate), Math.ceil(0.5 * sampleRate) + 100).some((s) => s !== 0)).toBe(true);
  });

  it('gives the same bytes block by block as all at once, however the blocks fall across regions', async () => {
    const { planes, sampleRate } = await planesOf(wav);
    const regions = [
      { startSeconds: 0.3, endSeconds: 0.9, mode: 'bleep' as const },
      { startSeconds: 1.2, endSeconds: 1.25, mode: 'silence' as const },
    ];
    const whole = encodeWav16(applyRedactions(planes, sampleRate, regions), sampleRate);
    const frames = planes[0]!.length;
    const parts: Uint8Array[] = [wavHeader16(frames, planes.length, sampleRate)];
    for (let at = 0, k = 0; at < frames; k++) {
      const size = [1000, 7777, 333, 12_345][k % 4]!;
      const block = planes.map((p) => Float32Array.from(p.subarray(at, at + size)));
      redactBlock(block, sampleRate, regions, at);
      parts.push(pcm16Block(block));
      at += size;
    }
    expect(Buffer.concat(parts).equals(Buffer.from(whole))).toBe(true);
  });
});

describe('Ogg Opus writer', () => {
  let dir: string;
  let wav: string;
  let remove: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, wav, remove } = await speechDir());
  });
  afterAll(() => remove());

  it('muxes bare Opus packets into a file FFmpeg decodes to the same samples, naming nothing but itself', async () => {
    const { OggOpusWriter } = await import('../../../../../shared/media/audio-redaction/ogg-opus-writer');
    const { parseOpusHead, opusPacketSamples } = await import('../../../../../shared/media/demux/opus');
    const source = path.join(dir, 'source.opus');
    await ffmpeg('-i', wav, '-ac', '2', '-c:a', 'libopus', '-b:a', '32k', '-metadata', 'title=Interview of Huda', source);
    const { track, source: reader } = await openFile(source);
    if (track.kind !== 'encoded') throw new Error('expected encoded Opus');
    const head = parseOpusHead(track.decoder.description!);
    const writer = new OggOpusWriter({ channels: 2, inputSampleRate: 22_050, preSkip: head.preSkip, serial: 0x5eed });
    const parts: Uint8Array[] = [writer.headers()];
    for await (const packet of track.packets()) parts.push(writer.packet(packet.data, opusPacketSamples(packet.data)));
    parts.push(writer.finish(Math.round(track.durationSeconds! * 48_000)));
    await reader.close();
    const remuxed = path.join(dir, 'remuxed.opus');
    await writeFile(remuxed, Buffer.concat(parts));

    const decode = async (file: string) => (await run('ffmpeg', ['-v', 'error', '-i', file, '-f', 's16le', '-ac', '2', '-ar', '48000', '-'], { encoding: 'buffer', maxBuffer: 1 << 28 })).stdout;
    const [a, b] = [await decode(source), await decode(remuxed)];
    expect(b.length).toBe(a.length);
    expect(b.equals(a)).toBe(true);
    const written = await readFile(remuxed);
    expect(written.includes('Huda')).toBe(false);
    expect(written.includes('Lavf')).toBe(false);
    expect(written.includes('testimony-vault')).toBe(true);
  });
});

import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Peaks } from '../../shared/contract/media-operations';

const run = promisify(execFile);

/** What the interviewee says in the fixtures (espeak-ng), long enough to seek around in. */
const ENGLISH =
  'I was on my way to work when they stopped us at the checkpoint. They took our phones and our identity cards. ' +
  'We waited for hours in the sun. Then they put four of us in a car and drove us to a building near the river. ';
const ARABIC = 'كنت في طريقي إلى العمل عندما أوقفونا عند الحاجز. أخذوا هواتفنا وبطاقاتنا الشخصية. انتظرنا ساعات تحت الشمس. ';

/**
 * A recording of speech: espeak-ng, made stereo at 44.1 kHz with sox so that the file is a few
 * megabytes (the player then has to ask for byte ranges when it seeks).
 */
export async function speechWav(dir: string, name: string, language: 'en' | 'ar', repeat: number): Promise<string> {
  const raw = path.join(dir, `${name}.raw.wav`);
  const out = path.join(dir, `${name}.wav`);
  const text = (language === 'en' ? ENGLISH : ARABIC).repeat(repeat);
  await run('espeak-ng', ['-v', language === 'en' ? 'en-gb' : 'ar', '-s', '150', '-w', raw, text]);
  await run('sox', [raw, '-r', '22050', '-c', '1', out]);
  return out;
}

export async function toMp3(wav: string, out: string): Promise<string> {
  await run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-i', wav, '-codec:a', 'libmp3lame', '-b:a', '96k', out]);
  return out;
}

/** The first `fraction` of a file's bytes: an MP3 cut off mid-frame, as a failed copy leaves it. */
export async function truncated(file: string, out: string, fraction: number): Promise<string> {
  const bytes = await readFile(file);
  await writeFile(out, bytes.subarray(0, Math.floor(bytes.length * fraction) + 7));
  return out;
}

const RATE = 8000;
const BUCKETS_PER_SECOND = 50;

/**
 * Waveform peaks as the vault stores them (int8 min/max per bucket, mono), computed from the
 * audio decoded by ffmpeg: the precondition the waveform step of ingest provides in the app.
 */
export async function peaksOf(file: string): Promise<Peaks> {
  const { stdout } = await run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-i', file, '-f', 's16le', '-ac', '1', '-ar', String(RATE), '-'], {
    encoding: 'buffer',
    maxBuffer: 256 * 1024 * 1024,
  });
  const samples = new Int16Array(stdout.buffer, stdout.byteOffset, Math.floor(stdout.byteLength / 2));
  const perBucket = RATE / BUCKETS_PER_SECOND;
  const buckets = Math.ceil(samples.length / perBucket);
  const data = new Uint8Array(buckets * 2);
  const int8 = new Int8Array(data.buffer);
  for (let b = 0; b < buckets; b++) {
    let min = 0;
    let max = 0;
    for (let i = b * perBucket; i < Math.min(samples.length, (b + 1) * perBucket); i++) {
      const s = samples[i]!;
      if (s < min) min = s;
      if (s > max) max = s;
    }
    int8[b * 2] = Math.round((min / 32768) * 127);
    int8[b * 2 + 1] = Math.round((max / 32768) * 127);
  }
  return { bucketsPerSecond: BUCKETS_PER_SECOND, channels: 1, durationSeconds: samples.length / RATE, data };
}

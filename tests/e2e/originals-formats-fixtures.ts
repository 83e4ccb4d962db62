import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { MediaKind } from '../../shared/domain/media';
import { docxFile, minimalPdf, wavHeader } from '../unit/helpers/media-files';
import type { Lang } from './journey';

const run = promisify(execFile);

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What the interviewee says (espeak-ng), in the journey's language. */
const SPEECH: Readonly<Record<Lang, { voice: string; text: string }>> = {
  en: { voice: 'en-gb', text: 'They stopped us at the checkpoint in the morning and took our phones. We waited for hours in the sun.' },
  ar: { voice: 'ar', text: 'أوقفونا عند الحاجز في الصباح وأخذوا هواتفنا. انتظرنا ساعات تحت الشمس.' },
};

const STATEMENT: Readonly<Record<Lang, string>> = {
  en: 'Written statement of the witness, given in Aleppo.\n',
  ar: 'إفادة مكتوبة من الشاهد، قُدّمت في حلب.\nWritten statement, Aleppo.\n',
};

/** An original the journey imports, with what the vault must say about it. */
export interface Original {
  file: string;
  name: string;
  kind: MediaKind;
  contentType: string;
  /** ffprobe's duration, for audio. */
  seconds?: number;
}

export interface Hashes {
  sha256: string;
  sha512: string;
}

export async function hashesOf(file: string): Promise<Hashes> {
  const bytes = await readFile(file);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), sha512: createHash('sha512').update(bytes).digest('hex') };
}

async function ffmpeg(...args: string[]): Promise<void> {
  await run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args]);
}

async function probeSeconds(file: string): Promise<number> {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file]);
  return Number(stdout.trim());
}

/** Speech from espeak-ng, resampled by sox to 22.05 kHz mono (`-R`: no random dither). */
export async function speech(dir: string, lang: Lang): Promise<string> {
  const raw = path.join(dir, `speech-${lang}.raw.wav`);
  const out = path.join(dir, `speech-${lang}.wav`);
  await run('espeak-ng', ['-v', SPEECH[lang].voice, '-s', '150', '-w', raw, SPEECH[lang].text.repeat(2)]);
  await run('sox', ['-R', raw, '-r', '22050', '-c', '1', out]);
  await rm(raw);
  return out;
}

/** Every audio format of issue 4, encoded by ffmpeg from the same speech. */
const AUDIO: readonly { ext: string; contentType: string; args: string[] }[] = [
  { ext: 'wav', contentType: 'audio/wav', args: ['-c:a', 'pcm_s16le'] },
  { ext: 'mp3', contentType: 'audio/mpeg', args: ['-c:a', 'libmp3lame', '-b:a', '64k'] },
  { ext: 'm4a', contentType: 'audio/mp4', args: ['-c:a', 'aac', '-b:a', '64k'] },
  { ext: 'opus', contentType: 'audio/ogg', args: ['-c:a', 'libopus', '-b:a', '32k'] },
  { ext: 'flac', contentType: 'audio/flac', args: ['-c:a', 'flac'] },
  { ext: 'webm', contentType: 'audio/webm', args: ['-c:a', 'libopus', '-b:a', '32k'] },
];

export async function audioOriginals(dir: string, lang: Lang, spoken: string): Promise<Original[]> {
  const out: Original[] = [];
  for (const { ext, contentType, args } of AUDIO) {
    const name = `interview-${lang}.${ext}`;
    const file = path.join(dir, name);
    await ffmpeg('-i', spoken, ...args, file);
    out.push({ file, name, kind: 'audio', contentType, seconds: await probeSeconds(file) });
  }
  return out;
}

/** A scanned page as an image: ffmpeg's test pattern stands in for the paper. */
async function scan(dir: string, name: string): Promise<string> {
  const file = path.join(dir, name);
  await ffmpeg('-f', 'lavfi', '-i', 'testsrc=size=320x400:rate=1', '-frames:v', '1', file);
  return file;
}

/** The written originals: PDF, JPEG, PNG and TIFF scans, DOCX (minus the one dropped), plain text. */
export async function writtenOriginals(dir: string, lang: Lang): Promise<Original[]> {
  const pdf = path.join(dir, 'statement.pdf');
  await writeFile(pdf, minimalPdf(2));
  const docx = await docxFile(dir, 'statement.docx', STATEMENT[lang].trim());
  return [
    { file: pdf, name: 'statement.pdf', kind: 'document', contentType: 'application/pdf' },
    { file: await scan(dir, 'scan-page-1.jpg'), name: 'scan-page-1.jpg', kind: 'image', contentType: 'image/jpeg' },
    { file: await scan(dir, 'scan-page-2.png'), name: 'scan-page-2.png', kind: 'image', contentType: 'image/png' },
    { file: await scan(dir, 'scan-page-3.tiff'), name: 'scan-page-3.tiff', kind: 'image', contentType: 'image/tiff' },
    { file: docx, name: 'statement.docx', kind: 'document', contentType: DOCX },
  ];
}

/** The plain-text statement, imported by drag and drop (an Arabic name in the Arabic journey). */
export async function droppedStatement(dir: string, lang: Lang): Promise<Original> {
  const name = lang === 'ar' ? 'إفادة مكتوبة.txt' : 'written statement.txt';
  const file = path.join(dir, name);
  await writeFile(file, STATEMENT[lang], 'utf8');
  return { file, name, kind: 'text', contentType: 'text/plain' };
}

/** The four bad inputs of issue 4, each with what must happen to it. */
export interface BadInputs {
  /** Text named .mp3: refused, content does not match the name. */
  disguised: Original;
  /** An MP3 cut off mid-frame: kept bit-exact, flagged as cut short. */
  truncated: Original;
  /** 0 bytes: refused, nothing to keep. */
  empty: Original;
  /** A WAV whose data chunk is empty: kept, flagged as holding no sound. */
  silent: Original;
}

export async function badInputs(dir: string, mp3: string): Promise<BadInputs> {
  const disguised = path.join(dir, 'recording-2.mp3');
  await writeFile(disguised, 'This is not a recording, only a note saying where the recording is.\n', 'utf8');
  const whole = await readFile(mp3);
  const truncated = path.join(dir, 'copy-cut-short.mp3');
  // Cut mid-frame, as a copy that failed leaves it.
  await writeFile(truncated, whole.subarray(0, Math.floor(whole.length * 0.6) + 7));
  const empty = path.join(dir, 'empty-recording.wav');
  await writeFile(empty, new Uint8Array(0));
  const silent = path.join(dir, 'zero-seconds.wav');
  await writeFile(silent, wavHeader(0));
  return {
    disguised: { file: disguised, name: 'recording-2.mp3', kind: 'other', contentType: 'text/plain' },
    truncated: { file: truncated, name: 'copy-cut-short.mp3', kind: 'audio', contentType: 'audio/mpeg' },
    empty: { file: empty, name: 'empty-recording.wav', kind: 'other', contentType: 'application/octet-stream' },
    silent: { file: silent, name: 'zero-seconds.wav', kind: 'audio', contentType: 'audio/wav' },
  };
}
